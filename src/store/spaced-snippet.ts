// A search snippet cut from an article's spaced column (see core/text/cjk-spacing.ts), which holds the
// headline, a line break and the text, each Chinese, Japanese or Korean character set apart: given back
// as written, without the headline, which a search result shows on its own line, and with only the
// searched runs marked (PostgreSQL marks every character of the query wherever it stands, 대 of 대해 for
// 대통령; a snippet's edge can cut a run in two).
import { cjkRuns, unspaceCjk } from '../core/text/index.js';
import { HIGHLIGHT_END, HIGHLIGHT_MARKS, HIGHLIGHT_START } from './types.js';

const MARKED = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'gu');

export function spacedSnippet(snippet: string, title: string, query: string): string {
  const searched = cjkRuns(query);
  const text = unspaceCjk(snippet, HIGHLIGHT_START, HIGHLIGHT_END).replace(MARKED, (whole, run: string) =>
    cjkRuns(run).join('') !== run || searched.some((s) => run.includes(s)) ? whole : run,
  );
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return text;
  // The headline, or the end of it where the snippet starts inside it ("…" and the rest).
  const head = text.slice(0, lineEnd).replace(HIGHLIGHT_MARKS, '');
  const rest = (head.startsWith('…') ? head.slice(1) : head).trim();
  if (rest === '' || !title.endsWith(rest)) return text;
  const before = text.slice(0, lineEnd);
  // A mark opened in the headline and closed after it (a phrase across the line break) stays balanced.
  const open = before.lastIndexOf(HIGHLIGHT_START) > before.lastIndexOf(HIGHLIGHT_END);
  return `${open ? HIGHLIGHT_START : ''}${text.slice(lineEnd + 1)}`;
}
