// The line under a headline in /latest, digests and live posts says something the headline does not.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { toDigestArticles } from '../../src/digests/candidates.js';
import { saidByTitle } from '../../src/operations/stored-article.js';
import { storedArticle } from '../helpers/varied-articles.js';

const analyzer = createAnalyzer();

/** Stored as ingest stores it: sentences, summary and one-line summary from the analysis. */
function stored(id: string, title: string, text: string, headlineSummary: string) {
  const a = analyzer.analyze({ text, title });
  return storedArticle(id, title, text, {
    sentences: a.sentences,
    summary: a.summary,
    headlineSummary,
    signature: a.signature,
  });
}

describe('saidByTitle', () => {
  it.each([
    ["Rain is the cheapest way to water a garden. Here's how to catch it", "Here's how to catch it", true],
    [
      "Rain is the cheapest way to water a garden. Here's how to catch it",
      'rain is the cheapest way to water a garden',
      true,
    ],
    ['Harbour strike enters its second week', 'Harbour strike enters its second week.', true],
    ['Harbour strike enters its second week', 'Pilots say the night shifts are unsafe.', false],
    ['Harbour strike', 'Harbour strike enters its second week', false],
    ['Harbour strike', '', true],
    ['Yesterday the harbour closed', 'Yes.', false],
    ['Strikers return to the harbour', 'Strike.', false],
  ])('%j says %j: %s', (title, line, said) => {
    expect(saidByTitle(title, line)).toBe(said);
  });
});

describe('the summary under a headline', () => {
  it('is empty for a headline-only item, whose text is its headline', () => {
    const headline = "Rain is the cheapest way to water a garden. Here's how to catch it";
    const [item] = toDigestArticles([stored('h', headline, headline, "Here's how to catch it")]);
    expect(item?.summary).toEqual([]);
  });

  it('passes over a one-line summary the headline says, for the summary’s next sentence', () => {
    const title = 'Harbour strike enters its second week';
    const text =
      'Harbour strike enters its second week. Pilots in Port Avel say the night shifts are unsafe. ' +
      'Mayor Ines Costa will meet union leaders on Friday.';
    const [item] = toDigestArticles([stored('s', title, text, 'Harbour strike enters its second week.')]);
    expect(item?.summary).toEqual([
      'Pilots in Port Avel say the night shifts are unsafe.',
      'Mayor Ines Costa will meet union leaders on Friday.',
    ]);
  });

  it('keeps a one-line summary that says more than the headline', () => {
    const title = 'Harbour strike enters its second week';
    const text =
      'Pilots in Port Avel say the night shifts are unsafe, and the harbour has been shut for eight days while ferries wait at anchor outside.';
    const [item] = toDigestArticles([stored('k', title, text, text)]);
    expect(item?.summary).toEqual([text]);
  });
});
