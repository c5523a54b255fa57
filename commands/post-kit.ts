// What /feed, /alert and /herald share: who may manage live posts (Manage Server, or the server's manager
// role), whether Herald can post in a channel in a given mode, and the words for post problems.
import { ChannelType, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../src/discord/command.js';
import { findChannelForPosting } from '../src/discord/permissions.js';
import { channelMention, notice } from '../src/discord/notice.js';
import { describeProblem } from '../src/feeds/problems.js';
import { describeFilterProblem } from '../src/filter-problem-text.js';
import type { PostProblem } from '../src/posts/service.js';
import type { Store } from '../src/store/index.js';
import type { PostMode } from '../src/store/posts.js';

export const POST_CHANNELS = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
] as const;

/** Manage Server (checked here, server side, whatever the command's default permission says) or the manager role. */
export function requireManager(interaction: ChatInputCommandInteraction, store: Store): void {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return;
  const role = interaction.guildId ? store.posts.managerRole(interaction.guildId) : null;
  const roles = interaction.member?.roles;
  const has =
    role !== null &&
    roles !== undefined &&
    (Array.isArray(roles) ? roles.includes(role) : roles.cache.has(role));
  if (has) return;
  throw new UserError(
    'You need the Manage Server permission, or the manager role set with /herald manager-role, to do this.',
  );
}

const NEEDS: Record<PostMode, Array<[string, bigint]>> = {
  post: [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ],
  thread: [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
    ['Create Public Threads', PermissionFlagsBits.CreatePublicThreads],
    ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
  ],
  forum: [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
    ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
  ],
};

/** Throws a UserError naming what Herald lacks to post in the channel in this mode. */
export async function checkCanPost(
  interaction: ChatInputCommandInteraction,
  channelId: string,
  mode: PostMode,
): Promise<void> {
  const { channel, me } = await findChannelForPosting(interaction, channelId);
  const where = channelMention(channelId);
  const isForum = channel.type === ChannelType.GuildForum;
  if (mode === 'forum' && !isForum)
    throw new UserError(notice`The forum mode needs a forum channel; ${where} is not one.`);
  if (mode !== 'forum' && isForum) throw new UserError(notice`${where} is a forum: use mode forum there.`);
  const granted = me === null ? null : channel.permissionsFor(me);
  const missing = NEEDS[mode]
    .filter(([, bit]) => granted === null || !granted.has(bit))
    .map(([name]) => name);
  if (missing.length > 0)
    throw new UserError(notice`Herald can't post in ${where}: it lacks ${missing.join(', ')}.`);
}

export function describePostProblem(p: PostProblem): string {
  switch (p.code) {
    case 'feed':
      return `That feed can't be added: ${describeProblem(p.problem)}.`;
    case 'filter':
      return `The filter is not valid: ${describeFilterProblem(p.problem, p.filter)}.`;
    case 'unknown-feed':
      return `There is no feed #${p.id}; /feed list shows the feeds.`;
    case 'unknown-alert':
      return `This server has no alert #${p.id}; /alert list shows them.`;
  }
}

export function unwrap<T>(result: ({ ok: true } & T) | { ok: false; problem: PostProblem }): T {
  if (!result.ok) throw new UserError(describePostProblem(result.problem));
  return result;
}
