// A deliberately small reader for the `---` front-matter block at the top of text and Markdown articles.
// It understands the YAML subset people actually write there (`key: value`, quoted values, `[a, b]` and
// `- item` lists) and reports anything else instead of failing the whole file.

export type FrontMatterValue = string | string[];

export interface FrontMatterResult {
  /** Keys are lower-cased; an absent block gives an empty object. */
  data: Record<string, FrontMatterValue>;
  /** The text after the block (the whole text when there is no block). */
  body: string;
  /** Number of lines the block took, so body line numbers can be reported against the file. */
  lineOffset: number;
  problems: string[];
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w -]*?)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/;
const LIST_ITEM = /^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$/;
// A front-matter block longer than this is almost certainly a body that happens to start with `---`.
const MAX_BLOCK_LINES = 200;

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2) {
    const first = value[0];
    const last = value[value.length - 1];
    if ((first === '"' || first === "'") && last === first) {
      const inner = value.slice(1, -1);
      return first === '"' ? inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\') : inner.replace(/''/g, "'");
    }
  }
  return value;
}

function parseInlineList(raw: string): string[] | null {
  const value = raw.trim();
  if (!value.startsWith('[') || !value.endsWith(']')) return null;
  return value
    .slice(1, -1)
    .split(',')
    .map(unquote)
    .filter((item) => item.length > 0);
}

function stripComment(raw: string): string {
  // A `#` starts a comment only after whitespace, so `#hashtag` values and URLs with fragments survive.
  const match = /(^|[ \t])#/.exec(raw);
  if (match === null) return raw;
  const before = raw.slice(0, match.index);
  // Inside quotes a `#` is literal.
  const quotes = (before.match(/"/g) ?? []).length + (before.match(/'/g) ?? []).length;
  return quotes % 2 === 0 ? before : raw;
}

/** Splits a leading `---` … `---` block from the text and reads its keys. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const empty = { data: {}, body: text, lineOffset: 0, problems: [] };
  if (!text.startsWith('---')) return empty;
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || !FENCE.test(text.slice(0, firstBreak).replace(/\r$/, ''))) return empty;

  const lines: string[] = [];
  let position = firstBreak + 1;
  let closedAt = -1;
  while (position <= text.length && lines.length <= MAX_BLOCK_LINES) {
    const next = text.indexOf('\n', position);
    const end = next === -1 ? text.length : next;
    const line = text.slice(position, end).replace(/\r$/, '');
    if (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) {
      closedAt = next === -1 ? text.length : next + 1;
      break;
    }
    lines.push(line);
    if (next === -1) break;
    position = next + 1;
  }
  if (closedAt === -1) {
    return { ...empty, problems: ['front matter: no closing "---" line; read the file without it'] };
  }

  const data: Record<string, FrontMatterValue> = {};
  const problems: string[] = [];
  let listKey: string | null = null;
  lines.forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const item = LIST_ITEM.exec(line);
    if (item !== null && listKey !== null) {
      const existing = data[listKey];
      const list = Array.isArray(existing) ? existing : [];
      const value = unquote(stripComment(item[1] ?? item[2] ?? ''));
      if (value !== '') list.push(value);
      data[listKey] = list;
      return;
    }
    const pair = KEY_VALUE.exec(line);
    if (pair === null) {
      problems.push(
        `front matter line ${lineNumber}: expected "key: value", got "${line.trim().slice(0, 60)}"`,
      );
      listKey = null;
      return;
    }
    const key = (pair[1] ?? '').trim().toLowerCase();
    const rawValue = stripComment(pair[2] ?? '').trim();
    if (rawValue === '') {
      // An empty value may open a `- item` list on the following lines.
      listKey = key;
      data[key] = [];
      return;
    }
    listKey = null;
    data[key] = parseInlineList(rawValue) ?? unquote(rawValue);
  });
  if (Object.keys(data).length === 0 && lines.some((line) => line.trim() !== '')) {
    // Nothing readable between the fences: this is text that starts with a rule, not front matter.
    return { ...empty, problems: ['front matter: no "key: value" lines; read the block as text'] };
  }
  return { data, body: text.slice(closedAt), lineOffset: lines.length + 2, problems };
}
