import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/core/article/index.js';
import { splitSentences } from '../../src/core/text/index.js';
import { createAnalyzer } from '../../src/core/analyze.js';

describe('page furniture glued into the text', () => {
  it.each([
    [
      'Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedinCopy this linkResearchers found four in five.',
      'Researchers found four in five.',
    ],
    [
      'He won the final stage.Media playback is not supported on this deviceLang, who captains the club, agreed.',
      'He won the final stage.\n\nLang, who captains the club, agreed.',
    ],
  ])('is removed at load time: %s', (body, text) => {
    const { articles } = parseTextArticle(`Headline of the story\n\n${body}\n`);
    expect(articles.map((a) => a.text)).toEqual([text]);
  });
});

describe('sentences glued after a closing quote or bracket', () => {
  it.each([
    ['He called it "criminal".Ms Smith said no.', ['He called it "criminal".', 'Ms Smith said no.']],
    ['It rose (by 5%).The rest fell.', ['It rose (by 5%).', 'The rest fell.']],
    ['The U.S. "Army".He left.', ['The U.S. "Army".', 'He left.']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e))).toEqual(sentences);
  });
});

describe('the one-line summary', () => {
  it('prefers a sentence that stands alone over one that leans on the one before', () => {
    const text = [
      'The council approved a bus lane.',
      'He added: the council bus lane on the river road will open in May for shops and buses.',
      'Shops on the river road welcomed the bus lane.',
      'Buses will use the river road lane from May.',
      'The council said the river road lane will open for buses in May.',
    ].join(' ');
    const analyzer = createAnalyzer();
    const sentences = splitSentences(text);
    const [line] = analyzer.summarize(text, sentences, { count: 1 });
    const chosen = text.slice(...sentences[line!]!);
    expect(chosen).not.toMatch(/^(He|They)\b/);
  });
});
