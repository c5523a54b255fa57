// A live post: the headline linked, source and time, Herald's one- or two-sentence summary, the strongest
// quote with its speaker, the image as a thumbnail, and the other outlets that reported the story. Three
// formats: full (an embed), compact (one line) and text (plain content). Every Discord limit is kept, all
// article text is escaped, and allowed_mentions pings nobody — except exactly the subscription's role.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { CONTENT_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELD_VALUE_MAX, EMBED_TITLE_MAX } from './limits.js';
import {
  createPayload,
  EMBED_COLOR,
  enforceLimits,
  formatQuote,
  metaLine,
  remainingTotal,
  toLinkUrl,
  type MessagePayload,
} from './render-kit.js';
import { collapseWhitespace, escapeMarkdown, fitText, truncate } from './text.js';

export type PostFormat = 'full' | 'compact' | 'text';

export interface OutletView {
  source: string | null;
  url: string | null;
}

export interface PostView {
  title: string;
  url: string | null;
  source: string | null;
  published: number | null;
  summary: readonly string[];
  quote: { text: string; speaker: string | null; role: string | null } | null;
  imageUrl: string | null;
  /** Other outlets' reports of the same story, oldest first. */
  others: readonly OutletView[];
}

/** The body of a channel message as the REST API takes it. */
export interface PostMessage {
  content: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: []; roles?: [string] };
}

const ALSO_LABEL = 'Also reported by';
const SNOWFLAKE = /^\d{17,20}$/;

/** "[Outlet](link)" for each other report, as many as fit in `max`, then "and N more". */
export function formatOutlets(others: readonly OutletView[], max: number): string {
  const names = others.map((o) => {
    const name = escapeMarkdown(collapseWhitespace(o.source ?? '')) || 'another outlet';
    const href = toLinkUrl(o.url);
    return href ? `[${truncate(name, 80)}](<${href}>)` : truncate(name, 80);
  });
  let out = '';
  for (const [i, name] of names.entries()) {
    const rest = names.length - i - 1;
    const next = out === '' ? name : `${out}, ${name}`;
    const tail = rest > 0 ? `, and ${rest} more` : '';
    if (next.length + tail.length > max)
      return out === ''
        ? truncate(`${names.length} other outlets`, max)
        : `${out}, and ${names.length - i} more`;
    out = next;
  }
  return out;
}

function mentionsFor(roleId: string | null): PostMessage['allowed_mentions'] {
  return roleId !== null && SNOWFLAKE.test(roleId) ? { parse: [], roles: [roleId] } : { parse: [] };
}

function pingPrefix(roleId: string | null): string {
  return roleId !== null && SNOWFLAKE.test(roleId) ? `<@&${roleId}> ` : '';
}

function renderFull(view: PostView): APIEmbed {
  const title = fitText(view.title, EMBED_TITLE_MAX) || 'Untitled';
  const fields: APIEmbedField[] = [];
  if (view.quote !== null)
    fields.push({ name: 'Quote', value: formatQuote(view.quote, EMBED_FIELD_VALUE_MAX) });
  if (view.others.length > 0)
    fields.push({ name: ALSO_LABEL, value: formatOutlets(view.others, EMBED_FIELD_VALUE_MAX) });
  const meta = metaLine(view.source, view.published);
  const fixed = title.length + meta.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const room = Math.min(EMBED_DESCRIPTION_MAX - meta.length - 2, remainingTotal(fixed + 2));
  const summary = fitText(view.summary.join(' '), Math.max(0, room));
  const description = [meta, summary].filter((part) => part !== '').join('\n\n');
  const embed: APIEmbed = { title, color: EMBED_COLOR, fields };
  if (description !== '') embed.description = description;
  const href = toLinkUrl(view.url);
  if (href !== null) embed.url = href;
  if (view.published !== null) embed.timestamp = new Date(view.published).toISOString();
  const image = toLinkUrl(view.imageUrl);
  if (image !== null) embed.thumbnail = { url: image };
  return embed;
}

/** Plain lines; a link in <…> shows no preview, so a text post stays one block. */
function linkLine(view: PostView, max: number): string {
  const href = toLinkUrl(view.url);
  const text = escapeMarkdown(collapseWhitespace(view.title)) || 'Untitled';
  if (href === null || href.length + 8 > max) return `**${truncate(text, max - 4)}**`;
  return `**[${truncate(text, max - href.length - 8)}](<${href}>)**`;
}

function renderCompact(view: PostView, prefix: string): string {
  const source = view.source ? ` · ${fitText(view.source, 100)}` : '';
  const also = view.others.length > 0 ? ` · also ${formatOutlets(view.others, 300)}` : '';
  const room = CONTENT_MAX - prefix.length - source.length - also.length;
  return `${prefix}${linkLine(view, room)}${source}${also}`;
}

function renderText(view: PostView, prefix: string): string {
  const lines = [linkLine(view, 600)];
  const meta = truncate(metaLine(view.source, view.published), 200);
  if (meta !== '') lines.push(meta);
  const also = view.others.length > 0 ? `${ALSO_LABEL}: ${formatOutlets(view.others, 500)}` : '';
  const quote = view.quote === null ? '' : formatQuote(view.quote, 500).replace(/^/gm, '> ');
  const fixed = prefix.length + lines.join('\n').length + also.length + quote.length + 4;
  const summary = fitText(view.summary.join(' '), Math.max(0, CONTENT_MAX - fixed));
  if (summary !== '') lines.push(summary);
  if (quote !== '') lines.push(quote);
  if (also !== '') lines.push(also);
  return truncate(`${prefix}${lines.join('\n')}`, CONTENT_MAX);
}

/** The message for a post (or the edit of one after another outlet reported the story). */
export function renderPost(
  view: PostView,
  options: { format: PostFormat; roleId: string | null },
): PostMessage {
  const prefix = pingPrefix(options.roleId);
  const allowed_mentions = mentionsFor(options.roleId);
  if (options.format === 'compact')
    return { content: renderCompact(view, prefix), embeds: [], allowed_mentions };
  if (options.format === 'text') return { content: renderText(view, prefix), embeds: [], allowed_mentions };
  const { embeds } = enforceLimits({
    embeds: [renderFull(view)],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
  });
  return { content: prefix.trim(), embeds, allowed_mentions };
}

/** The one line after a catch-up: how many more stories arrived while Herald was away. */
export function renderCatchUpLine(more: number): PostMessage {
  const stories = more === 1 ? 'story' : 'stories';
  return {
    content: `…and ${more} more ${stories} arrived while Herald was away. /latest shows them.`,
    embeds: [],
    allowed_mentions: { parse: [] },
  };
}

/** Said once in each channel a feed posts to when the poller pauses the feed (gone, closed, failing). */
export function renderFeedPausedLine(
  feed: { id: number; title: string | null },
  reason: string | null,
): PostMessage {
  const name = feed.title ? ` (${truncate(escapeMarkdown(collapseWhitespace(feed.title)), 100)})` : '';
  const why = reason ? `: ${truncate(escapeMarkdown(collapseWhitespace(reason)), 300)}` : '';
  return {
    content: `Feed #${feed.id}${name} is paused${why}. Herald no longer checks it, so its stories stop here; \`/feed resume ${feed.id}\` starts it again.`,
    embeds: [],
    allowed_mentions: { parse: [] },
  };
}

/** The same post as an ephemeral preview (/feed test): nobody is pinged, whatever the subscription says. */
export function toPreviewPayload(message: PostMessage): MessagePayload {
  return createPayload(message.embeds, [], message.content === '' ? undefined : message.content);
}
