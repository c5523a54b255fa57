// The stand-in's picture of Discord: one application with its bot user, the guilds it is in, their
// roles, channels (text channels and threads) with overwrites, and members. Plain data plus the few
// operations tests need; the API shapes are built from it in api-shapes.ts.
import {
  computeChannelPermissions,
  DEFAULT_EVERYONE_PERMISSIONS,
  Permission,
  type Overwrite,
  type PermissionSubject,
} from './permissions.js';
import type { SnowflakeSource } from './snowflake.js';

export const ChannelType = {
  GuildText: 0,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  AnnouncementThread: 10,
  PublicThread: 11,
  GuildForum: 15,
} as const;

export interface UserModel {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
}

export interface RoleModel {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  /** The bot's integration role is managed by Discord. */
  managed: boolean;
}

export interface ChannelModel {
  id: string;
  guildId: string;
  name: string;
  type: number;
  parentId: string | null;
  position: number;
  overwrites: Overwrite[];
  createdAt: number;
}

export interface MemberModel {
  userId: string;
  roleIds: string[];
  joinedAt: string;
}

export interface GuildModel {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, RoleModel>;
  channels: Map<string, ChannelModel>;
  members: Map<string, MemberModel>;
  /** Sent as guild_locale on interactions. */
  locale: string;
}

export interface GuildSpec {
  /** A chosen snowflake (to place the guild on a given shard); default the next id. */
  id?: string;
  name?: string;
  /** Text channel names; default ['general', 'news', 'digests']. */
  channels?: string[];
  /** Public threads: name and the name of the text channel they live in. */
  threads?: { name: string; parent: string }[];
  /** Announcement channels (posts there can be crossposted to following servers). */
  announcements?: string[];
  /** Forum channels (every message lives in a forum post, a thread). */
  forums?: string[];
}

export interface World {
  ids: SnowflakeSource;
  application: { id: string; name: string };
  bot: UserModel;
  /** The member who runs commands unless a test names another: a server admin (Manage Server). */
  defaultUser: UserModel;
  users: Map<string, UserModel>;
  guilds: Map<string, GuildModel>;
  /** Ids of deleted channels, so requests to them get Discord's 404 rather than a generic one. */
  deletedChannels: Set<string>;
}

export function createWorld(ids: SnowflakeSource, guildSpecs: readonly GuildSpec[]): World {
  const appId = ids.next();
  // A bot user's id is its application's id, as on Discord; discord.js relies on it for webhooks.
  const bot: UserModel = { id: appId, username: 'Herald', globalName: null, bot: true };
  const owner: UserModel = { id: ids.next(), username: 'owner', globalName: 'Server Owner', bot: false };
  const defaultUser: UserModel = { id: ids.next(), username: 'tester', globalName: 'Test User', bot: false };
  const world: World = {
    ids,
    application: { id: appId, name: 'Herald' },
    bot,
    defaultUser,
    users: new Map([bot, owner, defaultUser].map((u) => [u.id, u])),
    guilds: new Map(),
    deletedChannels: new Set(),
  };
  const specs = guildSpecs.length > 0 ? guildSpecs : [{}];
  for (const spec of specs) addGuild(world, spec, owner.id);
  return world;
}

function addGuild(world: World, spec: GuildSpec, ownerId: string): GuildModel {
  const id = spec.id ?? world.ids.next();
  const guild: GuildModel = {
    id,
    name: spec.name ?? `Herald Test ${world.guilds.size + 1}`,
    ownerId,
    roles: new Map(),
    channels: new Map(),
    members: new Map(),
    locale: 'en-US',
  };
  world.guilds.set(id, guild);
  const everyone: RoleModel = {
    id,
    name: '@everyone',
    permissions: DEFAULT_EVERYONE_PERMISSIONS,
    position: 0,
    managed: false,
  };
  const botRole: RoleModel = {
    id: world.ids.next(),
    name: 'Herald',
    permissions: DEFAULT_EVERYONE_PERMISSIONS,
    position: 1,
    managed: true,
  };
  const adminRole: RoleModel = {
    id: world.ids.next(),
    name: 'Admin',
    permissions: DEFAULT_EVERYONE_PERMISSIONS | Permission.ManageGuild | Permission.ManageChannels,
    position: 2,
    managed: false,
  };
  for (const role of [everyone, botRole, adminRole]) guild.roles.set(role.id, role);
  const joinedAt = new Date().toISOString();
  guild.members.set(ownerId, { userId: ownerId, roleIds: [], joinedAt });
  guild.members.set(world.bot.id, { userId: world.bot.id, roleIds: [botRole.id], joinedAt });
  guild.members.set(world.defaultUser.id, {
    userId: world.defaultUser.id,
    roleIds: [adminRole.id],
    joinedAt,
  });
  for (const name of spec.channels ?? ['general', 'news', 'digests']) addChannel(world, id, { name });
  for (const name of spec.announcements ?? [])
    addChannel(world, id, { name, type: ChannelType.GuildAnnouncement });
  for (const name of spec.forums ?? []) addChannel(world, id, { name, type: ChannelType.GuildForum });
  for (const thread of spec.threads ?? []) {
    const parent = findChannelByName(guild, thread.parent);
    if (!parent) throw new Error(`thread ${thread.name}: no channel named ${thread.parent}`);
    addChannel(world, id, { name: thread.name, type: ChannelType.PublicThread, parentId: parent.id });
  }
  return guild;
}

