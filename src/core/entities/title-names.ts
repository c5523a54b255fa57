// Names in a line written in Title Case (a headline, a subhead): every word has a capital there, so the
// capital proves nothing, and a feed item's headline is often the only place its people are named. A
// word of such a line keeps its capital only on evidence that does not depend on it: the article writes
// the word with a capital inside a sentence elsewhere, the words are a place of the gazetteer, or a known
// given name opens them before a surname that the text capitalises or that news rarely uses as a word
// ("Taylor Swift", "Muhammad Yunus"; not "Hillary Releasing", "Paul Scores"). A word the article writes
// in lower case elsewhere ("Attacks", "Leader") never keeps it; nor does a lone word kept only because
// the text capitalises it ("Party" of "Court Disbands Thailand's Most Popular Political Party"): alone,
// it would be one more mention of a bare word, which the entity reader could only guess to be an
// organisation. Two kept words make one name only when the text writes them side by side too ("Former
// Lois Lane Kidder Praises…" names a role and the actor who played it). A line in capitals throughout
// gives no evidence at all ("BOOM", "HATE", "PHOTOS" are no acronyms).

import { HEADLINE_VERBS, isHeadlineGivenName } from '../quotes/person-words.js';
import { ACRONYM } from './entity-words.js';
import { MAX_PLACE_WORDS, PLACES } from './gazetteer.js';

/** What the reader knows of a word id, from the whole text. */
export interface TitleWordChecks {
  wordOf(id: number): string;
  isStop(id: number): boolean;
  /** Written with a capital inside a sentence of a line that is not in Title Case. */
  isCapitalElsewhere(id: number): boolean;
  /** Written in lower case anywhere in the text. */
  isLowerElsewhere(id: number): boolean;
  /** The two words written side by side, each with a capital, inside a sentence elsewhere. */
  isPairElsewhere(first: number, second: number): boolean;
  /** In how many articles of the shipped news table the word appears (keywords/document-frequencies.ts). */
  newsCount(id: number): number;
}

/** One Title Case line's words, as the reader holds them: their text, word ids and raw capitals. */
export interface TitleLine {
  texts: readonly string[];
  ids: readonly number[];
  capitals: readonly boolean[];
}

/** Which words of a Title Case line keep their capital, and where a name ends between two kept words. */
export interface TitleCapitals {
  keep: boolean[];
  /** A name ends before this word, though the word before it is kept too ("Lois Lane | Kidder"). */
  splitBefore: boolean[];
}

/** A surname after a given name: news uses the word in at most this many of its 3,804 articles ("Swift": 12). */
const RARE_IN_NEWS = 20;

/** A line with many words in capitals ("BREAKING NEWS", "TOP SCORERS IN SCIENCE"). */
function isShouted(line: TitleLine): boolean {
  let shouted = 0;
  for (const text of line.texts) if (ACRONYM.test(text)) shouted++;
  return shouted * 3 > line.texts.length;
}

/** Which words of a Title Case line keep their capital (see the file comment). */
export function readTitleCapitals(line: TitleLine, checks: TitleWordChecks): TitleCapitals {
  const { ids, capitals } = line;
  const n = ids.length;
  const keep: boolean[] = [];
  /** Kept only because the text writes the word with a capital elsewhere. */
  const weak: boolean[] = [];
  /** Joined to the word before by a place or a given name. */
  const joined: boolean[] = [];
  for (let i = 0; i < n; i++) {
    keep.push(false);
    weak.push(false);
    joined.push(false);
  }
  if (isShouted(line)) return { keep, splitBefore: joined };
  const open = (i: number): boolean =>
    i < n && capitals[i]! && !checks.isStop(ids[i]!) && !checks.isLowerElsewhere(ids[i]!);
  const isSurname = (i: number): boolean => {
    if (!open(i)) return false;
    const word = checks.wordOf(ids[i]!);
    if (HEADLINE_VERBS.has(word)) return false;
    return (
      checks.isCapitalElsewhere(ids[i]!) ||
      isHeadlineGivenName(word) ||
      checks.newsCount(ids[i]!) <= RARE_IN_NEWS
    );
  };
  for (let i = 0; i < n; i++) {
    if (!capitals[i]) continue;
    const id = ids[i]!;
    if (!keep[i] && !checks.isStop(id) && checks.isCapitalElsewhere(id)) keep[i] = weak[i] = true;
    // The longest place that starts here: "Saudi Arabia", "New York", "Vienna" (a single word only when
    // the text never writes it in lower case: "Reading", "Bath").
    let words = checks.wordOf(id);
    let place = PLACES.has(words) && open(i) ? 1 : 0;
    for (let k = i + 1; k < n && k - i < MAX_PLACE_WORDS && capitals[k]!; k++) {
      words += ` ${checks.wordOf(ids[k]!)}`;
      if (PLACES.has(words)) place = k - i + 1;
    }
    for (let k = i; k < i + place; k++) [keep[k], weak[k], joined[k]] = [true, false, k > i];
    if (place > 0) {
      i += place - 1;
      continue;
    }
    // "Taylor Swift", "Muhammad Yunus": a given name that opens a name, before its surname. The word
    // after it is the surname, never the given name of a next name ("Jake Paul Lends").
    const next = i + 1;
    if (open(i) && isHeadlineGivenName(checks.wordOf(id)) && !(i > 0 && keep[i - 1]) && isSurname(next)) {
      keep[i] = keep[next] = joined[next] = true;
      weak[i] = weak[next] = false;
      i = next;
    }
  }
  const splitBefore: boolean[] = [];
  for (let i = 0; i < n; i++)
    splitBefore.push(
      i > 0 && keep[i - 1]! && keep[i]! && !joined[i] && !checks.isPairElsewhere(ids[i - 1]!, ids[i]!),
    );
  const together = (i: number, j: number): boolean =>
    j >= 0 && j < n && keep[j]! && !splitBefore[Math.max(i, j)];
  for (let i = 0; i < n; i++) if (weak[i] && !together(i, i - 1) && !together(i, i + 1)) keep[i] = false;
  return { keep, splitBefore };
}
