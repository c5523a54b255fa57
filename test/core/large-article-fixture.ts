// Generated news text for the large-article tests: as many distinct reports as asked for, each with a
// statement, a quote with its speaker and role, and a follow-up naming the speaker again. Every report has
// people and organisations of its own, so the article's names grow with its length, as in a real one.

const SYLLABLES = ['ka', 'vor', 'eli', 'mun', 'dra', 'tes', 'lo', 'pir', 'an', 'zu'];
const FIRST_NAMES = [
  'Maria',
  'John',
  'Aisha',
  'Pedro',
  'Mei',
  'Olu',
  'Anna',
  'Tomas',
  'Leila',
  'Ravi',
  'Sofia',
  'Karl',
];
const PLACES = ['London', 'Paris', 'Berlin', 'Madrid', 'Tokyo', 'Nairobi', 'Toronto', 'Lima'];
const ROLES = ['finance director', 'chief executive', 'spokeswoman', 'economist', 'mayor', 'analyst'];
const NOUNS = ['budget', 'harbour', 'railway', 'tax', 'water supply', 'school', 'hospital', 'wage'];
const VERBS = ['cut', 'raised', 'reviewed', 'delayed', 'doubled', 'approved'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A surname of its own for each number: its decimal digits read as syllables ("Vorelika"). */
function surname(n: number): string {
  const word = String(n)
    .split('')
    .map((d) => SYLLABLES[Number(d)])
    .join('');
  const padded = word.length < 5 ? `${word}ster` : word;
  return padded[0]!.toUpperCase() + padded.slice(1);
}

const pick = <T>(list: T[], n: number): T => list[n % list.length]!;

export interface Report {
  text: string;
  sentences: string[];
  /** The quoted words as the quote holds them (with the comma before the closing mark). */
  quote: string;
  speaker: string;
  role: string;
  place: string;
}

/** The i-th report: a statement, a quote with its speaker and role, and a follow-up naming the speaker again. */
function report(i: number): Report {
  const person = `${pick(FIRST_NAMES, i * 7)} ${surname(i + 10)}`;
  const org = `${surname(i * 3 + 1000)} Holdings`;
  const noun = pick(NOUNS, i);
  const role = `the ${pick(ROLES, i)} of ${org}`;
  const place = pick(PLACES, i);
  const quote = `We expect the ${noun} plan to be ${pick(VERBS, i + 2)} within ${(i % 11) + 2} weeks, and report ${i} shows why,`;
  const sentences = [
    `Officials in ${place} said on ${pick(DAYS, i)} that ${org} had ${pick(VERBS, i)} its ${noun} spending by ${(i % 37) + 3} percent in the year to March.`,
    `“${quote}” said ${person}, ${role}.`,
    `${surname(i + 10)} added that the ${pick(NOUNS, i + 3)} programme number ${i} would ${pick(VERBS, i + 1)} about ${((i * 13) % 900) + 100} jobs across the region.`,
  ];
  return { text: sentences.join(' '), sentences, quote, speaker: person, role, place };
}

/** `count` reports, one paragraph each, or all in one paragraph when `oneParagraph`. */
export function generateArticle(
  count: number,
  options: { oneParagraph?: boolean } = {},
): { text: string; reports: Report[] } {
  const reports = Array.from({ length: count }, (_, i) => report(i));
  return { text: reports.map((r) => r.text).join(options.oneParagraph ? ' ' : '\n\n'), reports };
}
