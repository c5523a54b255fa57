import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/discord/command.js';
import { renderError, renderSearch, type ReplyPayload } from '../../src/discord/render.js';
import { UserError, createReference, createRouter, requireManageGuild } from '../../src/discord/router.js';
import type { Logger } from '../../src/logger.js';
import { createFakeInteraction, type FakeOptions } from '../helpers/fake-interaction.js';

interface Entry {
  level: string;
  message: string;
  fields: Record<string, unknown> | undefined;
}

function createMemoryLogger(): Logger & { entries: Entry[] } {
  const entries: Entry[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void entries.push({ level, message, fields });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const ANSWER: ReplyPayload = {
  content: 'ok',
  embeds: [],
  components: [],
  allowedMentions: { parse: [], repliedUser: false },
};
const data = (name: string): RESTPostAPIChatInputApplicationCommandsJSONBody => ({
  name,
  description: `${name} command`,
});

function setup(command: Partial<CommandModule<{ label: string }>>, interaction: FakeOptions) {
  const logger = createMemoryLogger();
  const module: CommandModule<{ label: string }> = { data: data('test'), execute: () => ANSWER, ...command };
  const router = createRouter({
    commands: [module],
    context: { label: 'ctx' },
    logger,
    createRef: () => 'REF123',
  });
  const fake = createFakeInteraction({ commandName: 'test', ...interaction });
  return { router, fake, logger, run: () => router.handle(fake) };
}

const methods = (calls: { method: string }[]) => calls.map((c) => c.method);

describe('commands', () => {
  it('replies with what the handler returns and hands it the context', async () => {
    let seen: unknown;
    const { fake, run } = setup({ execute: (_i, ctx) => ((seen = ctx), ANSWER) }, { kind: 'command' });
    await run();
    expect(fake.calls).toEqual([{ method: 'reply', payload: ANSWER }]);
    expect(seen).toEqual({ label: 'ctx' });
  });

  it.each([
    [true, {}],
    ['ephemeral' as const, { flags: 64 }],
  ])('defers first when the command says %s, then edits the reply', async (defer, deferPayload) => {
    const { fake, run } = setup({ defer }, { kind: 'command' });
    await run();
    expect(fake.calls).toEqual([
      { method: 'deferReply', payload: deferPayload },
      { method: 'editReply', payload: ANSWER },
    ]);
  });

  it('answers a UserError with its message, ephemerally, without logging an error', async () => {
    const { fake, logger, run } = setup(
      {
        execute: () => {
          throw new UserError('No article with id “abc”.');
        },
      },
      { kind: 'command' },
    );
    await run();
    expect(fake.calls).toEqual([{ method: 'reply', payload: renderError('No article with id “abc”.') }]);
    expect(logger.entries.some((e) => e.level === 'error')).toBe(false);
  });

  it('answers an unexpected error with a reference, logs the same reference, and shows no stack', async () => {
    const { fake, logger, run } = setup(
      {
        execute: async () => {
          throw new TypeError('db is closed');
        },
      },
      { kind: 'command' },
    );
    await run();
    expect(fake.calls).toEqual([
      { method: 'reply', payload: renderError('Something went wrong (ref REF123).') },
    ]);
    const logged = logger.entries.find((e) => e.level === 'error');
    expect(logged?.fields).toMatchObject({
      ref: 'REF123',
      interaction: '/test',
      error: 'TypeError: db is closed',
    });
    expect(String(logged?.fields?.['stack'])).toContain('db is closed');
    expect(JSON.stringify(fake.calls)).not.toContain('db is closed');
  });

  it('edits the reply when the interaction was already deferred ephemerally', async () => {
    const { fake, run } = setup(
      {
        execute: () => {
          throw new UserError('Nothing found.');
        },
      },
      { kind: 'command', deferred: true, ephemeral: true },
    );
    await run();
    const { flags: _flags, ...withoutFlags } = renderError('Nothing found.');
    expect(fake.calls).toEqual([{ method: 'editReply', payload: withoutFlags }]);
  });

  it('keeps an error ephemeral after a public defer: deletes the thinking message, then follows up', async () => {
    const { fake, run } = setup(
      {
        defer: true,
        execute: () => {
          throw new UserError('Nothing found.');
        },
      },
      { kind: 'command' },
    );
    await run();
    expect(fake.calls).toEqual([
      { method: 'deferReply', payload: {} },
      { method: 'deleteReply' },
      { method: 'followUp', payload: renderError('Nothing found.') },
    ]);
  });

  it('says the error in the deferred message when it cannot be deleted', async () => {
    const { fake, run } = setup(
      {
        defer: true,
        execute: () => {
          throw new UserError('Nothing found.');
        },
      },
      { kind: 'command', failOn: ['deleteReply'] },
    );
    await run();
    expect(methods(fake.calls)).toEqual(['deferReply', 'deleteReply', 'editReply']);
    expect(fake.calls[2]?.payload).toMatchObject({ content: 'Nothing found.' });
  });

  it('follows up when the handler had already replied before failing', async () => {
    const { fake, run } = setup(
      {
        execute: async (interaction) => {
          await interaction.reply(ANSWER);
          throw new Error('later');
        },
      },
      { kind: 'command' },
    );
    await run();
    expect(methods(fake.calls)).toEqual(['reply', 'followUp']);
    expect(fake.calls[1]?.payload).toEqual(renderError('Something went wrong (ref REF123).'));
  });

  it('does not defer again an interaction someone already deferred, and edits it', async () => {
    const { fake, run } = setup({ defer: true }, { kind: 'command', deferred: true, ephemeral: false });
    await run();
    expect(fake.calls).toEqual([{ method: 'editReply', payload: ANSWER }]);
  });

  it('answers an unknown command ephemerally', async () => {
    const { fake, run } = setup({}, { kind: 'command', commandName: 'nope' });
    await run();
    expect(fake.calls).toEqual([{ method: 'reply', payload: renderError('Unknown command /nope.') }]);
  });

  it('never throws out of handle, even when the error answer fails too', async () => {
    const { logger, run } = setup(
      {
        execute: () => {
          throw new Error('boom');
        },
      },
      { kind: 'command', failOn: ['reply'] },
    );
    await expect(run()).resolves.toBeUndefined();
    expect(
      logger.entries.some((e) => e.level === 'warn' && e.message === 'could not answer interaction'),
    ).toBe(true);
  });
});

describe('autocomplete', () => {
  it('clamps the choices to Discord limits', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `${i} ${'x'.repeat(150)}`,
      value: String(i),
    }));
    const { fake, run } = setup({ autocomplete: () => many }, { kind: 'autocomplete' });
    await run();
    const choices = fake.calls[0]?.payload as { name: string }[];
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });

  it('answers an empty list when the handler fails, and logs it', async () => {
    const { fake, logger, run } = setup(
      {
        autocomplete: () => {
          throw new Error('fts syntax');
        },
      },
      { kind: 'autocomplete' },
    );
    await run();
    expect(fake.calls).toEqual([{ method: 'respond', payload: [] }]);
    expect(logger.entries.find((e) => e.level === 'warn')?.fields).toMatchObject({
      ref: 'REF123',
      error: 'Error: fts syntax',
    });
  });

  it('answers an empty list for a command without autocomplete', async () => {
    const { fake, run } = setup({}, { kind: 'autocomplete' });
    await run();
    expect(fake.calls).toEqual([{ method: 'respond', payload: [] }]);
  });
});

