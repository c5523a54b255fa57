// Replies of /digest add and /digest list.
import type { APIEmbed } from 'discord.js';
import { EMBED_FIELDS_MAX, EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX } from './limits.js';
import { createPayload, discordTime, EMBED_COLOR, type MessagePayload } from './render-kit.js';
import { escapeMarkdown, truncate } from './text.js';

export interface SubscriptionLine {
  id: number;
  name: string | null;
  channelId: string;
  words: string;
  timeZone: string;
  topic: string | null;
  nextRun: number | null;
  lastRun: { at: number; status: string; error: string | null } | null;
  pausedReason: string | null;
}

const OUTCOME: Record<string, string> = {
  sent: 'posted',
  empty: 'nothing new',
  failed: 'failed',
  sending: 'being posted',
  paused: 'not posted',
};

function describe(line: SubscriptionLine): string {
  const parts = [
    `<#${line.channelId}> · ${escapeMarkdown(line.words)} (${line.timeZone})`,
    line.topic ? `Topic: ${escapeMarkdown(line.topic)}` : 'Topic: everything',
    line.pausedReason ? `**paused: ${escapeMarkdown(line.pausedReason)}**` : null,
    line.nextRun !== null ? `Next: ${discordTime(line.nextRun, 'f')} (${discordTime(line.nextRun)})` : null,
    line.lastRun
      ? `Last: ${discordTime(line.lastRun.at, 'f')}, ${OUTCOME[line.lastRun.status] ?? line.lastRun.status}` +
        (line.lastRun.error && line.lastRun.status !== 'paused' ? ` (${escapeMarkdown(line.lastRun.error)})` : '')
      : 'Last: none yet',
  ];
  return truncate(parts.filter(Boolean).join('\n'), EMBED_FIELD_VALUE_MAX);
}

export function subscriptionTitle(id: number, name: string | null): string {
  return truncate(`#${id} ${name ?? 'digest'}`, EMBED_FIELD_NAME_MAX);
}

export function renderSubscriptionList(lines: SubscriptionLine[]): MessagePayload {
  const shown = lines.slice(0, EMBED_FIELDS_MAX);
  const embed: APIEmbed = {
    title: 'Digests in this server',
    color: EMBED_COLOR,
    fields: shown.map((line) => ({ name: subscriptionTitle(line.id, line.name), value: describe(line) })),
  };
  if (lines.length === 0) embed.description = 'None yet. Add one with /digest add.';
  if (lines.length > shown.length) embed.footer = { text: `${lines.length - shown.length} more not shown` };
  return createPayload([embed]);
}

export function renderSubscriptionAdded(line: SubscriptionLine): MessagePayload {
  const first =
    line.nextRun === null
      ? 'It has no future run.'
      : `The first digest comes ${discordTime(line.nextRun, 'F')} (${discordTime(line.nextRun)}), ` +
        `${new Date(line.nextRun).toLocaleString('en-GB', { timeZone: line.timeZone, dateStyle: 'medium', timeStyle: 'short' })} ${line.timeZone}.`;
  return createPayload([
    {
      title: `Digest #${line.id} added`,
      color: EMBED_COLOR,
      description: truncate(`${describe({ ...line, lastRun: null })}\n\n${first}`, 4000),
    },
  ]);
}
