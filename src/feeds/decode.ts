// Feed bytes to text. The charset comes from, in order: a byte-order mark, valid UTF-8, the
// Content-Type charset, the XML declaration, else windows-1252 (what mislabelled Western feeds are).

import { TextDecoder } from 'node:util';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function bomEncoding(bytes: Uint8Array): string | null {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A TextDecoder for the label, or null when the label names no encoding the runtime knows. */
function decoderFor(label: string | null): TextDecoder | null {
  if (label === null) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ''));
  } catch {
    return null;
  }
}

export function contentTypeCharset(contentType: string | null): string | null {
  const match = contentType === null ? null : /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

function xmlDeclarationCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  return match?.[1] ?? null;
}

export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom !== null) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: the server's word, then the document's own, then the Western default
  }
  // A label that says UTF-8 is known false by now: the next word in line is asked instead.
  const notUtf8 = (decoder: TextDecoder | null) => (decoder?.encoding === 'utf-8' ? null : decoder);
  const declared =
    notUtf8(decoderFor(contentTypeCharset(contentType))) ?? notUtf8(decoderFor(xmlDeclarationCharset(bytes)));
  return (declared ?? new TextDecoder('windows-1252')).decode(bytes);
}
