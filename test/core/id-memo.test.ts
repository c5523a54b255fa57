// Per-word caches (issue 16: a byte or four a word in a typed array): each gives what its derivation
// gives, asks it once a word, grows past its first size, and starts again when the word table is dropped.
import { describe, expect, it } from 'vitest';
import { createIdMemos, createWords, JOIN_APOSTROPHE, STOPWORDS } from '../../src/core/text/index.js';

const ARTICLE =
  'The ferry council met in Port Alder on Tuesday. Councillor Mae Ibarra said the ferries would ' +
  "run again by spring; the harbour's repairs were late. Ibarra's plan keeps the old pier open.";

describe('per-word caches of a word table', () => {
  const words = createWords();
  const scan = words.scanWords(ARTICLE);
  const ids = scan.runs.ids;

  it('gives each word what the derivation says, asking it once a word', () => {
    const asked: number[] = [];
    const isLong = words.memoizeFlagById((id) => {
      asked.push(id);
      return words.wordOf(id).length > 5;
    });
    const plural = words.memoizeIdById((id) => {
      const word = words.wordOf(id);
      return word.endsWith('s') ? words.internWord(word.slice(0, -1)) : id;
    });
    for (const round of [1, 2]) {
      for (const id of ids) {
        const word = words.wordOf(id);
        expect(isLong(id), `${word}, round ${round}`).toBe(word.length > 5);
        expect(words.wordOf(plural(id))).toBe(word.endsWith('s') ? word.slice(0, -1) : word);
      }
    }
    expect(asked.length).toBe(new Set(ids).size);
    expect(words.wordOf(plural(words.internWord('ferries')))).toBe('ferrie');
    expect(words.wordOf(plural(words.internWord('pier')))).toBe('pier');
  });

  it('keeps stop words and possessives by id', () => {
    for (const id of ids) expect(words.isStopId(id), words.wordOf(id)).toBe(STOPWORDS.has(words.wordOf(id)));
    const stops = new Set(ids.filter((id) => words.isStopId(id)).map((id) => words.wordOf(id)));
    expect(['the', 'in', 'on', 'by'].every((w) => stops.has(w))).toBe(true);
    expect(['ferry', 'council', 'pier', 'harbour'].some((w) => stops.has(w))).toBe(false);
    const joined = words.joinTokens(scan, JOIN_APOSTROPHE).ids;
    const owners = joined
      .filter((id) => words.stripPossessiveId(id) !== id)
      .map((id) => words.wordOf(words.stripPossessiveId(id)));
    expect(owners).toEqual(['harbour', 'ibarra']);
  });
});

describe('createIdMemos', () => {
  it('grows for ids far past its first size and drops everything when the generation moves', () => {
    let generation = 0;
    const { memoizeFlagById, memoizeIdById } = createIdMemos(() => generation);
    let calls = 0;
    const isEven = memoizeFlagById((id) => {
      calls++;
      return id % 2 === 0;
    });
    const half = memoizeIdById((id) => {
      calls++;
      return id >> 1;
    });
    const sample = [0, 1, 2, 1023, 1024, 5000, 70000, 70001];
    for (const id of sample) {
      expect(isEven(id)).toBe(id % 2 === 0);
      expect(half(id)).toBe(id >> 1);
    }
    expect(calls).toBe(2 * sample.length);
    for (const id of sample) isEven(id);
    expect(calls).toBe(2 * sample.length);
    generation++;
    for (const id of sample) expect(half(id)).toBe(id >> 1);
    expect(calls).toBe(3 * sample.length);
  });

  it('keeps numbers, zero, negative and fractional ones included, asking once a word until the generation moves', () => {
    let generation = 0;
    const { memoizeNumberById } = createIdMemos(() => generation);
    const asked: number[] = [];
    const weight = memoizeNumberById((id) => {
      asked.push(id);
      return id % 3 === 0 ? 0 : id % 3 === 1 ? -id / 4 : Math.log(id + 1);
    });
    const expected = (id: number) => (id % 3 === 0 ? 0 : id % 3 === 1 ? -id / 4 : Math.log(id + 1));
    const sample = [0, 1, 2, 3, 1023, 1024, 4099, 65537];
    for (const round of [1, 2]) {
      for (const id of sample) expect(weight(id), `${id}, round ${round}`).toBe(expected(id));
    }
    expect(asked).toEqual(sample);
    generation++;
    expect(weight(1024)).toBe(expected(1024));
    expect(asked).toEqual([...sample, 1024]);
  });
});
