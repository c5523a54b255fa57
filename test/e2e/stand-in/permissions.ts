// Discord's permission bits (https://discord.com/developers/docs/topics/permissions) as bigints, and
// the documented order of applying them: base permissions from @everyone and the member's roles,
// Administrator short-circuits, then channel overwrites for @everyone, the member's roles together,
// and the member. Written out here instead of borrowed from discord.js so the stand-in can check the
// bot's own arithmetic rather than repeat it.
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export type PermissionName = keyof typeof Permission;

/** Every bit Discord defines today (up to bit 50); what Administrator grants. */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

/** What @everyone gets in a new server, near enough: see, talk, embed, use commands. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.SendMessagesInThreads |
  Permission.CreatePublicThreads |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands;

export interface Overwrite {
  id: string;
  /** 0 = role, 1 = member */
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface PermissionSubject {
  guildId: string;
  ownerId: string;
  userId: string;
  /** The member's role ids, without @everyone. */
  roleIds: readonly string[];
  rolePermissions: (roleId: string) => bigint;
}

export function computeBasePermissions(subject: PermissionSubject): bigint {
  if (subject.userId === subject.ownerId) return ALL_PERMISSIONS;
  let permissions = subject.rolePermissions(subject.guildId);
  for (const roleId of subject.roleIds) permissions |= subject.rolePermissions(roleId);
  return (permissions & Permission.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
}

export function computeChannelPermissions(
  subject: PermissionSubject,
  overwrites: readonly Overwrite[],
): bigint {
  const base = computeBasePermissions(subject);
  if ((base & Permission.Administrator) !== 0n || base === ALL_PERMISSIONS) return ALL_PERMISSIONS;
  let permissions = base;
  const everyone = overwrites.find((o) => o.type === 0 && o.id === subject.guildId);
  if (everyone) permissions = (permissions & ~everyone.deny) | everyone.allow;
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && subject.roleIds.includes(o.id)) {
      roleAllow |= o.allow;
      roleDeny |= o.deny;
    }
  }
  permissions = (permissions & ~roleDeny) | roleAllow;
  const member = overwrites.find((o) => o.type === 1 && o.id === subject.userId);
  if (member) permissions = (permissions & ~member.deny) | member.allow;
  return permissions;
}

export function toPermissionBits(value: bigint | string | readonly PermissionName[]): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string') return BigInt(value);
  return value.reduce((bits, name) => bits | Permission[name], 0n);
}
