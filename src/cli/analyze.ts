// `herald analyze` and `herald group`: JSONL in on stdin, one JSON line out per good record, in order.
// A bad line (not JSON, no id, no text) is named on stderr by its line number and makes the exit status 1.
import { createAnalyzer, splitHeadline, type Analyzer } from '../core/analyze.js';
import { languageOf } from '../ingest/language.js';
import { groupStories, type StoryInput } from '../core/story/index.js';
import type { Analysis, Quote } from '../core/types.js';
import { intFlag, type ParsedArgs } from './args.js';
import type { Out } from './show.js';
import { counted } from './words.js';

interface Record {
  id: string | number;
  text: string;
  title?: string;
  /** For `group`: when it was published, ms since the epoch. */
  published?: number;
  /** The language the record declares (`lang`, `language` or `locale`), its ISO 639 part lower case. */
  lang?: string;
}

/** "de", "pt-BR", "zh_Hans", "deu": the language part. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

/** A line of input that is not a usable record, with its 1-based line number. */
interface BadLine {
  line: number;
  error: string;
}

function readRecord(line: string): Record | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'not a JSON object {id, text, title?}' };
  }
  const obj = value as { [key: string]: unknown };
  const { id } = obj;
  if (typeof id !== 'number' && (typeof id !== 'string' || id.trim() === '')) {
    return { error: 'the record has no "id" (a string or a number)' };
  }
  if (typeof obj.text !== 'string') return { error: 'the record has no "text" string' };
  if (obj.title !== undefined && obj.title !== null && typeof obj.title !== 'string') {
    return { error: '"title" must be a string' };
  }
  const rawLang = obj.lang ?? obj.language ?? obj.locale;
  const lang =
    typeof rawLang === 'string' ? LANGUAGE_TAG.exec(rawLang.trim())?.[1]?.toLowerCase() : undefined;
  if (rawLang !== undefined && rawLang !== null && lang === undefined)
    return { error: '"lang" must be a language code such as "de" or "pt-BR"' };
  const published = readPublished(obj.published);
  if (published === 'bad')
    return { error: '"published" must be an ISO 8601 date or milliseconds since the epoch' };
  return {
    id,
    text: obj.text,
    ...(typeof obj.title === 'string' ? { title: obj.title } : {}),
    ...(published === null ? {} : { published }),
    ...(lang === undefined ? {} : { lang }),
  };
}

/** A record's `published` as ms since the epoch, null when absent, 'bad' when unreadable. */
function readPublished(value: unknown): number | null | 'bad' {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'bad';
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(value)) return 'bad';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? 'bad' : ms;
}

/** The records of JSONL input; blank lines are skipped, bad ones named on stderr by line number. */
function readRecords(input: string, out: Out): { records: Record[]; bad: BadLine[] } {
  const records: Record[] = [];
  const bad: BadLine[] = [];
  input.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '') return;
    const record = readRecord(text);
    if ('error' in record) bad.push({ line: i + 1, error: record.error });
    else records.push(record);
  });
  for (const b of bad) out.err(`herald: line ${b.line}: ${b.error}`);
  if (bad.length > 0) out.err(`herald: ${counted(bad.length, 'line was', 'lines were')} left out`);
  return { records, bad };
}

// The CLI's own analyzer: its word table and caches serve every record of the run. Made when first
// needed, so the commands that analyse nothing (search, latest, --help) do not pay for it.
let held: Analyzer | undefined;
const analyzer = (): Analyzer => (held ??= createAnalyzer());

/** Analyses a record; offsets point into the record's `text` as given. */
export function analyzeRecord(record: Record, sentences: number | undefined): Analysis {
  // A declared language is taken as it is; otherwise it is detected from the text.
  const language = languageOf(record.text, record.lang ?? null);
  if (record.title !== undefined)
    return analyzer().analyze(
      { text: record.text, title: record.title, ...language },
      sentences === undefined ? {} : { sentences },
    );
  const { title, bodyStart } = splitHeadline(record.text);
  const result = analyzer().analyze(
    { text: record.text.slice(bodyStart), title, ...language },
    sentences === undefined ? {} : { sentences },
  );
  if (bodyStart === 0) return result;
  const shift = (q: Quote): Quote => ({
    ...q,
    start: q.start + bodyStart,
    end: q.end + bodyStart,
    speaker: q.speaker
      ? { ...q.speaker, start: q.speaker.start + bodyStart, end: q.speaker.end + bodyStart }
      : null,
  });
  return {
    ...result,
    sentences: result.sentences.map(([s, e]) => [s + bodyStart, e + bodyStart]),
    quotes: result.quotes.map(shift),
  };
}

/** Prints one analysis a good record; returns how many lines were bad. */
export function runAnalyze(input: string, args: ParsedArgs, out: Out): number {
  // Without --sentences, the default summary (three, or two when a third adds little).
  const count = args.flags.has('sentences') ? intFlag(args, 'sentences', 3, 1, 100) : undefined;
  const { records, bad } = readRecords(input, out);
  for (const record of records) {
    const a = analyzeRecord(record, count);
    out.line(
      JSON.stringify({
        id: record.id,
        sentences: a.sentences,
        summary: a.summary,
        quotes: a.quotes,
        keywords: a.keywords,
        entities: a.entities,
      }),
    );
  }
  return bad.length;
}

/** Prints {id, story} for every good record; returns how many lines were bad. */
export function runGroup(input: string, out: Out): number {
  const { records, bad } = readRecords(input, out);
  const stories: StoryInput[] = records.map((record) => {
    const { title, bodyStart } =
      record.title !== undefined ? { title: record.title, bodyStart: 0 } : splitHeadline(record.text);
    const body = record.text.slice(bodyStart);
    const entities = analyzer().extractEntities(title ? `${title}\n\n${body}` : body);
    return {
      signature: analyzer().storySignature(body),
      title: title ?? '',
      entities,
      text: body,
      published: record.published ?? null,
    };
  });
  const keys = groupStories(stories);
  records.forEach((record, i) => out.line(JSON.stringify({ id: record.id, story: String(keys[i]) })));
  return bad.length;
}
