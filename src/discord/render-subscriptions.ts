// Replies of /digest add and /digest list.
import type { APIEmbed } from 'discord.js';
import { EMBED_FIELDS_MAX, EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX, EMBED_TITLE_MAX } from './limits.js';
import { createPayload, discordTime, EMBED_COLOR, type MessagePayload } from './render-kit.js';
import { escapeMarkdown, truncate } from './text.js';
import { canonicalTimeZone } from '../core/schedule/index.js';
import type { SubscriptionStatus } from '../digests/service.js';
import { describePause } from './words.js';

export interface SubscriptionLine {
  id: number;
  name: string | null;
  channelId: string;
  words: string;
  timeZone: string;
  topic: string | null;
  nextRun: number | null;
  lastRun: { at: number; status: string; error: string | null } | null;
  /** Why it is paused, as a phrase ("paused by alice", "paused: the channel no longer exists"), or null. */
  paused: string | null;
}

/** A digest's state as /digest list and add show it. */
export function toLine(status: SubscriptionStatus): SubscriptionLine {
  const { subscription: s, last } = status;
  return {
    id: s.id,
    name: s.name,
    channelId: s.channelId,
    words: status.words,
    // Digests added before zone names were kept may hold a deprecated name ("Asia/Calcutta").
    timeZone: canonicalTimeZone(s.timeZone) ?? s.timeZone,
    topic: s.topic,
    nextRun: status.nextRun?.getTime() ?? null,
    lastRun: last ? { at: last.slot, status: last.status, error: last.error } : null,
    paused: s.pausedReason ? describePause(s.pausedReason) : null,
  };
}

const OUTCOME: Record<string, string> = {
  sent: 'posted',
  empty: 'nothing new',
  failed: 'failed',
  sending: 'being posted',
  paused: 'not posted',
};

/** Where, when and what: the channel, the schedule in words with its zone, the topic. */
function describeTarget(line: SubscriptionLine): string[] {
  return [
    `<#${line.channelId}> · ${escapeMarkdown(line.words)} (${escapeMarkdown(line.timeZone)})`,
    line.topic ? `Topic: ${escapeMarkdown(line.topic)}` : 'Topic: everything',
  ];
}

function describe(line: SubscriptionLine): string {
  const parts = [
    ...describeTarget(line),
    line.paused ? `**${escapeMarkdown(capitalize(line.paused))}**` : null,
    line.nextRun !== null ? `Next: ${discordTime(line.nextRun, 'f')} (${discordTime(line.nextRun)})` : null,
    line.lastRun
      ? `Last: ${discordTime(line.lastRun.at, 'f')}, ${OUTCOME[line.lastRun.status] ?? line.lastRun.status}` +
        (line.lastRun.error && line.lastRun.status !== 'paused'
          ? ` (${escapeMarkdown(line.lastRun.error)})`
          : '')
      : 'Last: none yet',
  ];
  return truncate(parts.filter(Boolean).join('\n'), EMBED_FIELD_VALUE_MAX);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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

/** The new digest: where, when and what, then its first run, once, in each reader's own zone. */
export function renderSubscriptionAdded(line: SubscriptionLine): MessagePayload {
  const first =
    line.nextRun === null ? 'It has no future run.' : `First digest: ${discordTime(line.nextRun, 'F')}.`;
  return createPayload([
    {
      title: truncate(`Digest #${line.id}${line.name ? ` · ${line.name}` : ''} added`, EMBED_TITLE_MAX),
      color: EMBED_COLOR,
      description: truncate(`${describeTarget(line).join('\n')}\n\n${first}`, 4000),
    },
  ]);
}
