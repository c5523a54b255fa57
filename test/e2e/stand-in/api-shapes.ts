// The JSON shapes Discord's API v10 sends, built from the model. discord.js reads many fields
// without checking they exist, so these are complete objects, not the few fields a test cares about.
import {
  ChannelType,
  isThread,
  permissionsIn,
  type ChannelModel,
  type GuildModel,
  type MemberModel,
  type RoleModel,
  type UserModel,
  type World,
} from './model.js';

export type Json = Record<string, unknown>;

export function toApiUser(user: UserModel): Json {
  return {
    id: user.id,
    username: user.username,
    global_name: user.globalName,
    discriminator: '0',
    avatar: null,
    bot: user.bot,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

export function toApiRole(role: RoleModel): Json {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed,
    mentionable: false,
    flags: 0,
  };
}

export function toApiChannel(channel: ChannelModel): Json {
  const base: Json = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
  };
  if (isThread(channel)) {
    return {
      ...base,
      applied_tags: [],
      owner_id: null,
      member_count: 1,
      message_count: 0,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date(channel.createdAt).toISOString(),
        locked: false,
        create_timestamp: new Date(channel.createdAt).toISOString(),
      },
    };
  }
  const forum: Json =
    channel.type === ChannelType.GuildForum
      ? {
          available_tags: [],
          default_reaction_emoji: null,
          default_thread_rate_limit_per_user: 0,
          default_sort_order: null,
          default_forum_layout: 0,
        }
      : {};
  return {
    ...base,
    ...forum,
    topic: null,
    permission_overwrites: channel.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
  };
}

/** The partial channel Discord puts on an interaction, with the invoker's permissions in it. */
export function toInteractionChannel(world: World, channel: ChannelModel, userId: string): Json {
  return { ...toApiChannel(channel), permissions: permissionsIn(world, channel, userId).toString() };
}

export function toApiMember(world: World, member: MemberModel): Json {
  const user = world.users.get(member.userId);
  return {
    user: user ? toApiUser(user) : undefined,
    nick: null,
    avatar: null,
    banner: null,
    roles: member.roleIds,
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function toApiGuild(guild: GuildModel): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    nsfw_level: 0,
    max_members: 500000,
    max_video_channel_users: 25,
    roles: [...guild.roles.values()].map(toApiRole),
    emojis: [],
    stickers: [],
  };
}

/** GUILD_CREATE as the gateway sends it: the guild plus channels, threads and members. */
export function toGuildCreate(world: World, guild: GuildModel): Json {
  const channels = [...guild.channels.values()];
  return {
    ...toApiGuild(guild),
    unavailable: false,
    joined_at: guild.members.get(world.bot.id)?.joinedAt ?? new Date().toISOString(),
    large: false,
    member_count: guild.members.size,
    members: [...guild.members.values()].map((m) => toApiMember(world, m)),
    channels: channels.filter((c) => !isThread(c)).map(toApiChannel),
    threads: channels.filter(isThread).map(toApiChannel),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
