// Article text that arrives as HTML in a JSON field: many exports and scrapers put the page's markup in
// "content" or "body" ("<p>Hello <b>world</b></p>"), which would otherwise reach summaries and Discord
// as tags. Block tags become paragraph breaks, other tags go, and character references are read. Plain
// text that merely mentions a tag-like thing ("the <b> element", "x < y > z") is left alone: only text
// with a closing tag of a body's elements or a line break tag is read this way.

/** What only markup holds: a closing tag of a body's elements, or a line break tag. */
const MARKUP =
  /<\/(?:p|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|figure|section|article)\s*>|<br\s*\/?>/i;
const BLOCK =
  /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|tr|table)\b[^<>]*>/gi;
const DROPPED = /<(script|style|figcaption)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z][\w:-]*\b[^<>]*>/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Whether the text is markup rather than text that mentions a tag. */
export function looksLikeMarkup(text: string): boolean {
  return text.includes('<') && MARKUP.test(text);
}

/** Reads a character reference ("&amp;", "&#8217;", "&#x2019;"); an unknown one stays as written. */
function readReference(reference: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) {
    const code = Number.parseInt(name.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  }
  if (name.startsWith('#')) {
    const code = Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  }
  return NAMED[name.toLowerCase()] ?? reference;
}

/** The text with its character references read ("&amp;" → "&", "&#8217;" → "’"). */
export function readCharacterReferences(text: string): string {
  return text.includes('&')
    ? text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, readReference)
    : text;
}

/** The markup's text: paragraphs apart, tags out, character references read. */
export function markupToText(markup: string): string {
  return readCharacterReferences(markup.replace(DROPPED, ' ').replace(BLOCK, '\n\n').replace(TAG, ''));
}
