// Speakers of quotes in the languages whose attribution reads like English: German, French, Spanish,
// Portuguese, Italian and Dutch. Only the plainest forms are read, and a quote gets no speaker when they
// do not fit: a speech verb and a name right after the closing mark („…“, sagte Olaf Scholz / « … », a
// déclaré le ministre, Jean Dupont), "according to" and a name there („…“, so Scholz / "…", según
// Díaz), or a name and a speech verb before a colon that opens the quote (Scholz sagte: „…“); a quote
// right after such a cue goes on with its speaker. A name is two to four capitalised words; a lone word
// is taken by the fuller name the article gives it, or as written when it follows the verb or a title
// at once ("sagte Merz", "M. Dupont"). German role nouns before a name ("Finanzminister") are its role.

import type { Quote, Speaker } from '../types.js';
import {
  CUES,
  GERMAN_NOUN_END,
  GERMAN_ROLE,
  GERMAN_TIME,
  OF,
  ORGANISATION,
  titlesOf,
  type Cues,
} from './foreign-cues.js';

const CAPITAL = /^\p{Lu}[\p{L}\p{M}'’.-]*[,;:]?$/u;
const bare = (word: string): string => word.replace(/[.,;:]+$/u, '');
/** A full stop that ends no sentence: after an initial or a title ("M. Dupont", "Dott. Rossi"). */
const NOT_A_STOP = String.raw`(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Dott|Prof|Sr|Sra|Srta|Mme|Mlle|Dhr|Mevr|Sig|Ing|Avv))`;
/** Where the text that may hold the cue ends: a sentence's end, a semicolon, a new line, a quote mark. */
const CLAUSE_END = new RegExp(`${NOT_A_STOP}[.!?]|[;\n«»„“”"‚‘’]|$`, 'u');
/** A full stop, question or exclamation mark that ends a sentence. */
const FULL_STOP = new RegExp(`${NOT_A_STOP}[.!?]`, 'u');
/** Sentence ends and closing marks: the sentence before a colon opens after the last of them. */
const SENTENCE_BREAK = new RegExp(`${NOT_A_STOP}[.!?]|[\n»”"]`, 'gu');
/** What may open a cue after a quote, per language: its speech verbs and its "according to". */
const LEADS = new Map(Object.entries(CUES).map(([language, c]) => [language, [...c.verbs, ...c.according]]));
const MAX_CUE_CHARS = 160;

interface NameRun {
  words: string[];
  /** German role nouns written before the name, or null. */
  role: string | null;
  /** Where the run of capitalised words lies among the cue's words, role and title words included. */
  start: number;
  end: number;
  /** A title came before the name ("Dott. Rossi"): a person's name, even when lone. */
  titled: boolean;
}

/** A capitalised word that is no stop word, or a title ("M.", "Dr."), which stop lists may hold. */
function isNameWord(word: string, stop: ReadonlySet<string>, titles: ReadonlySet<string>): boolean {
  const lower = bare(word).toLowerCase();
  return CAPITAL.test(word) && (titles.has(lower) || !stop.has(lower));
}

/**
 * The names in `words` (the words of a cue, in order): runs of capitalised words, with the particles of
 * the language inside (never first or last), at most four; a run loses the titles it opens with, and a
 * German run its role nouns (kept as the role), days and months, and plural or abstract nouns at its end.
 */
function nameRuns(words: string[], cues: Cues, language: string, stop: ReadonlySet<string>): NameRun[] {
  const titles = titlesOf(language);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as string;
    if (!isNameWord(first, stop, titles)) {
      i++;
      continue;
    }
    let end = i + 1;
    // A comma ends a name: "de la Santé, François Braun" holds two runs.
    while (end < words.length && !/[,;:]$/u.test(words[end - 1] as string)) {
      const w = words[end] as string;
      if (isNameWord(w, stop, titles)) end++;
      else if (cues.particles.includes(w) && CAPITAL.test(words[end + 1] ?? '')) end += 2;
      else break;
    }
    const run = words.slice(i, end).map(bare);
    const roles: string[] = [];
    if (language === 'de') {
      while (run.length > 0 && GERMAN_TIME.has(run[0] as string)) run.shift();
      while (run.length > 0 && GERMAN_ROLE.test(run[0] as string)) roles.push(run.shift() as string);
      while (run.length > 1 && GERMAN_NOUN_END.test(run[run.length - 1] as string)) run.pop();
    }
    const titled = run.length > 1 && titles.has((run[0] as string).toLowerCase());
    while (run.length > 1 && titles.has((run[0] as string).toLowerCase())) run.shift();
    const body = run.length > 0 && ORGANISATION.has((run[0] as string).toLowerCase());
    if (!body && run.length > 0 && run.length <= 4) {
      runs.push({ words: run, role: roles.join(' ') || null, start: i, end, titled });
    }
    i = end;
  }
  return runs;
}

