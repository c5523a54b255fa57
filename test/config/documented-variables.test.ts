// The README's variable table, `.env.example` and the config schema describe the same settings: the
// same names, the same defaults and the same ranges of whole numbers. The schema is the code's own word
// (src/config.ts is the only reader of process.env), read through zod's JSON Schema of its output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema, parseConfig } from '../../src/config.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLE = readFileSync(join(ROOT, '.env.example'), 'utf8');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.example-token-value';

interface TableRow {
  name: string;
  defaultCell: string;
  acceptedCell: string;
}

/** The rows of the README's table under "## Configuration" (columns: variable, default, accepted, meaning). */
function readmeRows(): TableRow[] {
  const section = README.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const header = (lines[0] ?? '').split('|').map((cell) => cell.trim());
  expect(header.slice(1, 4)).toEqual(['variable', 'default', 'accepted']);
  return lines.slice(2).map((line) => {
    const [, name = '', defaultCell = '', acceptedCell = ''] = line.split('|').map((cell) => cell.trim());
    return { name: name.replace(/`/g, ''), defaultCell, acceptedCell };
  });
}

interface ExampleEntry {
  value: string;
  /** The comment lines right above the setting. */
  comment: string;
}

function exampleEntries(): Map<string, ExampleEntry> {
  const entries = new Map<string, ExampleEntry>();
  let comment: string[] = [];
  for (const line of EXAMPLE.split('\n')) {
    if (line.startsWith('#')) comment.push(line.replace(/^#\s?/, ''));
    else if (line.trim() === '') comment = [];
    else {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      expect(match, `.env.example line ${JSON.stringify(line)}`).not.toBeNull();
      const [, name = '', value = ''] = match ?? [];
      entries.set(name, { value, comment: comment.join(' ') });
      comment = [];
    }
  }
  return entries;
}

const shape = configSchema.shape as Record<string, z.ZodType>;
const outputSchema = z.toJSONSchema(configSchema, { io: 'output', unrepresentable: 'any' }) as {
  properties: Record<string, { type?: string; minimum?: number; maximum?: number; enum?: string[] }>;
};
const codeNames = Object.keys(shape);

/** What the code takes when a variable is not set (undefined: nothing, or worked out at start-up). */
function codeDefault(name: string): unknown {
  const parsed = shape[name]?.safeParse(undefined);
  return parsed?.success ? parsed.data : undefined;
}

/** A whole-number variable's range as the README and `.env.example` word it, or null for any other. */
function codeRange(name: string): string | null {
  const property = outputSchema.properties[name];
  if (property?.type !== 'integer') return null;
  const { minimum, maximum } = property;
  return maximum === Number.MAX_SAFE_INTEGER ? `${minimum} or more` : `${minimum} to ${maximum}`;
}

const RANGE = /\b(\d[\d,]*) (?:to (\d[\d,]*)|or more)\b/g;

/** Every range of whole numbers written in a piece of text, commas taken out ("1 to 3600"). */
function rangesIn(text: string): string[] {
  return [...text.matchAll(RANGE)].map(([, low = '', high]) =>
    high === undefined
      ? `${low.replace(/,/g, '')} or more`
      : `${low.replace(/,/g, '')} to ${high.replace(/,/g, '')}`,
  );
}

function sorted(names: Iterable<string>): string[] {
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('the settings the code reads, the README table and .env.example', () => {
  it('reads the environment in src/config.ts only, so its schema lists every setting', () => {
    const readers = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))]
      .filter((path) => readFileSync(path, 'utf8').includes('process.env'))
      .map((path) => relative(ROOT, path));
    // main.ts hands the whole environment on to the Node it becomes (node-tuning.ts), reading no setting.
    expect(readers).toEqual(['src/config.ts', 'src/main.ts']);
    expect(readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8')).not.toMatch(/process\.env(?:\.|\[)/u);
  });

  it('name the same variables, each once', () => {
    const rows = readmeRows().map((row) => row.name);
    expect(new Set(rows).size, 'README rows named twice').toBe(rows.length);
    expect(sorted(rows), 'README table against src/config.ts').toEqual(sorted(codeNames));
    const example = exampleEntries();
    expect(sorted(example.keys()), '.env.example against src/config.ts').toEqual(sorted(codeNames));
  });

  it('give each variable the default the code takes', () => {
    const example = exampleEntries();
    for (const { name, defaultCell } of readmeRows()) {
      const fallback = codeDefault(name);
      const value = example.get(name)?.value;
      if (fallback === undefined) {
        expect(value, `${name} in .env.example`).toBe('');
        expect(defaultCell, `${name}: the README shows a value the code does not take`).not.toMatch(/`/);
      } else {
        expect(value, `${name} in .env.example`).toBe(String(fallback));
        expect(defaultCell, `${name} in the README`).toBe(`\`${String(fallback)}\``);
      }
    }
  });

  it('make .env.example with a token the same configuration as no settings at all', () => {
    const example = Object.fromEntries([...exampleEntries()].map(([name, { value }]) => [name, value]));
    const options = { requireToken: true, cores: 4 };
    expect(parseConfig({ ...example, DISCORD_TOKEN: TOKEN }, options)).toEqual(
      parseConfig({ DISCORD_TOKEN: TOKEN }, options),
    );
  });

  it('give every whole-number variable the range the code enforces, and no range to the others', () => {
    const example = exampleEntries();
    for (const { name, acceptedCell } of readmeRows()) {
      const range = codeRange(name);
      const comment = example.get(name)?.comment ?? '';
      expect(rangesIn(acceptedCell), `${name}: README, accepted`).toEqual(range === null ? [] : [range]);
      expect(rangesIn(comment), `${name}: the comment above it in .env.example`).toEqual(
        range === null ? [] : [range],
      );
    }
  });

  it('list exactly the words a variable of fixed words takes, each accepted by the code', () => {
    for (const { name, acceptedCell } of readmeRows()) {
      const words = [...acceptedCell.matchAll(/`([^`]+)`/g)].map(([, word = '']) => word);
      const choices = outputSchema.properties[name]?.enum;
      if (choices !== undefined) expect(sorted(words), name).toEqual(sorted(choices));
      if (!/^(`[^`]+`(, | or )?)+$/.test(acceptedCell)) continue;
      for (const word of words) {
        expect(shape[name]?.safeParse(word).success, `${name}=${word}`).toBe(true);
      }
      expect(shape[name]?.safeParse('not-one-of-them').success, `${name} takes other words too`).toBe(false);
    }
  });
});
