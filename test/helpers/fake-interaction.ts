// A hand-written stand-in for the discord.js interaction objects the router touches, recording each call.
import type { Interaction } from 'discord.js';

export interface Call {
  method: string;
  payload?: unknown;
}

export interface FakeOptions {
  kind: 'command' | 'autocomplete' | 'button';
  commandName?: string;
  customId?: string;
  /** State before the router sees it (another handler already acknowledged it). */
  replied?: boolean;
  deferred?: boolean;
  ephemeral?: boolean | null;
  failOn?: string[];
  memberPermissions?: { has(bit: bigint): boolean } | null;
  /** Option values the handler reads through `interaction.options`; absent options read as null. */
  values?: Record<string, string | number | null>;
  subcommand?: string;
  focused?: { name: string; value: string };
  user?: { id: string; username: string };
  guildId?: string | null;
}

/** `interaction.options` as a handler reads it: values by name, a required one missing is an error. */
function fakeOptions(options: FakeOptions) {
  const value = (name: string, required?: boolean) => {
    const v = options.values?.[name] ?? null;
    if (v === null && required) throw new Error(`required option ${name} missing (fake)`);
    return v;
  };
  return {
    getString: (name: string, required?: boolean) => value(name, required) as string | null,
    getInteger: (name: string, required?: boolean) => value(name, required) as number | null,
    getChannel: (name: string, required?: boolean) => ({ id: value(name, required) as string }),
    getSubcommand: () => options.subcommand ?? '',
    getFocused: (full?: boolean) => (full ? options.focused : options.focused?.value),
  };
}

export type FakeInteraction = Interaction & { calls: Call[] };

export function createFakeInteraction(options: FakeOptions): FakeInteraction {
  const calls: Call[] = [];
  const fail = (method: string) => {
    if (options.failOn?.includes(method)) throw new Error(`${method} failed (fake)`);
  };
  const fake = {
    calls,
    type: options.kind === 'autocomplete' ? 4 : options.kind === 'button' ? 3 : 2,
    commandName: options.commandName ?? 'test',
    customId: options.customId ?? '',
    replied: options.replied ?? false,
    deferred: options.deferred ?? false,
    responded: false,
    ephemeral: options.ephemeral ?? null,
    memberPermissions: options.memberPermissions ?? null,
    options: fakeOptions(options),
    user: options.user ?? { id: '100000000000000001', username: 'ada' },
    guildId: options.guildId === undefined ? null : options.guildId,
    guild: null,
    isChatInputCommand: () => options.kind === 'command',
    isAutocomplete: () => options.kind === 'autocomplete',
    isButton: () => options.kind === 'button',
    async reply(payload: { flags?: number }) {
      calls.push({ method: 'reply', payload });
      fail('reply');
      fake.replied = true;
      fake.ephemeral = payload.flags === 64;
    },
    async deferReply(payload: { flags?: number } = {}) {
      calls.push({ method: 'deferReply', payload });
      fail('deferReply');
      fake.deferred = true;
      fake.ephemeral = payload.flags === 64;
    },
    async deferUpdate() {
      calls.push({ method: 'deferUpdate' });
      fake.deferred = true;
    },
    async update(payload: unknown) {
      calls.push({ method: 'update', payload });
      fake.replied = true;
    },
    async editReply(payload: unknown) {
      calls.push({ method: 'editReply', payload });
      fail('editReply');
      fake.replied = true;
    },
    async deleteReply() {
      calls.push({ method: 'deleteReply' });
      fail('deleteReply');
    },
    async followUp(payload: unknown) {
      calls.push({ method: 'followUp', payload });
      fail('followUp');
    },
    async respond(choices: unknown) {
      calls.push({ method: 'respond', payload: choices });
      fail('respond');
      fake.responded = true;
    },
  };
  return fake as unknown as FakeInteraction;
}