/** The fullest name of the text ending in `surname` ("Scholz" → "Olaf Scholz"), or null. */
function fullNameOf(text: string, surname: string, stop: ReadonlySet<string>): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s){1,2})${escaped}(?![\\p{L}])`, 'gu');
  let best: string | null = null;
  for (const m of text.matchAll(pattern)) {
    const before = (m[1] as string)
      .trim()
      .split(/\s+/)
      .filter((w) => !stop.has(w.toLowerCase()) && !GERMAN_ROLE.test(w));
    if (before.length === 0) continue;
    const name = `${before.join(' ')} ${surname}`;
    if (best === null || name.length > best.length) best = name;
  }
  return best;
}

/**
 * The speaker a name of a cue stands for: a name of two words or more as written; a lone word by the
 * fullest name the article gives it, or as written when `lone` allows it (first after the verb: "sagte
 * Merz").
 */
function speakerOf(
  text: string,
  run: NameRun,
  lone: boolean,
  cueAt: number,
  stop: ReadonlySet<string>,
): Speaker | null {
  const written = run.words.join(' ');
  const name = run.words.length > 1 ? written : (fullNameOf(text, written, stop) ?? (lone ? written : null));
  if (name === null) return null;
  const start = text.indexOf(written, cueAt);
  if (start < 0) return null;
  return { mention: written, start, end: start + written.length, name, role: run.role };
}

/** Words of a stretch of text, split at spaces and brackets and dashes; a comma stays on its word. */
const wordsOf = (stretch: string): string[] =>
  stretch.split(/[\s()–—]+|\s-\s/u).filter((w) => w.length > 0 && w !== ',');

const AFTER_CLOSE = /^[\s»”“"’',–—-]*/u;
const BEFORE_OPEN = /[\s«„“"‚‘]*$/u;

/** The speaker a cue after the closing mark names: a speech verb or "according to", then a name. */
function speakerAfter(text: string, quote: Quote, cues: Cues, language: string, stop: ReadonlySet<string>) {
  const rest = text.slice(quote.end, quote.end + MAX_CUE_CHARS);
  const head = AFTER_CLOSE.exec(rest)?.[0].length ?? 0;
  if (head === 0) return null;
  const tail = rest.slice(head);
  const clause = tail.slice(0, tail.search(CLAUSE_END));
  const lower = clause.toLowerCase();
  const lead = (LEADS.get(language) ?? []).find(
    (cue) => lower.startsWith(cue) && !/\p{L}/u.test(lower.charAt(cue.length)),
  );
  if (lead === undefined) return null;
  const at = quote.end + head + lead.length;
  const words = wordsOf(clause.slice(lead.length));
  for (const run of nameRuns(words, cues, language, stop).slice(0, 2)) {
    // First after the verb, or after titles only: "a déclaré M. Dupont".
    const first = run.start === 0 || run.titled;
    const speaker = speakerOf(text, run, first, at, stop);
    if (speaker !== null) return speaker;
  }
  return null;
}

/** The speaker a colon before the opening mark names: "Scholz sagte: „…“". */
function speakerBefore(text: string, quote: Quote, cues: Cues, language: string, stop: ReadonlySet<string>) {
  const from = Math.max(0, quote.start - MAX_CUE_CHARS);
  const before = text.slice(from, quote.start).replace(BEFORE_OPEN, '');
  const colon = /[:：]$/u.exec(before);
  if (colon === null) return null;
  let opens = 0;
  for (const m of before.slice(0, colon.index).matchAll(SENTENCE_BREAK)) opens = m.index + m[0].length;
  const clause = before.slice(opens, colon.index);
  const words = wordsOf(clause);
  const verbAt = words.findIndex((_, i) =>
    cues.verbs.some((verb) => verb.split(' ').every((p, k) => (words[i + k] ?? '').toLowerCase() === p)),
  );
  if (verbAt <= 0) return null;
  // The verb's subject ends right before it, or before an aside set off by commas: "Il Dott. Rossi,
  // economista della Bocconi, ha commentato".
  let subjectEnd = verbAt;
  if (/,$/u.test(words[verbAt - 1] as string)) {
    const aside = words.slice(0, verbAt - 1).findLastIndex((w) => /,$/u.test(w));
    if (aside < 0) return null;
    subjectEnd = aside + 1;
  }
  const run = nameRuns(words.slice(0, subjectEnd), cues, language, stop).at(-1);
  if (run === undefined || run.end !== subjectEnd) return null;
  // Not a name inside a longer subject: "El ministro de Economía", "Een woordvoerder van ProRail".
  const previous = (words[run.start - 1] ?? '').toLowerCase();
  if (cues.particles.includes(previous) || OF.has(previous) || /[’']$/u.test(previous)) return null;
  // A lone word after an article is a noun ("Eine Helferin"), unless the article names it in full.
  const lone = run.titled || run.start === 0 || !stop.has(previous);
  return speakerOf(text, run, lone, from + opens, stop);
}

/** Whether speakers of `language` are read here. */
export function readsForeignSpeakers(language: string): boolean {
  return CUES[language] !== undefined;
}

/**
 * Whether `quote` follows on from `previous` with nothing between but the previous quote's cue: „…“,
 * sagte Merz. „…“ — the same speaker goes on, in the same paragraph.
 */
function followsOn(text: string, previous: Quote, quote: Quote): boolean {
  const cue = previous.speaker;
  if (cue === null || cue.start < previous.end || cue.end > quote.start) return false;
  const between = text.slice(previous.end, quote.start);
  if (between.includes('\n')) return false;
  const cueEnd = between.search(FULL_STOP);
  return cueEnd >= 0 && /^[\s«„“"‚‘]*$/u.test(between.slice(cueEnd + 1));
}

/**
 * The quotes, each with the speaker its own cue names in `language`, or the speaker of the quote just
 * before it when it follows on from that quote's cue; otherwise as they were.
 */
export function attributeForeignQuotes(
  text: string,
  quotes: Quote[],
  language: string,
  stopwords: ReadonlySet<string>,
): Quote[] {
  const cues = CUES[language];
  if (cues === undefined) return quotes;
  const named: Quote[] = [];
  for (const quote of quotes) {
    const previous = named[named.length - 1];
    const speaker =
      quote.speaker !== null || quote.partial
        ? quote.speaker
        : (speakerAfter(text, quote, cues, language, stopwords) ??
          speakerBefore(text, quote, cues, language, stopwords) ??
          (previous !== undefined && followsOn(text, previous, quote) ? previous.speaker : null));
    named.push(speaker === quote.speaker ? quote : { ...quote, speaker });
  }
  return named;
}
