// The parsed-article shape every format produces, and the one place where metadata and raw paragraphs
// become a ParsedArticle: cleaning, standfirst, canonical text and id are decided here for all formats.

import {
  buildArticleId,
  cleanAuthor,
  cleanLine,
  cleanTags,
  cleanUrl,
  normalisePublished,
} from './article-fields.js';
import {
  cleanParagraphs,
  collapseSpaces,
  deriveTitle,
  splitStandfirst,
  toComparable,
} from './article-text.js';
import { repairMojibake } from './mojibake.js';

export interface ParsedArticle {
  /** Short stable id: from the normalised URL when there is one, else from headline and text. */
  id: string;
  title: string;
  /** The summary paragraph under the headline, when the article has one; not repeated in `paragraphs`. */
  standfirst: string | null;
  paragraphs: string[];
  /** Canonical text: the standfirst (if any) and the paragraphs joined by blank lines; no headline. */
  text: string;
  url: string | null;
  source: string | null;
  /** ISO 8601 (UTC) or null when the article does not say; the loader falls back to the file's mtime. */
  published: string | null;
  author: string | null;
  tags: string[];
  /** The language the article declares (front matter or JSON `lang`), an ISO 639 code; null when it does not. */
  language: string | null;
}

export interface ParseResult {
  articles: ParsedArticle[];
  /** Human-readable reasons, without the file name (the caller adds it), e.g. `line 3: malformed JSON (…)`. */
  problems: string[];
}

export interface ArticleMeta {
  title: string | null;
  standfirst: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  author: string | null;
  tags: string[];
  language: string | null;
}

export const EMPTY_META: ArticleMeta = {
  title: null,
  standfirst: null,
  url: null,
  source: null,
  published: null,
  author: null,
  tags: [],
  language: null,
};

// Field names accepted for each piece of metadata, in order of preference (front matter and JSON alike).
const FIELD_NAMES = {
  title: ['title', 'headline', 'name'],
  standfirst: ['standfirst', 'dek', 'subtitle', 'subheadline', 'subhead'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'permalink'],
  source: ['source', 'site', 'site_name', 'sitename', 'publisher', 'outlet', 'feed'],
  published: [
    'published',
    'date',
    'published_at',
    'publishedat',
    'published_time',
    'datepublished',
    'pubdate',
    'time',
  ],
  author: ['author', 'authors', 'byline', 'creator'],
  tags: ['tags', 'keywords', 'categories', 'topics', 'tag', 'category'],
  language: ['lang', 'language', 'inlanguage', 'locale'],
} as const;
/** "de", "pt-BR", "zh_Hans", "deu": the language part, lower case. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

function pick(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Reads metadata from a front-matter block or a JSON record (keys compared case-insensitively). Values it
 * cannot use are dropped, each with a problem prefixed by `label` (e.g. "record 2: ").
 */
export function readArticleMeta(
  input: Record<string, unknown>,
  label: string,
  problems: string[],
): ArticleMeta {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) record[key.toLowerCase()] = value;

  const rawUrl = pick(record, FIELD_NAMES.url);
  const url = cleanUrl(rawUrl);
  if (rawUrl !== undefined && url === null)
    problems.push(`${label}url "${describe(rawUrl)}" is not an http(s) URL; ignored`);
  const rawPublished = pick(record, FIELD_NAMES.published);
  const published = normalisePublished(rawPublished);
  if (rawPublished !== undefined && published === null) {
    problems.push(`${label}published date "${describe(rawPublished)}" not understood; left empty`);
  }
  const rawSource = pick(record, FIELD_NAMES.source);
  const source =
    typeof rawSource === 'object' && rawSource !== null && 'name' in rawSource
      ? cleanLine((rawSource as { name: unknown }).name)
      : cleanLine(rawSource);
  const rawLanguage = pick(record, FIELD_NAMES.language);
  const languageTag = typeof rawLanguage === 'string' ? LANGUAGE_TAG.exec(rawLanguage.trim()) : null;
  if (rawLanguage !== undefined && languageTag === null)
    problems.push(`${label}lang "${describe(rawLanguage)}" is not a language code such as "de"; ignored`);
  return {
    title: cleanLine(pick(record, FIELD_NAMES.title)),
    standfirst: cleanLine(pick(record, FIELD_NAMES.standfirst)),
    url,
    source,
    published,
    author: cleanAuthor(pick(record, FIELD_NAMES.author)),
    tags: cleanTags(pick(record, FIELD_NAMES.tags)),
    language: languageTag?.[1]?.toLowerCase() ?? null,
  };
}

/**
 * The pieces joined by blank lines, always as a new flat string. A join of one piece is the piece itself,
 * often a slice of the file: V8 keeps such a string in another form than a joined one, and the optimised
 * analysis code, specialised to the forms it has met, is thrown away and compiled again the first time an
 * article brings a new one (about 300 of the corpus's 3,813 articles are one paragraph). Joining the lone
 * piece's first code unit to the rest makes the same kind of string a join of two paragraphs does.
 */
function joinPieces(pieces: readonly string[]): string {
  const only = pieces.length === 1 ? pieces[0]! : '';
  if (only.length < 2) return pieces.join('\n\n');
  return [only.slice(0, 1), only.slice(1)].join('');
}

/** Headline, standfirst and author with UTF-8 misread as Windows-1252 put right (see mojibake.ts). */
function repairMeta(meta: ArticleMeta): ArticleMeta {
  const fix = (value: string | null): string | null => (value === null ? null : repairMojibake(value));
  return { ...meta, title: fix(meta.title), standfirst: fix(meta.standfirst), author: fix(meta.author) };
}

/**
 * Builds the article from its metadata and raw paragraphs, or returns null when no text is left once
 * boilerplate and repeated headlines are gone.
 */
export function assembleArticle(rawMeta: ArticleMeta, rawLines: readonly string[]): ParsedArticle | null {
  const meta = repairMeta(rawMeta);
  const rawParagraphs = rawLines.map(repairMojibake);
  const cleaned = cleanParagraphs(rawParagraphs, meta.title);
  let standfirst: string | null = null;
  let paragraphs = cleaned.paragraphs;
  if (meta.standfirst !== null) {
    standfirst = collapseSpaces(meta.standfirst);
    const key = toComparable(standfirst);
    paragraphs = paragraphs.filter((paragraph) => toComparable(paragraph) !== key);
  } else {
    ({ standfirst, paragraphs } = splitStandfirst(paragraphs));
  }
  if (paragraphs.length === 0 && standfirst === null) return null;
  const text = joinPieces(standfirst === null ? paragraphs : [standfirst, ...paragraphs]);
  const title = meta.title ?? deriveTitle(standfirst === null ? paragraphs : [standfirst]) ?? '';
  return {
    id: buildArticleId(meta.url, title, text),
    title,
    standfirst,
    paragraphs,
    text,
    url: meta.url,
    source: meta.source,
    published: meta.published,
    author: meta.author ?? cleaned.byline,
    tags: meta.tags,
    language: meta.language,
  };
}
