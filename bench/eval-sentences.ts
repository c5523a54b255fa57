// Sentence-splitting quality on the English "Golden Rules" cases from Pragmatic Segmenter
// (MIT, © Kevin S. Dias), read from the shared eval folder.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitSentences } from '../src/core/text/index.js';
import type { EvalRow } from './eval-types.js';

interface GoldenCase {
  id: string;
  name: string;
  input: string;
  expected: string[];
}

const ATTRIBUTION = 'golden-rules (Pragmatic Segmenter, MIT, © Kevin S. Dias)';
const TARGET_PASSED = 48;

function normalize(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim();
}

/** The sentences our splitter gives for `input`, whitespace runs collapsed, as the cases compare them. */
export function splitForComparison(input: string): string[] {
  return splitSentences(input).map(([s, e]) => normalize(input.slice(s, e)));
}

export async function loadGoldenRules(dataDir: string): Promise<GoldenCase[]> {
  const raw = await readFile(resolve(dataDir, 'sentences', 'golden_rules.json'), 'utf8');
  return JSON.parse(raw) as GoldenCase[];
}

/** Cases whose split differs from the expected one (for the runnable report). */
export function findFailures(
  cases: GoldenCase[],
): { id: string; name: string; got: string[]; expected: string[] }[] {
  const failures = [];
  for (const c of cases) {
    const got = splitForComparison(c.input);
    const expected = c.expected.map(normalize);
    if (JSON.stringify(got) !== JSON.stringify(expected))
      failures.push({ id: c.id, name: c.name, got, expected });
  }
  return failures;
}

export async function evaluateSentences(
  dataDir = resolve(process.cwd(), '../shared/eval'),
): Promise<EvalRow[]> {
  const cases = await loadGoldenRules(dataDir);
  const passed = cases.length - findFailures(cases).length;
  return [
    {
      dataset: ATTRIBUTION,
      system: 'herald splitSentences',
      metric: `cases passed of ${cases.length}`,
      value: passed,
      target: `>= ${TARGET_PASSED}`,
      met: passed >= TARGET_PASSED,
    },
    {
      dataset: ATTRIBUTION,
      system: 'herald splitSentences',
      metric: 'accuracy',
      value: cases.length ? passed / cases.length : 0,
      target: null,
      met: null,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataDir = resolve(process.cwd(), process.argv[2] ?? '../shared/eval');
  const rows = await evaluateSentences(dataDir);
  for (const failure of findFailures(await loadGoldenRules(dataDir))) {
    console.log(
      `FAIL ${failure.id} ${failure.name}\n  got      ${JSON.stringify(failure.got)}\n  expected ${JSON.stringify(failure.expected)}`,
    );
  }
  console.table(rows);
}
