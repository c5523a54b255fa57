// `herald analyze` and `herald group`: JSONL in on stdin, one JSON line out per record, in order.
import { analyzeText, splitHeadline } from './core/analyze.js';
import { extractEntities } from './core/entities.js';
import { groupStories, storySignature, type StoryInput } from './core/same-story.js';
import type { Analysis, Quote } from './core/types.js';
import { intFlag, type ParsedArgs } from './cli-args.js';
import type { Out } from './cli-show.js';

interface Record {
  id: unknown;
  text: string;
  title?: string;
}

function readRecord(line: string): Record | { id: unknown; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object {id, text, title?}' };
  }
  const obj = value as { [key: string]: unknown };
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') return { id, error: 'the record has no "text" string' };
  if (obj.title !== undefined && obj.title !== null && typeof obj.title !== 'string') {
    return { id, error: '"title" must be a string' };
  }
  return typeof obj.title === 'string' ? { id, text: obj.text, title: obj.title } : { id, text: obj.text };
}

function lines(input: string): string[] {
  return input.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** Analyses a record; offsets point into the record's `text` as given. */
export function analyzeRecord(record: Record, sentences: number): Analysis {
  if (record.title !== undefined) return analyzeText({ text: record.text, title: record.title }, { sentences });
  const { title, bodyStart } = splitHeadline(record.text);
  const result = analyzeText({ text: record.text.slice(bodyStart), title }, { sentences });
  if (bodyStart === 0) return result;
  const shift = (q: Quote): Quote => ({
    ...q,
    start: q.start + bodyStart,
    end: q.end + bodyStart,
    speaker: q.speaker ? { ...q.speaker, start: q.speaker.start + bodyStart, end: q.speaker.end + bodyStart } : null,
  });
  return {
    ...result,
    sentences: result.sentences.map(([s, e]) => [s + bodyStart, e + bodyStart]),
    quotes: result.quotes.map(shift),
  };
}

export function runAnalyze(input: string, args: ParsedArgs, out: Out): void {
  const count = intFlag(args, 'sentences', 3, 1, 100);
  for (const line of lines(input)) {
    const record = readRecord(line);
    if ('error' in record) {
      out.line(JSON.stringify(record));
      continue;
    }
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
}

export function runGroup(input: string, out: Out): void {
  const records = lines(input).map(readRecord);
  const items: Array<{ index: number; story: StoryInput }> = [];
  records.forEach((record, index) => {
    if ('error' in record) return;
    const { title, bodyStart } =
      record.title !== undefined ? { title: record.title, bodyStart: 0 } : splitHeadline(record.text);
    const body = record.text.slice(bodyStart);
    const entities = extractEntities(title ? `${title}\n\n${body}` : body);
    items.push({ index, story: { signature: storySignature(body), title: title ?? '', entities } });
  });
  const keys = groupStories(items.map((i) => i.story));
  const keyOf = new Map(items.map((item, i) => [item.index, keys[i]]));
  records.forEach((record, index) => {
    if ('error' in record) out.line(JSON.stringify(record));
    else out.line(JSON.stringify({ id: record.id, story: String(keyOf.get(index)) }));
  });
}
