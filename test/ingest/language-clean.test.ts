import { describe, expect, it } from 'vitest';
import { writeCleanPadded } from '../../src/ingest/language-clean.js';

function cleanPadded(text: string): string | null {
  const out = new Uint16Array(text.length + 2);
  const length = writeCleanPadded(text, out);
  return length < 0 ? null : String.fromCharCode(...out.subarray(0, length));
}

describe('writeCleanPadded', () => {
  it.each([
    ['Hello, World! 42 times', ' hello world times '],
    ['  ...leading and trailing...  ', ' leading and trailing '],
    ['tabs\tand\nnew\r\nlines', ' tabs and new lines '],
    ['no\u00a0break\u2009thin\u3000wide', ' no break thin wide '],
    ['“Curly” quotes — and dashes’', ' “curly” quotes — and dashes’ '],
    ['Ärger über Ölpreise in ÉCOLE', ' ärger über ölpreise in école '],
    ['МОСКВА: Совет', ' москва совет '],
    ['1234 !!! ???', '  '],
    ['', '  '],
  ])('writes %j as franc pads its cleaned text', (text, expected) => {
    expect(cleanPadded(text)).toBe(expected);
  });

  it.each([
    ['İstanbul', 'a capital dotted I lower-cases to two units'],
    ['ΟΔΟΣ', 'a capital sigma lower-cases by its neighbours'],
    ['Deseret 𐐀 letter', 'a surrogate pair lower-cases as one code point'],
  ])('leaves %j to the string path: %s', (text) => {
    expect(cleanPadded(text)).toBeNull();
  });
});
