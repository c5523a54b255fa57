import { describe, expect, it } from 'vitest';
import { parseTextArticle, removeGluedBoilerplate } from '../../src/core/article/index.js';
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

describe('subheadings in capitals glued to the next sentence', () => {
  it.each([
    [
      'HOW IT ALL STARTED The first ferry sailed in 1929.',
      'HOW IT ALL STARTED\n\nThe first ferry sailed in 1929.',
    ],
    [
      'Fares rose. REASON IT MIGHT HAPPEN: The council wants the money.',
      'Fares rose.\n\nREASON IT MIGHT HAPPEN:\n\nThe council wants the money.',
    ],
    [
      'The route opened.\n2. THE LONGEST CROSSING The boat took nine hours.',
      'The route opened.\n2. THE LONGEST CROSSING\n\nThe boat took nine hours.',
    ],
  ])('are set apart: %j', (text, expected) => {
    expect(removeGluedBoilerplate(text)).toBe(expected);
  });

  it.each([
    'AT&T CEO Randall Stephenson spoke on Monday.',
    'See p. 107. ISBN 978-1-48-337701-8. Retrieved in May.',
    'The server answers 200 OK, 201 Created or 404.',
    'THE COUNCIL MET ON MONDAY. IT VOTED.',
    'The FBI and CIA said so.',
  ])('leave sentences alone: %j', (text) => {
    expect(removeGluedBoilerplate(text)).toBe(text);
  });
});

describe('captions glued between sentences', () => {
  it.each([
    [
      'The mayor opened the new library on Monday. Proud day: Mayor Ann Lee (pictured) cuts the ribbon outside the library They queued for two hours to get in.',
      'The mayor opened the new library on Monday. They queued for two hours to get in.',
    ],
    [
      'Scroll down for video The ferry ran aground near the harbour. Stuck fast: The ferry, left, lies on a sandbank off the point of the island They were rescued by lifeboat crews.',
      'The ferry ran aground near the harbour. They were rescued by lifeboat crews.',
    ],
    [
      'Sales fell in March. Still busy: Shoppers crowd the high street in the spring sales at the weekend Brisk trade: Queues form outside a shop in the city centre The chain said April was better.',
      'Sales fell in March. The chain said April was better.',
    ],
    [
      'The club confirmed the deal. Kilmarnock will confirm the new manager on Friday (left) ‘I’d be over the moon,’ he said.',
      'The club confirmed the deal. ‘I’d be over the moon,’ he said.',
    ],
    [
      'Prisoner Carl Bent (pictured) was jailed for five years for harassment and a phone possession charge A serving prisoner has been jailed for sending thousands of texts.',
      'A serving prisoner has been jailed for sending thousands of texts.',
    ],
    [
      'The bank said sorry on Monday. Guilty: Glenn Marsh, 56, has said he will pay back the whole sum out of his pension pot An ex-manager who stole from savers was jailed. He wept.',
      'The bank said sorry on Monday. An ex-manager who stole from savers was jailed. He wept.',
    ],
  ])('is taken out at load time: %s', (body, text) => {
    const { articles } = parseTextArticle(`Headline of the story\n\n${body}\n`);
    expect(articles.map((a) => a.text)).toEqual([text]);
  });

  it('is set apart as its own paragraph when nothing marks it as a caption', () => {
    const body =
      'The team won the cup. Rovers went unbeaten in six games in charge of the club He has impressed the board.';
    const { articles } = parseTextArticle(`Headline of the story\n\n${body}\n`);
    expect(articles.map((a) => a.text)).toEqual([
      'The team won the cup. Rovers went unbeaten in six games in charge of the club\n\nHe has impressed the board.',
    ]);
  });

  it.each([
    'He starred in the film The Girl Next Door last year.',
    'They told The Times it was over.',
    'The year Don’t Push It won, the fences were new.',
    'It came with the release of Fall of an Empire: The Story of Katherine of Alexandria in May.',
    'The crowd kept chanting ‘We want more’ until dawn.',
    'The senator faced three Republican hopefuls: Jeb Bush among them.',
    'She met the ‘It girl’ of the year at the party.',
    'Children short of vitamin A often fall ill. Doctors saw a lack of vitamin A in half the town.',
    'The pictured island has a plan A for the storm and a plan B for the floods.',
    'Staff pictured with the award said the grade A students would sit the exam early.',
  ])('leaves prose alone: %s', (body) => {
    const { articles } = parseTextArticle(`Headline of the story\n\n${body}\n`);
    expect(articles.map((a) => a.text)).toEqual([body]);
  });
});

describe('sentences glued after a closing quote or bracket', () => {
  it.each([
    ['He called it "criminal".Ms Smith said no.', ['He called it "criminal".', 'Ms Smith said no.']],
    ['It rose (by 5%).The rest fell.', ['It rose (by 5%).', 'The rest fell.']],
    ['The U.S. "Army".He left.', ['The U.S. "Army".', 'He left.']],
    ['He earned $2.5m (£1.6m).The deal closed.', ['He earned $2.5m (£1.6m).', 'The deal closed.']],
    ['It was "No.1".Fans cheered.', ['It was "No.1".', 'Fans cheered.']],
    ['He left at 9 (a.m.).Then he came back.', ['He left at 9 (a.m.).', 'Then he came back.']],
    ['Troops left the (U.S.).Army stayed.', ['Troops left the (U.S.).', 'Army stayed.']],
    ['They met at "10 a.m.".Lunch followed.', ['They met at "10 a.m.".', 'Lunch followed.']],
    ['Values were "1.5".The rest "2.5".', ['Values were "1.5".', 'The rest "2.5".']],
    ['She said "yes".then left.', ['She said "yes".then left.']],
    ['A licence for a House (HMO).But many wait.', ['A licence for a House (HMO).', 'But many wait.']],
    ['Work will resume.A tremor hit at noon.', ['Work will resume.', 'A tremor hit at noon.']],
    ['He agreed.I think so too.', ['He agreed.', 'I think so too.']],
    ['The U.S.A team won.', ['The U.S.A team won.']],
    ['It is run by the "IMF".Maybe not.', ['It is run by the "IMF".', 'Maybe not.']],
    ['He lived in the U.S. (Texas) for years.', ['He lived in the U.S. (Texas) for years.']],
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
