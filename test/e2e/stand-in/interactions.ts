// Building INTERACTION_CREATE payloads the way Discord sends them, and the state of each interaction
// afterwards (acknowledged when, how, with which messages). discord.js reads the channel id from the
// `channel` object, the user from `member.user`, and iterates `entitlements`, so all are present.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { toApiMember, toApiRole, toInteractionChannel, type Json } from './api-shapes.js';
import type { CommandRegistry, StoredCommand } from './commands.js';
import type { MessageStore, StoredMessage } from './messages.js';
import {
  ensureMember,
  permissionsIn,
  requireChannel,
  requireGuild,
  type UserModel,
  type World,
} from './model.js';
import { computeBasePermissions, toPermissionBits, type PermissionName } from './permissions.js';

export const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;
export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Number: 10,
} as const;

export type InteractionKind = 'command' | 'autocomplete' | 'button';

/** An option value; `{ type, value }` forces Discord's option type when the command is not registered. */
export type OptionValue = string | number | boolean | { type: number; value: string | number | boolean };

export interface InteractionContext {
  /** Default: the first guild. */
  guildId?: string;
  /** Default: the guild's first text channel. */
  channelId?: string;
  /** Default: the stand-in's default user (a member with Manage Server). */
  user?: { id?: string; username?: string; globalName?: string | null };
  /** The invoker's permissions as Discord computes them; default from their roles. */
  memberPermissions?: bigint | string | PermissionName[];
  subcommand?: string;
  subcommandGroup?: string;
  locale?: string;
  /** Pretend the interaction was created this many ms ago (it eats into the 3 s window). */
  ageMs?: number;
}

export interface InteractionState {
  id: string;
  token: string;
  kind: InteractionKind;
  /** Command name, or the button's custom id. */
  name: string;
  guildId: string;
  channelId: string;
  userId: string;
  /** performance.now() when dispatched, minus ageMs. */
  injectedAt: number;
  /** How old the interaction claims to be when dispatched (see InteractionContext.ageMs). */
  ageMs: number;
  /** Callback received and accepted. */
  ack: { type: number; at: number; body: Json } | null;
  /** Attempts refused because they came after the deadline (10062). */
  lateAttempts: number;
  original: StoredMessage | null;
  /** Set by a deferred reply until the first edit replaces the “thinking…” message. */
  loading: boolean;
  followUps: StoredMessage[];
  choices: Json[] | null;
  /** The message a button sits on, for type 6/7 callbacks. */
  sourceMessage: StoredMessage | null;
  payload: Json;
}

export function createToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

interface BuildDeps {
  world: World;
  commands: CommandRegistry;
  messages: MessageStore;
}

interface Where {
  guildId: string;
  channelId: string;
  user: UserModel;
}

// Called once per interaction: a user given without an id becomes a new member each time.
function resolveContext(deps: BuildDeps, ctx: InteractionContext): Where {
  const { world } = deps;
  const guildId = ctx.guildId ?? [...world.guilds.keys()][0];
  if (!guildId) throw new Error('stand-in: no guild');
  const guild = requireGuild(world, guildId);
  const channelId = ctx.channelId ?? [...guild.channels.values()].find((c) => c.type === 0)?.id;
  if (!channelId) throw new Error('stand-in: no text channel');
  const user = ensureMember(world, guildId, ctx.user ?? { id: world.defaultUser.id });
  return { guildId, channelId, user };
}

