// UTF-8 text that went through a Windows-1252 (or Latin-1) decoder on its way to us: "Â£1,000",
// "PeÃ±a Nieto", "donâ€™t". Scrapers and old feeds leave it in real archives. Each suspect run is turned
// back into the bytes it was read from and decoded as UTF-8; a run that is not exactly one valid UTF-8
// character stays as it is, so real text ("SÃO PAULO", "Â") is never touched.

import { WINDOWS_1252_HIGH } from './decode.js';

/** The byte each Windows-1252 character of 0x80–0x9F was read from (other bytes read as their own code point). */
const HIGH_BYTES = new Map<number, number>(
  WINDOWS_1252_HIGH.map((code, i): [number, number] => [code, 0x80 + i]).filter(([code]) => code > 0xff),
);

/** A character read from a UTF-8 continuation byte (0x80–0xBF). */
const TAIL = `[\\u0080-\\u00BF${[...HIGH_BYTES.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
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
