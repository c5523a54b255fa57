// Turning a stored file's bytes into text. Files come from anywhere (scrapers, editors, old Windows tools),
// so decoding never throws: it reports what it had to do and what it refused.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; problems: string[] } | { ok: false; reason: string };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five undefined bytes keep their C1 code point.
export const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const BINARY_SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;
const CHUNK = 8192;

/** Decodes bytes as Windows-1252 (the usual "not actually UTF-8" encoding of Western text). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Says why the bytes look binary, or null when they look like text. Only a leading sample is inspected so
 * that a huge file costs no more than a small one; UTF-16 files (which are full of NULs) are exempt.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  if (sampleLength === 0) return null;
  const controls = countControls(bytes, sampleLength);
  if (controls < 0) return 'binary file (contains NUL bytes)';
  if (controls / sampleLength > MAX_CONTROL_SHARE) {
    return `binary file (${Math.round((controls / sampleLength) * 100)}% control characters)`;
  }
  return null;
}

/**
 * Control characters in the first `sampleLength` bytes, or -1 at a NUL byte. The loop is a function of
 * its own with nothing after it (see readSentences in sentences.ts for why).
 */
function countControls(bytes: Uint8Array, sampleLength: number): number {
  let controls = 0;
  for (let i = 0; i < sampleLength; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return -1;
    // Tab, line feed, form feed, carriage return and escape are common in text.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) controls += 1;
    if (byte === 0x7f) controls += 1;
  }
  return controls;
}

function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes a stored article file: UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8 (a UTF-8
 * BOM is dropped), falling back to Windows-1252 when the bytes are not valid UTF-8. Binary and empty input
 * is refused with a reason.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = detectUtf16(bytes);
  if (utf16 !== null) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return { ok: true, text, encoding: utf16, problems: [] };
    } catch {
      return { ok: false, reason: `invalid ${utf16.toUpperCase()} text` };
    }
  }
  const binary = detectBinary(bytes);
  if (binary !== null) return { ok: false, reason: binary };
  try {
    // TextDecoder drops a leading UTF-8 BOM by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', problems: [] };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      problems: ['not valid UTF-8: decoded as Windows-1252'],
    };
  }
}