function basePayload(
  deps: BuildDeps,
  type: number,
  data: Json,
  where: Where,
  ctx: InteractionContext,
): { payload: Json; state: InteractionState } {
  const { world } = deps;
  const { guildId, channelId, user } = where;
  const guild = requireGuild(world, guildId);
  const channel = requireChannel(world, channelId);
  const member = guild.members.get(user.id);
  if (!member) throw new Error('stand-in: member missing');
  const memberPermissions =
    ctx.memberPermissions !== undefined
      ? toPermissionBits(ctx.memberPermissions)
      : computeBasePermissions({
          guildId,
          ownerId: guild.ownerId,
          userId: user.id,
          roleIds: member.roleIds,
          rolePermissions: (id) => guild.roles.get(id)?.permissions ?? 0n,
        });
  const id = world.ids.next();
  const token = createToken();
  const payload: Json = {
    id,
    application_id: world.application.id,
    type,
    data,
    guild_id: guildId,
    guild: { id: guildId, locale: guild.locale, features: [] },
    channel: toInteractionChannel(world, channel, user.id),
    channel_id: channelId,
    member: { ...toApiMember(world, member), permissions: memberPermissions.toString() },
    token,
    version: 1,
    app_permissions: permissionsIn(world, channel, world.bot.id).toString(),
    locale: ctx.locale ?? 'en-US',
    guild_locale: guild.locale,
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
  const state: InteractionState = {
    id,
    token,
    kind: 'command',
    name: '',
    guildId,
    channelId,
    userId: user.id,
    injectedAt: performance.now() - (ctx.ageMs ?? 0),
    ageMs: ctx.ageMs ?? 0,
    ack: null,
    lateAttempts: 0,
    original: null,
    loading: false,
    followUps: [],
    choices: null,
    sourceMessage: null,
    payload,
  };
  return { payload, state };
}

function findOptionDefinitions(command: StoredCommand | undefined, ctx: InteractionContext): Json[] {
  let options = Array.isArray(command?.options) ? (command.options as Json[]) : [];
  for (const name of [ctx.subcommandGroup, ctx.subcommand]) {
    if (name === undefined) continue;
    const sub = options.find((o) => o.name === name);
    options = Array.isArray(sub?.options) ? (sub.options as Json[]) : [];
  }
  return options;
}

function inferType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function buildCommandData(
  deps: BuildDeps,
  where: Where,
  name: string,
  options: Record<string, OptionValue>,
  ctx: InteractionContext,
  focused?: string,
): Json {
  const command = deps.commands.find(where.guildId, name);
  const definitions = findOptionDefinitions(command, ctx);
  const resolved: { channels: Json; users: Json; members: Json; roles: Json } = {
    channels: {},
    users: {},
    members: {},
    roles: {},
  };
  let leaf: Json[] = Object.entries(options).map(([optionName, raw]) => {
    const value = typeof raw === 'object' ? raw.value : raw;
    const declared = definitions.find((d) => d.name === optionName)?.type;
    const type =
      typeof raw === 'object' ? raw.type : typeof declared === 'number' ? declared : inferType(value);
    if (type === OptionType.Channel && optionName !== focused) {
      const channel = requireChannel(deps.world, String(value));
      resolved.channels[channel.id] = toInteractionChannel(deps.world, channel, where.user.id);
    }
    // A role option comes with the role itself under resolved.roles, as on Discord.
    if (type === OptionType.Role && optionName !== focused) {
      const role = requireGuild(deps.world, where.guildId).roles.get(String(value));
      if (!role) throw new Error(`stand-in: no role ${String(value)}`);
      resolved.roles[role.id] = toApiRole(role);
    }
    // Discord sends what the user has typed so far as a string, whatever the option's type.
    if (optionName === focused) return { name: optionName, type, value: String(value), focused: true };
    return { name: optionName, type, value };
  });
  if (ctx.subcommand !== undefined)
    leaf = [{ name: ctx.subcommand, type: OptionType.Subcommand, options: leaf }];
  if (ctx.subcommandGroup !== undefined)
    leaf = [{ name: ctx.subcommandGroup, type: OptionType.SubcommandGroup, options: leaf }];
  const data: Json = { id: command?.id ?? deps.world.ids.next(), name, type: 1, options: leaf };
  if (command?.guild_id) data.guild_id = command.guild_id;
  const given = Object.entries(resolved).filter(([, values]) => Object.keys(values as Json).length > 0);
  if (given.length > 0) data.resolved = Object.fromEntries(given);
  return data;
}

export function buildCommand(
  deps: BuildDeps,
  name: string,
  options: Record<string, OptionValue>,
  ctx: InteractionContext,
): InteractionState {
  const where = resolveContext(deps, ctx);
  const data = buildCommandData(deps, where, name, options, ctx);
  const { state } = basePayload(deps, InteractionType.ApplicationCommand, data, where, ctx);
  return { ...state, kind: 'command', name };
}

export function buildAutocomplete(
  deps: BuildDeps,
  name: string,
  options: Record<string, OptionValue>,
  focused: string,
  ctx: InteractionContext,
): InteractionState {
  if (!(focused in options)) throw new Error(`stand-in: focused option ${focused} has no value`);
  const where = resolveContext(deps, ctx);
  const data = buildCommandData(deps, where, name, options, ctx, focused);
  const { state } = basePayload(deps, InteractionType.Autocomplete, data, where, ctx);
  return { ...state, kind: 'autocomplete', name };
}

function hasCustomId(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((c: Json) => c.custom_id === customId || hasCustomId(c.components, customId));
}

export function buildButton(
  deps: BuildDeps,
  customId: string,
  ctx: InteractionContext & { messageId?: string },
): InteractionState {
  const where = resolveContext(deps, ctx);
  const { channelId, guildId } = where;
  let message = ctx.messageId ? deps.messages.get(ctx.messageId) : undefined;
  message ??= deps.messages
    .all()
    .filter((m) => !m.deleted && hasCustomId(m.api.components, customId))
    .at(-1);
  // A button on a message the stand-in never saw (e.g. from before a restart): make one up.
  message ??= deps.messages.create({
    channelId,
    guildId,
    author: deps.world.bot,
    body: {
      content: '',
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: customId }] }],
    },
    source: 'channel',
  });
  const data: Json = { custom_id: customId, component_type: 2 };
  // The interaction comes from the channel the message is in, whatever ctx.channelId said.
  const from = { ...where, channelId: message.channelId };
  const { payload, state } = basePayload(deps, InteractionType.MessageComponent, data, from, ctx);
  payload.message = message.api;
  return { ...state, kind: 'button', name: customId, sourceMessage: message };
}
