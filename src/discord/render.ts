// Pure functions from view models to message payloads. Every payload holds every Discord limit (limits.ts),
// escapes article text, and pings nobody. Budgets are split up front so cuts land on sentence or word
// boundaries of the text itself, never inside a link or a bold marker.
import { MessageFlags, type APIEmbed, type APIEmbedField } from 'discord.js';
import {
  AUTOCOMPLETE_CHOICE_NAME_MAX,
  AUTOCOMPLETE_CHOICE_VALUE_MAX,
  AUTOCOMPLETE_CHOICES_MAX,
  CONTENT_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_PER_MESSAGE_MAX,
} from './limits.js';
import {
  EMBED_COLOR,
  createPayload,
  discordTime,
  formatQuote,
  linkHeadline,
  metaLine,
  remainingTotal,
  shareBudget,
  toLinkUrl,
  type MessagePayload,
  type ReplyPayload,
} from './render-kit.js';
import { isNotice, renderNoticeText, untrustedNotice, type Notice } from './notice.js';
import { collapseWhitespace, escapeMarkdown, fitText, truncate } from './text.js';
import type {
  ArticleView,
  AutocompleteChoice,
  LatestView,
  OtherSourceView,
  QuoteView,
  StatsView,
} from '../operations/views.js';
import { QUOTES_LIMIT } from '../operations/quotes.js';

export {
  encodeSearchButton,
  decodeSearchButton,
  renderSearch,
  SEARCH_BUTTON_PREFIX,
} from './render-search.js';
export { renderDigest } from './render-digest.js';
export { formatQuote } from './render-kit.js';
export type { MessagePayload, ReplyPayload } from './render-kit.js';

/** More quotes than this make a wall of text; the footer says how many were left out. */
export const QUOTES_SHOWN_MAX = QUOTES_LIMIT;
const KEYWORDS_MAX = 300;
const QUOTE_NAME_MAX = 120;

/** Other outlets named on a /latest line; the rest are counted. */
const LATEST_OTHERS_SHOWN = 3;
const LATEST_OTHER_MAX = 80;

/**
 * One embed per story: the headline (linked), source and time, one summary sentence, and the story's
 * other sources ("Also: Courier, Gazette"), each linked to its own article.
 */
export function renderLatest(articles: readonly LatestView[], topic: string | null): MessagePayload {
  const heading =
    topic === null ? '**Latest news**' : `**Latest on “${escapeMarkdown(collapseWhitespace(topic))}”**`;
  if (articles.length === 0) {
    const none =
      topic === null
        ? 'No articles stored yet.'
        : `No articles match “${escapeMarkdown(collapseWhitespace(topic))}”.`;
    return createPayload([{ description: none, color: EMBED_COLOR }], [], truncate(heading, CONTENT_MAX));
  }
  const shown = articles.slice(0, EMBEDS_PER_MESSAGE_MAX);
  const titles = shown.map((a) => fitText(a.title, EMBED_TITLE_MAX) || 'Untitled');
  const metas = shown.map((a) => metaLine(a.source, a.published));
  const alsos = shown.map((a) => alsoLine(a.others ?? []));
  const sentences = shown.map((a) => collapseWhitespace(a.summary[0] ?? ''));
  const fixed = titles.reduce(
    (n, t, i) => n + t.length + (metas[i] ?? '').length + (alsos[i] ?? '').length + 2,
    0,
  );
  const shares = shareBudget(
    sentences.map((s) => escapeMarkdown(s).length),
    remainingTotal(fixed),
  );
  const embeds = shown.map((article, i): APIEmbed => {
    const summary = fitText(sentences[i] ?? '', shares[i] ?? 0);
    const description = [metas[i], summary, alsos[i]]
      .filter((line) => line !== undefined && line !== '')
      .join('\n');
    return withUrl(
      { title: titles[i] ?? 'Untitled', color: EMBED_COLOR, ...(description ? { description } : {}) },
      article.url,
      article.published,
    );
  });
  return createPayload(embeds, [], truncate(heading, CONTENT_MAX));
}