export function addChannel(
  world: World,
  guildId: string,
  spec: { name: string; type?: number; parentId?: string | null; overwrites?: Overwrite[]; id?: string },
): ChannelModel {
  const guild = requireGuild(world, guildId);
  const channel: ChannelModel = {
    id: spec.id ?? world.ids.next(),
    guildId,
    name: spec.name,
    type: spec.type ?? ChannelType.GuildText,
    parentId: spec.parentId ?? null,
    position: guild.channels.size,
    overwrites: spec.overwrites ?? [],
    createdAt: Date.now(),
  };
  guild.channels.set(channel.id, channel);
  return channel;
}

export function removeChannel(world: World, channelId: string): ChannelModel {
  const channel = requireChannel(world, channelId);
  requireGuild(world, channel.guildId).channels.delete(channelId);
  world.deletedChannels.add(channelId);
  return channel;
}

export function findChannel(world: World, channelId: string): ChannelModel | undefined {
  for (const guild of world.guilds.values()) {
    const channel = guild.channels.get(channelId);
    if (channel) return channel;
  }
  return undefined;
}

export function findChannelByName(guild: GuildModel, name: string): ChannelModel | undefined {
  return [...guild.channels.values()].find((c) => c.name === name);
}

export function requireGuild(world: World, guildId: string): GuildModel {
  const guild = world.guilds.get(guildId);
  if (!guild) throw new Error(`stand-in: no guild ${guildId}`);
  return guild;
}

export function requireChannel(world: World, channelId: string): ChannelModel {
  const channel = findChannel(world, channelId);
  if (!channel) throw new Error(`stand-in: no channel ${channelId}`);
  return channel;
}

/** Makes sure a user exists and is a member of the guild (interactions can come from anyone). */
export function ensureMember(
  world: World,
  guildId: string,
  user: Partial<UserModel> & { id?: string },
): UserModel {
  const existing = user.id ? world.users.get(user.id) : undefined;
  const model: UserModel = existing ?? {
    id: user.id ?? world.ids.next(),
    username: user.username ?? 'member',
    globalName: user.globalName ?? null,
    bot: false,
  };
  world.users.set(model.id, model);
  const guild = requireGuild(world, guildId);
  if (!guild.members.has(model.id)) {
    guild.members.set(model.id, { userId: model.id, roleIds: [], joinedAt: new Date().toISOString() });
  }
  return model;
}

/** A thread takes its permissions from its parent channel, as on Discord. */
export function permissionsIn(world: World, channel: ChannelModel, userId: string): bigint {
  const guild = requireGuild(world, channel.guildId);
  const member = guild.members.get(userId);
  const subject: PermissionSubject = {
    guildId: guild.id,
    ownerId: guild.ownerId,
    userId,
    roleIds: member?.roleIds ?? [],
    rolePermissions: (roleId) => guild.roles.get(roleId)?.permissions ?? 0n,
  };
  const source =
    channel.parentId && isThread(channel) ? (guild.channels.get(channel.parentId) ?? channel) : channel;
  return computeChannelPermissions(subject, source.overwrites);
}

export function isThread(channel: ChannelModel): boolean {
  return channel.type === 10 || channel.type === 11 || channel.type === 12;
}
