// trigram-utils' clean as franc pads it, ` ${clean(text)} `, written unit by unit into a buffer: runs of
// white space, punctuation, symbols and digits (U+0021–U+0040) become one space, the ends are trimmed and
// the letters lower-cased, with no replace, trim, toLowerCase or concatenation to make new strings for
// each text. Each unit's class comes from the same regular expression and toLowerCase, once per unit. A
// unit whose lower case is not one unit of its own (İ becomes two; Σ depends on its neighbours; a
// surrogate pair is lower-cased as one code point) sends the text back to the string path.

/** The characters clean() turns into a space. */
const SEPARATOR = /[\s\u0021-\u0040]/;
const SEPARATES = -1;
const NOT_ONE_UNIT = -2;
const GREEK_CAPITAL_SIGMA = 0x3a3;

/** Per UTF-16 unit: 0 not yet known, SEPARATES, NOT_ONE_UNIT, or its lower case (U+0000 stays unknown). */
const unitClass = new Int32Array(65536);

function classify(unit: number): number {
  const char = String.fromCharCode(unit);
  let known: number;
  if (SEPARATOR.test(char)) known = SEPARATES;
  else if ((unit >= 0xd800 && unit <= 0xdfff) || unit === GREEK_CAPITAL_SIGMA) known = NOT_ONE_UNIT;
  else {
    const lower = char.toLowerCase();
    known = lower.length === 1 ? lower.charCodeAt(0) : NOT_ONE_UNIT;
  }
  unitClass[unit] = known;
  return known;
}

/**
 * Writes ` ${clean(value)} ` into `out` (which has room for value.length + 2 units) and returns its
 * length, or -1 when a unit needs the string path (see above).
 */
export function writeCleanPadded(value: string, out: Uint16Array): number {
  out[0] = 32;
  let length = 1;
  let spaceDue = false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const known = unitClass[unit] || classify(unit);
    if (known === SEPARATES) {
      // A separator before the first letter is trimmed away.
      spaceDue = length > 1;
      continue;
    }
    if (known === NOT_ONE_UNIT) return -1;
    if (spaceDue) {
      out[length++] = 32;
      spaceDue = false;
    }
    out[length++] = known;
  }
  out[length++] = 32;
  return length;
}
