// Speakers of quotes in the languages whose attribution reads like English: German, French, Spanish,
// Portuguese, Italian and Dutch. Only the plainest forms are read, and a quote gets no speaker when they
// do not fit: a speech verb and a name right after the closing mark („…“, sagte Olaf Scholz / « … », a
// déclaré le ministre, Jean Dupont), "according to" and a name there („…“, so Scholz / "…", según
// Díaz), or a name and a speech verb before a colon that opens the quote (Scholz sagte: „…“). A name
// is two to four capitalised words (a lone surname only when the article writes it in a fuller name);
// German role nouns before it ("Finanzminister") are its role, not part of it.

import type { Quote, Speaker } from '../types.js';

interface Cues {
  /** Speech verbs, as written between the quote and the name ("a déclaré", "sagte"). */
  verbs: string[];
  /** Words that say "according to" before a name. */
  according: string[];
  /** Small words inside names ("de", "van"). */
  particles: string[];
}

/** Words of a list written 'a|b c|d'. */
const list = (written: string): string[] => written.split('|');

const CUES: Record<string, Cues> = {
  de: {
    verbs: list(
      'sagte|fügte|räumte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|sagten|kritisierte|kritisiert|warnte|warnt|ergänzte|ergänzt|erklärten|schrieb|schreibt|versicherte|versichert|bestätigte|bestätigt|forderte|fordert',
    ),
    according: list('so|laut'),
    particles: list('von|van|zu|der|de'),
  },
  fr: {
    verbs: list(
      'a déclaré|a poursuivi|a insisté|a reconnu|a rappelé|a répondu|a résumé|poursuit|insiste|reconnaît|rappelle|a dit|a affirmé|a estimé|a expliqué|a ajouté|a souligné|a indiqué|a assuré|a lancé|a confié|a précisé|a réagi|a prévenu|a averti|déclare|dit|affirme|estime|explique|ajoute|souligne|indique|assure|lance|confie|précise|avait déclaré|avait dit',
    ),
    according: list("selon|d'après"),
    particles: list("de|du|des|la|le|d'"),
  },
  es: {
    verbs: list(
      'dijo|agregó|comentó|expresó|insistió|reconoció|recordó|respondió|afirmó|aseguró|explicó|señaló|añadió|declaró|indicó|sostuvo|advirtió|subrayó|destacó|apuntó|manifestó|ha dicho|ha afirmado|ha asegurado|ha explicado|ha señalado|ha declarado|dice|afirma|asegura|explica|señala|añade|declara|indica|sostiene|advierte',
    ),
    according: list('según'),
    particles: list('de|del|la|las|los|y'),
  },
  pt: {
    verbs: list(
      'disse|falou|fala|contou|lembrou|completou|ponderou|argumentou|respondeu|afirmou|declarou|explicou|acrescentou|destacou|ressaltou|garantiu|avaliou|comentou|frisou|admitiu|criticou|alertou|diz|afirma|declara|explica|acrescenta|destaca|ressalta|garante|avalia|comenta',
    ),
    according: list('segundo|conforme'),
    particles: list('de|da|do|das|dos|e'),
  },
  it: {
    verbs: list(
      'ha detto|ha precisato|ha ricordato|ha concluso|ha risposto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha sottolineato|ha commentato|ha assicurato|ha ribadito|ha osservato|dice|afferma|dichiara|spiega|aggiunge|sottolinea|commenta|assicura|ribadisce|disse',
    ),
    according: list('secondo'),
    particles: list('di|de|del|della|da|la|lo'),
  },
  nl: {
    verbs: list(
      'zei|vertelde|vertelt|meldde|legde uit|zegt|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|schreef|schrijft|liet weten|voegde toe|reageerde|reageert',
    ),
    according: list('aldus|volgens'),
    particles: list("van|de|der|den|ter|ten|'t"),
  },
};