describe('buttons', () => {
  const page = renderSearch([], 'q', 2, 3);

  it('routes by the custom id prefix and updates the message', async () => {
    let seenId = '';
    const { fake, run } = setup(
      { data: data('search'), button: (i) => ((seenId = i.customId), page) },
      { kind: 'button', customId: 'search:2:q' },
    );
    await run();
    expect(seenId).toBe('search:2:q');
    expect(fake.calls).toEqual([{ method: 'update', payload: page }]);
  });

  it('defers the update when the command says so, then edits', async () => {
    const { fake, run } = setup(
      { data: data('search'), defer: true, button: () => page },
      { kind: 'button', customId: 'search:2:q' },
    );
    await run();
    expect(methods(fake.calls)).toEqual(['deferUpdate', 'editReply']);
  });

  it('answers an unknown button ephemerally instead of touching the message', async () => {
    const { fake, run } = setup({}, { kind: 'button', customId: 'gone:1' });
    await run();
    expect(fake.calls).toEqual([
      { method: 'reply', payload: renderError('This button no longer works; run the command again.') },
    ]);
  });

  it('follows up ephemerally when a deferred button fails, leaving the message as it was', async () => {
    const { fake, run } = setup(
      {
        data: data('search'),
        defer: true,
        button: () => {
          throw new UserError('That page is gone.');
        },
      },
      { kind: 'button', customId: 'search:9:q' },
    );
    await run();
    expect(fake.calls).toEqual([
      { method: 'deferUpdate' },
      { method: 'followUp', payload: renderError('That page is gone.') },
    ]);
  });
});

describe('requireManageGuild', () => {
  it('passes a member with Manage Server', () => {
    expect(() => requireManageGuild({ memberPermissions: { has: (bit) => bit === 32n } })).not.toThrow();
  });

  it.each([
    ['a member without it', { has: () => false }],
    ['no member permissions (a DM)', null],
  ])('refuses %s with a UserError naming the permission', (_name, memberPermissions) => {
    expect(() => requireManageGuild({ memberPermissions })).toThrow(
      new UserError('You need the Manage Server permission to do this.'),
    );
  });
});

describe('createReference', () => {
  it('makes six readable characters', () => {
    expect(createReference()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });
});
