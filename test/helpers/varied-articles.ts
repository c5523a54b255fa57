// Many distinct articles that share common words, so a result carrying another article's text shows.
// Every article has its own headline, people, places and figures around the shared words ("said",
// "council", "market", "minister"), so no snippet of one article is a substring of another.
import { HIGHLIGHT_MARKS, type StoredArticle } from '../../src/store/types.js';

const PEOPLE = [
  'Ana Ortiz',
  'Ben Okafor',
  'Chen Li',
  'Dara Walsh',
  'Eli Novak',
  'Femi Adeyemi',
  'Gita Rao',
  'Hugo Brandt',
  'Ines Costa',
];
const PLACES = [
  'Port Avel',
  'Lumen Bay',
  'Northgate',
  'Kestrel Falls',
  'Marrow Hill',
  'Sable Cove',
  'Westmoor',
];
const SUBJECTS = [
  'harbour bridge',
  'school budget',
  'tram line',
  'water tariff',
  'solar farm',
  'fish market',
  'night bus',
  'flood wall',
];
const VERBS = ['approved', 'delayed', 'rejected', 'funded', 'reviewed', 'halted'];
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The text of article `i`: a few sentences in which every shared word sits beside words of its own. */
export function variedText(i: number): string {
  const person = pick(PEOPLE, i);
  const place = pick(PLACES, i * 3 + 1);
  const subject = pick(SUBJECTS, i * 5 + 2);
  const verb = pick(VERBS, i * 7 + 3);
  const figure = 1000 + i * 37;
  const sentences = [
    `The ${place} council ${verb} the ${subject} plan on its ${pick(ORDINALS, i)} reading, item ${figure}.`,
    `"We expected ${figure - 7} objections," said ${person}, who chairs the ${pick(SUBJECTS, i + 3)} committee.`,
    i % 2 === 0
      ? `Traders at the ${place} market said prices rose ${(i % 9) + 2} percent after the ${subject} vote.`
      : `The minister for ${pick(SUBJECTS, i * 2)} said ${place} would get ${figure * 3} euros by spring.`,
    `Reference ${figure}${i} closes the ${pick(ORDINALS, i + 4)} report filed by ${person} in ${place}.`,
  ];
  return sentences.join(' ');
}

export function variedTitle(i: number): string {
  return `${pick(PLACES, i * 3 + 1)} ${pick(SUBJECTS, i * 5 + 2)} ${pick(VERBS, i * 7 + 3)}, item ${1000 + i * 37}`;
}

/** A stored article with plain defaults around the given id, headline and text. */
export function storedArticle(
  id: string,
  title: string,
  text: string,
  extra: Partial<StoredArticle> = {},
): StoredArticle {
  return {
    id,
    title,
    standfirst: null,
    text,
    url: `https://news.example/${id}`,
    source: 'Example News',
    author: null,
    published: Date.UTC(2026, 10, 1),
    ingestedAt: Date.UTC(2026, 10, 2),
    tags: [],
    filePath: null,
    sentences: [[0, text.length]],
    summary: [0],
    headlineSummary: text,
    keywords: [],
    entities: { people: [], organizations: [], places: [] },
    signature: [],
    storyKey: null,
    quotes: [],
    ...extra,
  };
}

export function variedArticle(i: number, extra: Partial<StoredArticle> = {}): StoredArticle {
  const text = variedText(i);
  return storedArticle(`v${String(i).padStart(3, '0')}`, variedTitle(i), text, {
    source: pick(['Example Times', 'Harbour Post', 'Lumen Daily'], i),
    published: Date.UTC(2026, 0, 1) + i * 3_600_000,
    ingestedAt: Date.UTC(2026, 5, 1) + i,
    headlineSummary: text.slice(0, text.indexOf('.') + 1),
    ...extra,
  });
}

/** Article `i` as a plain-text file for the CLI: headline, blank line, body. */
export function variedFile(i: number): string {
  return `${variedTitle(i)}\n\n${variedText(i)}\n`;
}

export { HIGHLIGHT_MARKS };

/** The pieces of a snippet with its highlight marks and ellipses taken out. */
export function snippetPieces(snippet: string, marks: RegExp = HIGHLIGHT_MARKS): string[] {
  return snippet
    .replace(marks, '')
    .split('…')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