/** The headline (linked), source and time, the summary, the strongest quote with its speaker, and keywords. */
export function renderSummary(article: ArticleView): MessagePayload {
  const title = fitText(article.title, EMBED_TITLE_MAX) || 'Untitled';
  const fields: APIEmbedField[] = [];
  if (article.quote !== null)
    fields.push({ name: 'Quote', value: formatQuote(article.quote, EMBED_FIELD_VALUE_MAX) });
  if (article.keywords.length > 0)
    fields.push({ name: 'Keywords', value: formatKeywords(article.keywords, KEYWORDS_MAX) });
  const footer = { text: `Article ${truncate(collapseWhitespace(article.id), 100)}` };
  const meta = metaLine(article.source, article.published);
  const fixed =
    title.length +
    footer.text.length +
    meta.length +
    fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const room = Math.min(EMBED_DESCRIPTION_MAX - meta.length - 2, remainingTotal(fixed + 2));
  const summary = fitText(article.summary.join(' '), Math.max(0, room)) || '_No summary available._';
  const description = meta === '' ? summary : `${meta}\n\n${summary}`;
  const embed = withUrl(
    { title, description, fields, footer, color: EMBED_COLOR },
    article.url,
    article.published,
  );
  return createPayload([embed]);
}

/** Quotes as they are given (newest first), each with its speaker and role and a link to its article. */
export function renderQuotes(quotes: readonly QuoteView[], heading: string): MessagePayload {
  const title = fitText(heading, EMBED_TITLE_MAX) || 'Quotes';
  if (quotes.length === 0)
    return createPayload([{ title, description: 'No quotes found.', color: EMBED_COLOR }]);
  const shown = quotes.slice(0, QUOTES_SHOWN_MAX);
  const footer =
    shown.length < quotes.length
      ? { text: `Showing ${shown.length} of ${quotes.length} quotes.` }
      : undefined;
  const names = shown.map((q) => fitText(q.articleTitle, QUOTE_NAME_MAX) || 'Untitled');
  const sources = shown.map((q) => sourceLine(q.url, q.published));
  const fixed = title.length + (footer?.text.length ?? 0) + names.reduce((n, name) => n + name.length, 0);
  const wants = shown.map((q, i) => {
    const source = sources[i] ?? '';
    return source === ''
      ? formatQuote(q, EMBED_FIELD_VALUE_MAX).length
      : formatQuote(q, EMBED_FIELD_VALUE_MAX - source.length - 1).length + source.length + 1;
  });
  const shares = shareBudget(wants, remainingTotal(fixed));
  const fields = shown.map((q, i): APIEmbedField => {
    const source = sources[i] ?? '';
    const share = Math.min(EMBED_FIELD_VALUE_MAX, shares[i] ?? 0);
    // The link matters more than the last words of a long quote, but not more than the quote itself.
    const withSource = source !== '' && (share >= (wants[i] ?? 0) || share - source.length - 1 >= 40);
    const body = formatQuote(q, withSource ? share - source.length - 1 : share);
    return { name: names[i] ?? 'Untitled', value: withSource ? `${body}\n${source}` : body };
  });
  const embed: APIEmbed = { title, fields, color: EMBED_COLOR };
  if (footer !== undefined) embed.footer = footer;
  return createPayload([embed]);
}

/** Feeds by health in one line: "3 ok · 1 failing · 1 paused" (see /feed list for reasons). */
function describeFeeds(feeds: StatsView['feeds']): string {
  const total = feeds.ok + feeds.failing + feeds.paused;
  if (total === 0) return 'None (add one with /feed add)';
  const parts = [`${feeds.ok} ok`];
  if (feeds.failing > 0) parts.push(`${feeds.failing} failing`);
  if (feeds.paused > 0) parts.push(`${feeds.paused} paused`);
  return `${parts.join(' · ')} — /feed list`;
}

