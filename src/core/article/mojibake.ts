// UTF-8 text that went through a Windows-1252 (or Latin-1) decoder on its way to us: "Â£1,000",
// "PeÃ±a Nieto", "donâ€™t". Scrapers and old feeds leave it in real archives. Each suspect run is turned
// back into the bytes it was read from and decoded as UTF-8; a run that is not exactly one valid UTF-8
// character stays as it is, so real text ("SÃO PAULO", "Â") is never touched.

// Windows-1252 characters of the bytes 0x80–0x9F (the other bytes map to the code point of the same value).
const HIGH_BYTES = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** A character read from a UTF-8 continuation byte (0x80–0xBF). */
const TAIL =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
/** A lead byte and as many continuation bytes as it announces. */
const SUSPECT = new RegExp(
  `[\\u00C2-\\u00DF]${TAIL}|[\\u00E0-\\u00EF]${TAIL}{2}|[\\u00F0-\\u00F4]${TAIL}{3}`,
  'gu',
);
const LEAD = /[\u00C2-\u00F4]/u;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function toByte(c: number): number {
  return c <= 0xff ? c : (HIGH_BYTES.get(c) ?? -1);
}

function decodeRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const byte = toByte(run.charCodeAt(i));
    if (byte < 0) return run;
    bytes[i] = byte;
  }
  try {
    const text = UTF8.decode(bytes);
    // C1 control characters are not what anyone wrote.
    return /^[\u0080-\u009F]$/u.test(text) ? run : text;
  } catch {
    return run;
  }
}

/** The text with UTF-8 read as Windows-1252 put right, character by character. */
export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  return text.replace(SUSPECT, decodeRun);
}
