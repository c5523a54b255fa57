// One digest as one message: a header in the content (the period and the topic), then one embed per story with
// its linked headline, a one- or two-sentence summary, the strongest quote with its speaker, and the other
// outlets' headlines. Ten stories fit (ten embeds); the 6,000-character total is shared out between them.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Digest, DigestItem, DigestSource } from '../core/digest.js';
import {
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
} from './render-kit.js';
import { ELLIPSIS, collapseWhitespace, escapeMarkdown, fitText, truncate } from './text.js';

// Two sentences read as a summary; past this length the second one makes the digest a wall of text.
const TWO_SENTENCES_MAX = 360;
const OTHER_TITLE_MAX = 120;

export function renderDigest(digest: Digest): MessagePayload {
  const items = digest.items.slice(0, EMBEDS_PER_MESSAGE_MAX);
  const titles = items.map((item) => fitText(item.lead.title, EMBED_TITLE_MAX) || 'Untitled');
  const metas = items.map((item) => metaLine(item.lead.source, item.lead.published ?? item.lead.ingestedAt));
  const otherNames = items.map((item) => othersHeading(item.others.length));
  const summaries = items.map((item) => chooseSummary(item));

  // Every elastic piece of every story asks for what it would use uncut; the total is shared out among them.
  const wants = items.flatMap((item, i) => [
    Math.min(EMBED_DESCRIPTION_MAX, escapeMarkdown(summaries[i] ?? '').length),
    item.lead.quote === null ? 0 : formatQuote(item.lead.quote, EMBED_FIELD_VALUE_MAX).length,
    item.others.length === 0 ? 0 : formatOthers(item.others, EMBED_FIELD_VALUE_MAX).length,
  ]);
  const fixed = items.reduce(
    (n, item, i) =>
      n +
      (titles[i] ?? '').length +
      (metas[i] ?? '').length +
      2 +
      (item.lead.quote ? 5 : 0) +
      (otherNames[i] ?? '').length,
    0,
  );
  const shares = shareBudget(wants, remainingTotal(fixed));

  const embeds = items.map((item, i): APIEmbed => {
    const [summaryShare = 0, quoteShare = 0, othersShare = 0] = shares.slice(i * 3, i * 3 + 3);
    const summary = fitText(summaries[i] ?? '', summaryShare);
    const description = [metas[i], summary].filter((line) => line !== undefined && line !== '').join('\n');
    const fields: APIEmbedField[] = [];
    if (item.lead.quote !== null && quoteShare > 0)
      fields.push({ name: 'Quote', value: formatQuote(item.lead.quote, quoteShare) });
    if (item.others.length > 0 && othersShare > 0)
      fields.push({ name: otherNames[i] ?? ELLIPSIS, value: formatOthers(item.others, othersShare) });
    const embed: APIEmbed = { title: titles[i] ?? 'Untitled', color: EMBED_COLOR };
    const href = toLinkUrl(item.lead.url);
    if (href !== null) embed.url = href;
    if (description !== '') embed.description = description;
    if (fields.length > 0) embed.fields = fields;
    return embed;
  });
  return createPayload(embeds, [], truncate(describePeriod(digest, items.length), CONTENT_MAX));
}

/** "**News digest: “climate”**" then the period, in each reader's own zone, and how much is shown. */
function describePeriod(digest: Digest, shown: number): string {
  const topic = digest.topic === null ? '' : `: “${fitText(digest.topic, 200)}”`;
  const stories = Math.max(digest.totalStories, digest.items.length);
  const count =
    shown < stories
      ? `top ${shown} of ${stories} stories`
      : `${stories} ${stories === 1 ? 'story' : 'stories'}`;
  const articles = `${digest.totalArticles} new ${digest.totalArticles === 1 ? 'article' : 'articles'}`;
  return `**News digest${topic}**\n${discordTime(digest.periodStart, 'f')} – ${discordTime(digest.periodEnd, 'f')} · ${articles}, ${count}`;
}

function chooseSummary(item: DigestItem): string {
  const [first = '', second] = item.lead.summary.map(collapseWhitespace).filter((s) => s !== '');
  if (second !== undefined && first.length + second.length + 1 <= TWO_SENTENCES_MAX)
    return `${first} ${second}`;
  return first;
}

function othersHeading(count: number): string {
  return count === 1 ? '+1 more source' : `+${count} more sources`;
}

/**
 * One line per other article, linked when it has a URL, with its outlet; what does not fit becomes
 * "…and N more". Never empty (a field value must not be).
 */
function formatOthers(others: readonly DigestSource[], max: number): string {
  const lines: string[] = [];
  let length = 0;
  for (const [index, other] of others.entries()) {
    const source =
      other.source !== null && other.source.trim() !== '' ? ` — ${fitText(other.source, 60)}` : '';
    const line = `• ${linkHeadline(other.title, other.url, OTHER_TITLE_MAX + (toLinkUrl(other.url)?.length ?? 0) + 4)}${source}`;
    const left = others.length - index - 1;
    const tail = left > 0 ? `\n…and ${left} more`.length : 0;
    if (length + (lines.length > 0 ? 1 : 0) + line.length + tail > max) break;
    lines.push(line);
    length += (lines.length > 1 ? 1 : 0) + line.length;
  }
  const missing = others.length - lines.length;
  if (lines.length === 0) {
    // Not even one linked line fits: name the first headline, unlinked and shortened, and count the rest.
    const tail = others.length > 1 ? `\n…and ${others.length - 1} more` : '';
    const room = max - tail.length - 2;
    const first = others[0]?.title ?? '';
    if (room >= 12) return `• ${fitText(first, room)}${tail}`;
    return truncate(escapeMarkdown(collapseWhitespace(first)), max) || ELLIPSIS;
  }
  return missing > 0 ? `${lines.join('\n')}\n…and ${missing} more` : lines.join('\n');
}
