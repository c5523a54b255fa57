// Text from articles and feeds may hold bidirectional controls (U+202E, the right-to-left override, and
// its kin). Left open, one reorders whatever the page writes after it in the same line: a source named
// "Src\u202E" showed the time beside it backwards. Each value is closed where it ends, so its controls
// act inside it and nowhere else (a closer with nothing open is ignored by the browser).

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI
const PDF = '\u202C';
const PDI = '\u2069';
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** `value` with a closer appended for every bidirectional embedding, override or isolate it leaves open. */
export function closeBidi(value: string): string {
  if (!ANY_CONTROL.test(value)) return value;
  const open: string[] = [];
  for (const c of value) {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(c);
    else if (c === PDF && open.length > 0 && EMBEDDINGS.has(open[open.length - 1]!)) open.pop();
    else if (c === PDI && open.some((o) => ISOLATES.has(o))) {
      // A PDI closes its isolate and every embedding opened inside it.
      while (!ISOLATES.has(open.pop()!));
    }
  }
  return (
    value +
    open
      .reverse()
      .map((c) => (ISOLATES.has(c) ? PDI : PDF))
      .join('')
  );
}
