// Permission checks done on our side: Discord's default member permission can be changed by server admins,
// and the interaction's app_permissions only describe the channel the command was typed in.
import {
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type GuildMember,
  type PermissionResolvable,
} from 'discord.js';
import { UserError } from './command.js';
import { channelMention, notice } from './notice.js';

/** The part of a guild channel (text, announcement or thread) the check reads. */
export interface PermissionCheckedChannel {
  isThread(): boolean;
  permissionsFor(
    member: GuildMember,
  ): { has(permission: PermissionResolvable, checkAdmin?: boolean): boolean } | null;
}

const CHANNEL_NEEDS: readonly [string, bigint][] = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
];
const THREAD_NEEDS: readonly [string, bigint][] = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
];

/**
 * The names of the permissions the bot lacks to post a digest in `channel`, computed from the cached guild,
 * roles and overwrites; empty when it can post. Without the bot's member (not cached) every one is reported.
 */
export function missingBotPermissions(channel: PermissionCheckedChannel, me: GuildMember | null): string[] {
  const needs = channel.isThread() ? THREAD_NEEDS : CHANNEL_NEEDS;
  const granted = me === null ? null : channel.permissionsFor(me);
  return needs.filter(([, bit]) => granted === null || !granted.has(bit)).map(([name]) => name);
}

/** Throws a UserError unless the member who used the interaction has Manage Server (checked again server-side). */
export function requireManageGuild(interaction: {
  memberPermissions: { has(permission: PermissionResolvable, checkAdmin?: boolean): boolean } | null;
}): void {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return;
  throw new UserError('You need the Manage Server permission to do this.');
}

/**
 * The channel Herald is asked to post in, and Herald's own member; refuses a channel Herald can't see.
 * Both normally come from the gateway's cache and are fetched only when a cache is incomplete.
 */
export async function findChannelForPosting(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<{ channel: GuildBasedChannel; me: GuildMember | null }> {
  const guild = interaction.guild;
  let channel = guild?.channels.cache.get(channelId) as GuildBasedChannel | undefined;
  if (guild && !channel) channel = (await guild.channels.fetch(channelId).catch(() => null)) ?? undefined;
  if (!guild || !channel) {
    throw new UserError(
      notice`Herald can't see ${channelMention(channelId)}: give it the View Channel permission there.`,
    );
  }
  return { channel, me: guild.members.me ?? (await guild.members.fetchMe().catch(() => null)) };
}

/** Checks, from the cached guild, roles and overwrites, that Herald can post in the channel. */
export async function checkBotCanPost(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<void> {
  const { channel, me } = await findChannelForPosting(interaction, channelId);
  const where = channelMention(channelId);
  const missing = missingBotPermissions(channel, me);
  if (missing.length > 0)
    throw new UserError(notice`Herald can't post in ${where}: it lacks ${missing.join(', ')}.`);
}