export function renderAbout(stats: StatsView): MessagePayload {
  const newest =
    stats.newest === null
      ? 'None yet'
      : [
          fitText(stats.newest.title, 900),
          stats.newest.published === null ? '' : discordTime(stats.newest.published),
        ]
          .filter(Boolean)
          .join('\n');
  const fields: APIEmbedField[] = [
    { name: 'Articles stored', value: stats.articles.toLocaleString('en-US'), inline: true },
    { name: 'Version', value: escapeMarkdown(stats.version) || 'unknown', inline: true },
    { name: 'Newest article', value: newest },
    // The database's path is the operator's business (the CLI, the log), not every member's.
    { name: 'Database size', value: formatBytes(stats.databaseBytes), inline: true },
    { name: 'Feeds', value: describeFeeds(stats.feeds), inline: true },
  ];
  return createPayload([{ title: 'About Herald', fields, color: EMBED_COLOR }]);
}

/**
 * An error for the one who asked, ephemeral. A plain string is all escaped (it may quote their input);
 * a Notice keeps the timestamps and channel mentions Herald wrote (see notice.ts).
 */
export function renderError(message: string | Notice): ReplyPayload {
  return ephemeralNotice(isNotice(message) ? message : untrustedNotice(message), 'Something went wrong.');
}

/** A confirmation for the one who ran a command ("Digest #2 resumed. Next digest in 3 hours."), ephemeral. */
export function renderNotice(message: Notice): ReplyPayload {
  return ephemeralNotice(message, 'Done.');
}

function ephemeralNotice(message: Notice, fallback: string): ReplyPayload {
  const payload: ReplyPayload = createPayload(
    [],
    [],
    truncate(renderNoticeText(message), CONTENT_MAX) || fallback,
  );
  payload.flags = MessageFlags.Ephemeral;
  return payload;
}

/** At most 25 choices, names and string values within 100 characters (Discord rejects the whole answer otherwise). */
export function autocompleteChoices<V extends string | number>(
  items: readonly { name: string; value: V }[],
): { name: string; value: V }[] {
  return items.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((item) => ({
    name:
      truncate(collapseWhitespace(item.name), AUTOCOMPLETE_CHOICE_NAME_MAX) ||
      String(item.value).slice(0, AUTOCOMPLETE_CHOICE_NAME_MAX),
    value: (typeof item.value === 'string'
      ? Array.from(item.value)
          .slice(0, AUTOCOMPLETE_CHOICE_VALUE_MAX)
          .join('')
          .slice(0, AUTOCOMPLETE_CHOICE_VALUE_MAX)
      : item.value) as V,
  }));
}
export type { AutocompleteChoice };

function formatKeywords(keywords: readonly string[], max: number): string {
  let out = '';
  for (const keyword of keywords) {
    const next =
      out === ''
        ? escapeMarkdown(collapseWhitespace(keyword))
        : `${out} · ${escapeMarkdown(collapseWhitespace(keyword))}`;
    if (next.length > max) break;
    out = next;
  }
  return out || truncate(escapeMarkdown(collapseWhitespace(keywords[0] ?? '')), max) || '—';
}

/** "Also: [Courier](…), [Gazette](…) and 2 more", or "" for a story of one article. */
function alsoLine(others: readonly OtherSourceView[]): string {
  if (others.length === 0) return '';
  const named = others
    .slice(0, LATEST_OTHERS_SHOWN)
    .map((o) => linkHeadline(o.source?.trim() || o.title, o.url, LATEST_OTHER_MAX));
  const more = others.length - named.length;
  return `Also: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function sourceLine(url: string | null, published: number | null): string {
  const parts: string[] = [];
  if (toLinkUrl(url) !== null) parts.push(linkHeadline('Read the article', url, 500));
  if (published !== null) parts.push(discordTime(published));
  return parts.join(' · ');
}

function withUrl(embed: APIEmbed, url: string | null, published: number | null): APIEmbed {
  const href = toLinkUrl(url);
  const out: APIEmbed = href === null ? embed : { ...embed, url: href };
  return published === null ? out : { ...out, timestamp: new Date(published).toISOString() };
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
