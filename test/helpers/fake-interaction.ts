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
