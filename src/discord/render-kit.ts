// Building blocks the renderers share: the payload shape, links and times, and the budget arithmetic that keeps
// a message inside Discord's per-field and per-message limits.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageFlags } from 'discord.js';
import {
  CONTENT_MAX,
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_TEXT_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_CHARS_MAX,
} from './limits.js';
import { ELLIPSIS, escapeMarkdown, collapseWhitespace, fitText, truncate } from './text.js';
import type { QuoteView } from '../operations/views.js';

/** Allowed mentions on every message we send: nobody is pinged, whatever the text says. */
export interface NoMentions {
  parse: [];
  repliedUser: false;
}

/** A message we send: assignable to discord.js reply, edit, update, follow-up and channel.send options. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  /** Always present, so an update or edit also replaces (or clears) the buttons of the message it edits. */
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: NoMentions;
}

/** A reply that may be ephemeral (flags are accepted only on an interaction's first reply and follow-ups). */
export interface ReplyPayload extends MessagePayload {
  flags?: MessageFlags.Ephemeral;
}

export const EMBED_COLOR = 0x3b6ea5;
// Room kept under the 6,000 total so rounding in the shares below can never tip a message over it.
const TOTAL_SLACK = 16;

export function createPayload(
  embeds: APIEmbed[],
  components: APIActionRowComponent<APIButtonComponent>[] = [],
  content?: string,
): MessagePayload {
  const payload: MessagePayload = { embeds, components, allowedMentions: { parse: [], repliedUser: false } };
  if (content !== undefined) payload.content = truncate(content, CONTENT_MAX);
  return enforceLimits(payload);
}

/** An http(s) URL made safe inside a markdown link `(…)`, or null for anything else. */
export function toLinkUrl(url: string | null): string | null {
  if (url === null) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  return trimmed.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The escaped headline, as a markdown link when there is a usable URL, within `max` characters. */
export function linkHeadline(title: string, url: string | null, max: number): string {
  const text = escapeMarkdown(collapseWhitespace(title)) || 'Untitled';
  const href = toLinkUrl(url);
  // A link whose URL would eat most of the room is worth less than the words of the headline.
  if (href === null || href.length + 4 + Math.min(text.length, 20) > max) return truncate(text, max);
  return `[${truncate(text, max - href.length - 4)}](${href})`;
}

/** A Discord timestamp, shown in each reader's own zone: relative ("3 hours ago") by default. */
export function discordTime(ms: number, style: 'R' | 'f' | 'F' | 'd' | 't' = 'R'): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** "Source · 3 hours ago", or whichever part is known, or "" for neither. */
export function metaLine(source: string | null, published: number | null): string {
  const parts: string[] = [];
  if (source !== null && source.trim() !== '') parts.push(escapeMarkdown(collapseWhitespace(source)));
  if (published !== null) parts.push(discordTime(published));
  return parts.join(' · ');
}

/** “Quoted words” then, on the next line, — **Speaker**, role: the speaker always right after the quote. */
export function formatQuote(quote: Pick<QuoteView, 'text' | 'speaker' | 'role'>, max: number): string {
  const speaker = quote.speaker === null ? 'unattributed' : `**${fitText(quote.speaker, 100)}**`;
  const role = quote.role === null ? '' : `, ${fitText(quote.role, 150)}`;
  const full = `— ${speaker}${role}`;
  const whole = `“${fitText(quote.text, EMBED_FIELD_VALUE_MAX)}”\n${full}`;
  if (whole.length <= max) return whole;
  // Short of room, the attribution may take at most half, and the quote is cut, not the speaker.
  const attribution = truncate(full, Math.max(1, Math.floor(max / 2)));
  const words = fitText(quote.text, Math.max(1, max - attribution.length - 3));
  return truncate(`“${words}”\n${attribution}`, max);
}

/** The characters Discord counts toward the 6,000 of one message. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

export function totalEmbedLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/**
 * Splits `total` characters among pieces that want `wants[i]` each: nobody gets more than they want, and what
 * the short ones leave over goes to the long ones (water-filling). The shares never sum past `total`.
 */
export function shareBudget(wants: readonly number[], total: number): number[] {
  const shares: number[] = wants.map(() => 0);
  const order = wants.map((want, i) => ({ want: Math.max(0, want), i })).sort((a, b) => a.want - b.want);
  let left = Math.max(0, total);
  order.forEach(({ want, i }, k) => {
    const fair = Math.floor(left / (order.length - k));
    const share = Math.min(want, fair);
    shares[i] = share;
    left -= share;
  });
  return shares;
}

/** What the embeds of a message may still use once `fixed` characters are spoken for. */
export function remainingTotal(fixed: number): number {
  return Math.max(0, EMBEDS_TOTAL_CHARS_MAX - TOTAL_SLACK - fixed);
}

/**
 * The last line of defence: clamps every embed part to its own limit, then drops fields and embeds from the end
 * until the message is within the total. The renderers budget so this rarely has anything to do.
 */
export function enforceLimits<T extends MessagePayload>(payload: T): T {
  let embeds = payload.embeds.slice(0, EMBEDS_PER_MESSAGE_MAX).map(clampEmbed);
  while (totalEmbedLength(embeds) > EMBEDS_TOTAL_CHARS_MAX && embeds.length > 0) {
    const last = embeds[embeds.length - 1] as APIEmbed;
    if (last.fields !== undefined && last.fields.length > 0) {
      embeds = [...embeds.slice(0, -1), { ...last, fields: last.fields.slice(0, -1) }];
    } else if (embeds.length > 1) {
      embeds = embeds.slice(0, -1);
    } else {
      const over = totalEmbedLength(embeds) - EMBEDS_TOTAL_CHARS_MAX;
      const description = last.description ?? '';
      embeds = [{ ...last, description: truncate(description, Math.max(1, description.length - over)) }];
      if (totalEmbedLength(embeds) > EMBEDS_TOTAL_CHARS_MAX) embeds = [{ title: ELLIPSIS }];
    }
  }
  return { ...payload, embeds };
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, EMBED_TITLE_MAX);
  if (out.description !== undefined) out.description = truncate(out.description, EMBED_DESCRIPTION_MAX);
  if (out.footer !== undefined)
    out.footer = { ...out.footer, text: truncate(out.footer.text, EMBED_FOOTER_TEXT_MAX) };
  if (out.author !== undefined)
    out.author = { ...out.author, name: truncate(out.author.name, EMBED_AUTHOR_NAME_MAX) };
  if (out.fields !== undefined) {
    out.fields = out.fields.slice(0, EMBED_FIELDS_MAX).map((field) => ({
      ...field,
      name: truncate(field.name, EMBED_FIELD_NAME_MAX) || ELLIPSIS,
      value: truncate(field.value, EMBED_FIELD_VALUE_MAX) || ELLIPSIS,
    }));
  }
  return out;
}
