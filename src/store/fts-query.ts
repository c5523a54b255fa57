// Turns what a user typed into a safe FTS5 query. Every term becomes a quoted string, so no user
// text is read as FTS syntax (`"a" OR (`, `*`, `NEAR(` …); a quoted phrase stays a phrase.

const TERM = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function termsOf(text: string): string[] {
  return text.match(TERM) ?? [];
}

/**
 * All terms must match (implicit AND); `"two words"` must match as a phrase. Returns null when the
 * text holds no searchable term at all (only punctuation or emoji, say).
 */
export function buildMatchQuery(userText: string, options: { prefixLast?: boolean } = {}): string | null {
  const parts: string[] = [];
  const phrase = /"([^"]*)"/g;
  let rest = '';
  let last = 0;
  for (let m = phrase.exec(userText); m !== null; m = phrase.exec(userText)) {
    rest += userText.slice(last, m.index) + ' ';
    last = m.index + m[0].length;
    const terms = termsOf(m[1] ?? '');
    if (terms.length > 0) parts.push(quote(terms.join(' ')));
  }
  rest += userText.slice(last);
  const loose = termsOf(rest.replace(/"/g, ' '));
  loose.forEach((term, i) => {
    const isLast = i === loose.length - 1;
    parts.push(options.prefixLast && isLast && !/\s$/.test(userText) ? `${quote(term)}*` : quote(term));
  });
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Escapes `%`, `_` and the escape character itself for a LIKE pattern with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