/** German nouns that name an office or a trade: before a name they are its role ("Finanzminister"). */
const GERMAN_ROLE =
  /(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|leiter|leiterin|vorsitzende|vorsitzender|direktor|direktorin|sekretär|sekretärin|trainer|trainerin|experte|expertin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|politiker|politikerin|anwalt|anwältin|professor|professorin|ökonom|ökonomin|analyst|analystin|gründer|gründerin|manager|managerin|kapitän|torwart|stürmer|coach|dr\.|prof\.)$/iu;

const GERMAN_TIME = new Set(
  'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember Wochenende'.split(
    ' ',
  ),
);
/** Endings of German plural and abstract nouns, which no surname has ("Reportern", "Regierung"). */
const GERMAN_NOUN_END = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|ern|isten|enten|ium)$/u;
/** A body, not a person, when a run opens with it: "Ministerio de Sanidad", "Polizei". */
const ORGANISATION = new Set(
  (
    'ministerio ministère ministério ministero ministerie ministerium regierung bundesregierung gobierno ' +
    'gouvernement governo regering polizei policía police polícia polizia politie tribunal gericht ' +
    'bundesgericht corte commission comisión comissão commissione kommission partei partido parti ' +
    'partito partij ayuntamiento mairie prefeitura comune gemeente stadt ciudad ville cidade città stad ' +
    'universidad université universidade università universität universiteit unión union união unione'
  ).split(' '),
);

const CAPITAL = /^\p{Lu}[\p{L}\p{M}'’.-]*[,;:]?$/u;
const bare = (word: string): string => word.replace(/[.,;:]+$/u, '');
/** A full stop that ends no sentence: after an initial or a title ("M. Dupont", "Dott. Rossi"). */
const NOT_A_STOP = String.raw`(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Dott|Prof|Sr|Sra|Srta|Mme|Mlle|Dhr|Mevr|Sig|Ing|Avv))`;
/** Where the text that may hold the cue ends: a sentence's end, a semicolon, a new line, a quote mark. */
const CLAUSE_END = new RegExp(`${NOT_A_STOP}[.!?]|[;\n«»„“”"‚‘’]|$`, 'u');
/** Sentence ends and closing marks: the sentence before a colon opens after the last of them. */
const SENTENCE_BREAK = new RegExp(`${NOT_A_STOP}[.!?]|[\n»”"]`, 'gu');
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

/** Courtesy titles and academic ones, written before a name in these languages ("M. Dupont", "Dott. Rossi"). */
const TITLES = new Set(
  'dr dott dott.ssa prof sr sra srta m mme mlle dhr mevr herr frau sig sig.ra ing avv don doña dona'.split(
    ' ',
  ),
);

/** A capitalised word that is no stop word, or a title ("M.", "Dr."), which stop lists may hold. */
function isNameWord(word: string, stop: ReadonlySet<string>): boolean {
  const lower = bare(word).toLowerCase();
  return CAPITAL.test(word) && (TITLES.has(lower) || !stop.has(lower));
}

/**
 * The names in `words` (the words of a cue, in order): runs of capitalised words, with the particles of
 * the language inside (never first or last), at most four; a run loses the titles it opens with, and a
 * German run its role nouns (kept as the role), days and months, and plural or abstract nouns at its end.
 */
function nameRuns(words: string[], cues: Cues, language: string, stop: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as string;
    if (!isNameWord(first, stop)) {
      i++;
      continue;
    }
    let end = i + 1;
    // A comma ends a name: "de la Santé, François Braun" holds two runs.
    while (end < words.length && !/[,;:]$/u.test(words[end - 1] as string)) {
      const w = words[end] as string;
      if (isNameWord(w, stop)) end++;
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
    const titled = run.length > 1 && TITLES.has((run[0] as string).toLowerCase());
    while (run.length > 1 && TITLES.has((run[0] as string).toLowerCase())) run.shift();
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

/** Words that make a name before them part of a longer phrase ("de", "van", "des"). */
const OF = new Set([
  'de',
  'des',
  'del',
  'della',
  'dei',
  'degli',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'di',
  'du',
]);

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
  const lead = [...cues.verbs, ...cues.according].find(
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
  const cueEnd = between.search(new RegExp(`${NOT_A_STOP}[.!?]`, 'u'));
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
