// The stand-in is only useful if the real discord.js client cannot tell it from Discord for what
// Herald does. Each test drives the real Client (Guilds intent, rest.api = the stand-in) through one
// behaviour and checks both sides: what discord.js saw and what the stand-in recorded.
import {
  ButtonStyle,
  Client,
  ComponentType,
  DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from './stand-in/index.js';

let standIn: StandIn;
let client: Client;
let onInteraction: (interaction: Interaction) => Promise<void> = async () => undefined;
const handlerErrors: unknown[] = [];

async function expectDiscordError(promise: Promise<unknown>, code: number): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  expect((error as DiscordAPIError).code).toBe(code);
}

function textChannel(name: string): TextChannel {
  const channel = client.channels.cache.get(standIn.channelId(name));
  if (!channel || !channel.isTextBased() || channel.isDMBased() || channel.isThread())
    throw new Error(`no text channel ${name}`);
  return channel as TextChannel;
}

beforeAll(async () => {
  standIn = await startStandIn({
    guilds: [
      {
        name: 'Newsroom',
        channels: ['general', 'news', 'digests', 'locked'],
        threads: [{ name: 'live', parent: 'news' }],
      },
    ],
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
  client.on('interactionCreate', (interaction) => {
    onInteraction(interaction).catch((error: unknown) => handlerErrors.push(error));
  });
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login('test-token');
  await ready;
});

afterAll(async () => {
  // The client first: a stand-in closed under a live client makes it reconnect to a dead port.
  await client?.destroy();
  await standIn?.close();
});

describe('gateway', () => {
  it('logs in and caches the guild with its channels, thread, roles and the bot member', () => {
    const guild = client.guilds.cache.get(standIn.guildId);
    expect(guild?.name).toBe('Newsroom');
    expect(client.user?.id).toBe(standIn.bot.id);
    expect(client.application?.id).toBe(standIn.application.id);
    expect(guild?.members.me?.id).toBe(standIn.bot.id);
    expect(textChannel('news').name).toBe('news');
    const thread = client.channels.cache.get(standIn.channelId('live'));
    expect(thread?.isThread()).toBe(true);
    expect(standIn.gatewaySessions()[0]?.identify?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('computes the bot’s channel permissions from roles and overwrites, and follows changes', async () => {
    const me = client.guilds.cache.get(standIn.guildId)?.members.me;
    if (!me) throw new Error('no bot member');
    const locked = textChannel('locked');
    expect(locked.permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(true);
    standIn.setBotPermissions(locked.id, { deny: ['SendMessages'] });
    await standIn.waitFor(
      () => !textChannel('locked').permissionsFor(me).has(PermissionFlagsBits.SendMessages),
      5000,
      'CHANNEL_UPDATE',
    );
    expect(textChannel('locked').permissionsFor(me).has(PermissionFlagsBits.ViewChannel)).toBe(true);
    await expectDiscordError(textChannel('locked').send({ content: 'hello' }), 50013);
  });
});

describe('channels', () => {
  it('returns the same message for a repeated nonce with enforce_nonce', async () => {
    const channel = textChannel('digests');
    const first = await channel.send({ content: 'digest one', nonce: 'd1-1700000000', enforceNonce: true });
    const second = await channel.send({ content: 'digest one', nonce: 'd1-1700000000', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(standIn.messagesIn(channel.id)).toHaveLength(1);
    expect(standIn.requestsTo('POST', `/channels/${channel.id}/messages`)).toHaveLength(2);
    expect(standIn.stats().nonceRepeats).toBe(1);
  });

  it('answers Unknown Channel after a channel is deleted, and the client drops it', async () => {
    const id = standIn.createChannel('temporary');
    await standIn.waitFor(() => client.channels.cache.get(id), 5000, 'CHANNEL_CREATE');
    const channel = client.channels.cache.get(id) as TextChannel;
    standIn.deleteChannel(id);
    await standIn.waitFor(() => !client.channels.cache.has(id), 5000, 'CHANNEL_DELETE');
    await expectDiscordError(channel.send({ content: 'too late' }), 10003);
  });

  it('refuses a message over Discord’s content limit with 50035', async () => {
    await expectDiscordError(textChannel('general').send({ content: 'x'.repeat(2001) }), 50035);
  });
});

describe('faults', () => {
  it('retries a 5xx answer and the post succeeds once', async () => {
    const channel = textChannel('general');
    const before = standIn.messagesIn(channel.id).length;
    standIn.failNext({ method: 'POST', pathPrefix: `/channels/${channel.id}/messages`, status: 503 });
    await channel.send({ content: 'after a 503' });
    expect(standIn.messagesIn(channel.id)).toHaveLength(before + 1);
    const statuses = standIn.requestsTo('POST', `/channels/${channel.id}/messages`).map((r) => r.status);
    expect(statuses.slice(-2)).toEqual([503, 200]);
  });

  it('answers an injected 403 with code 50013', async () => {
    standIn.failNext({ pathPrefix: `/channels/${standIn.channelId('news')}/messages`, status: 403 });
    await expectDiscordError(textChannel('news').send({ content: 'refused' }), 50013);
    expect(standIn.pendingFaults()).toBe(0);
  });

  it('enforces a global rate limit with 429s that discord.js waits out', async () => {
    const channel = textChannel('general');
    const before = standIn.messagesIn(channel.id).length;
    standIn.setGlobalRateLimit(4);
    try {
      await Promise.all(Array.from({ length: 9 }, (_, i) => channel.send({ content: `burst ${i}` })));
    } finally {
      standIn.setGlobalRateLimit(null);
    }
    expect(standIn.messagesIn(channel.id)).toHaveLength(before + 9);
    expect(standIn.stats().globalRateLimited).toBeGreaterThan(0);
    const limited = standIn.requests.find((r) => r.fault === 'global rate limit');
    expect(limited?.status).toBe(429);
  });

  it('can carry a post out and hold its answer, as when the bot dies mid-delivery', async () => {
    const channel = textChannel('digests');
    const before = standIn.messagesIn(channel.id).length;
    standIn.holdNext({ pathPrefix: `/channels/${channel.id}/messages`, ms: 1000 });
    let settled = false;
    const sending = channel.send({ content: 'in flight' }).finally(() => (settled = true));
    await standIn.waitFor(() => standIn.messagesIn(channel.id).length === before + 1, 5000, 'the held post');
    expect(settled).toBe(false);
    await sending;
  });
});

describe('interactions', () => {
  it('delivers a slash command and records a reply that pings nobody', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const count = interaction.options.getInteger('count') ?? 0;
      await interaction.reply({ content: `@everyone ${count} items`, allowedMentions: { parse: [] } });
    };
    const { id } = await standIn.sendCommand(
      'latest',
      { count: 3 },
      { channelId: standIn.channelId('news') },
    );
    const view = await standIn.waitForResponse(id);
    expect(view.ackType).toBe(4);
    expect(view.content).toBe('@everyone 3 items');
    expect(view.original?.pings).toEqual({ everyone: false, users: [], roles: [] });
    expect(view.original?.channelId).toBe(standIn.channelId('news'));
    expect(view.requests[0]?.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(standIn.ackLatencies().some((l) => l.interactionId === id && l.ms >= 0)).toBe(true);
  });

  it('fills a deferred reply with editReply', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done', allowedMentions: { parse: [] } });
    };
    const { id } = await standIn.sendCommand('summary', { article: 'a1' });
    const view = await standIn.waitForResponse(id);
    expect(view.ackType).toBe(5);
    expect(view.loading).toBe(false);
    expect(view.ephemeral).toBe(true);
    expect(view.content).toBe('done');
    expect(view.requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(view.requests[1]?.path).toContain('/messages/@original');
  });

  it('records autocomplete choices for the focused option', async () => {
    let focused = '';
    onInteraction = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      focused = interaction.options.getFocused();
      await interaction.respond([{ name: `Headline about ${focused}`, value: '42' }]);
    };
    const { id } = await standIn.sendAutocomplete('summary', { article: 'elect' }, 'article');
    const view = await standIn.waitForResponse(id);
    expect(focused).toBe('elect');
    expect(view.ackType).toBe(8);
    expect(view.choices).toEqual([{ name: 'Headline about elect', value: '42' }]);
  });

  it('updates the message a button sits on', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'page 1',
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Secondary,
                  label: 'Next',
                  customId: 'search:2:q',
                },
              ],
            },
          ],
        });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `page ${interaction.customId.split(':')[1]}` });
      }
    };
    const command = await standIn.sendCommand('search', { query: 'q' });
    const reply = await standIn.waitForResponse(command.id);
    const button = await standIn.sendButton('search:2:q');
    const view = await standIn.waitForResponse(button.id);
    expect(view.ackType).toBe(7);
    expect(view.original?.id).toBe(reply.original?.id);
    expect(standIn.interactionResponses(command.id).content).toBe('page 2');
  });

  it('answers with_response=true in the shape discord.js reads', async () => {
    const content = new Promise<string | undefined>((resolve) => {
      onInteraction = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        const response = await interaction.reply({ content: 'with response', withResponse: true });
        resolve(response.resource?.message?.content);
      };
    });
    const { id } = await standIn.sendCommand('about');
    expect(await content).toBe('with response');
    expect(standIn.interactionResponses(id).requests[0]?.query).toEqual({ with_response: 'true' });
  });

  it('fills a deferred reply with the first follow-up, as Discord does', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.followUp({ content: 'first' });
      await interaction.followUp({ content: 'second' });
    };
    const { id } = await standIn.sendCommand('latest');
    await standIn.waitFor(
      () => standIn.interactionResponses(id).followUps.length === 1,
      5000,
      'the second follow-up',
    );
    const view = standIn.interactionResponses(id);
    expect(view.content).toBe('first');
    expect(view.followUps.map((m) => m.api.content)).toEqual(['second']);
  });

  it('resolves a channel option inside a subcommand', async () => {
    const seen = new Promise<[string, string | undefined]>((resolve) => {
      onInteraction = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        resolve([interaction.options.getSubcommand(), interaction.options.getChannel('channel')?.id]);
        await interaction.reply({ content: 'added' });
      };
    });
    const target = standIn.channelId('digests');
    await standIn.sendCommand(
      'digest',
      { channel: { type: 7, value: target }, schedule: '* * * * * *' },
      { subcommand: 'add' },
    );
    expect(await seen).toEqual(['add', target]);
  });

  it('posts in a thread', async () => {
    const thread = client.channels.cache.get(standIn.channelId('live'));
    if (!thread?.isThread()) throw new Error('no thread');
    await thread.send({ content: 'live update' });
    expect(standIn.messagesIn(thread.id).map((m) => m.api.content)).toEqual(['live update']);
  });

  it('retries a reply answered 429 and succeeds', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'after the wait' });
    };
    standIn.failNext({ pathPrefix: '/interactions/', status: 429, retryAfter: 0.1 });
    const { id } = await standIn.sendCommand('about');
    const view = await standIn.waitForResponse(id);
    expect(view.requests.map((r) => r.status)).toEqual([429, 204]);
    expect(view.requests[0]?.fault).toBe('failNext 429');
    expect(view.content).toBe('after the wait');
  });

  it('rejects an acknowledgement after the 3 s window with 10062', async () => {
    const outcome = new Promise<unknown>((resolve) => {
      onInteraction = async (interaction) => {
        if (interaction.isChatInputCommand())
          resolve(await interaction.reply({ content: 'late' }).catch((e: unknown) => e));
      };
    });
    const { id } = await standIn.sendCommand('about', {}, { ageMs: 3100 });
    const error = await outcome;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    const view = standIn.interactionResponses(id);
    expect(view.acknowledged).toBe(false);
    expect(view.lateAttempts).toBe(1);
  });

  it('rejects a second acknowledgement with 40060', async () => {
    const outcome = new Promise<unknown>((resolve) => {
      onInteraction = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await interaction.reply({ content: 'once' });
        // Bypass discord.js's own replied check to see what Discord says.
        resolve(
          await client.rest
            .post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
              body: { type: 4, data: { content: 'twice' } },
              auth: false,
            })
            .catch((e: unknown) => e),
        );
      };
    });
    await standIn.sendCommand('about');
    const error = await outcome;
    expect((error as DiscordAPIError).code).toBe(40060);
  });
});

describe('command registration', () => {
  it('stores guild commands with ids and types injected options from them', async () => {
    onInteraction = async () => undefined;
    const registered = await client.application?.commands.set(
      [
        {
          name: 'latest',
          description: 'Newest articles',
          options: [{ name: 'count', description: 'How many', type: 4, min_value: 1, max_value: 10 }],
        },
      ],
      standIn.guildId,
    );
    const stored = standIn.commands(standIn.guildId);
    expect(stored.map((c) => c.name)).toEqual(['latest']);
    expect(registered?.first()?.id).toBe(stored[0]?.id);
    const { payload } = await standIn.sendCommand('latest', { count: 2 });
    expect(payload.data).toMatchObject({
      id: stored[0]?.id,
      options: [{ name: 'count', type: 4, value: 2 }],
    });
  });
});

describe('bookkeeping', () => {
  it('answers an unknown route with Discord’s 404 JSON and records it', async () => {
    await expectDiscordError(client.rest.get('/no/such/route'), 0);
    const unknown = standIn.requests.filter((r) => r.status === 404 && r.path === '/no/such/route');
    expect(unknown).toHaveLength(1);
  });

  it('saw no other request it does not know, and no handler failed', () => {
    const unknown = standIn.requests.filter(
      (r) =>
        r.status === 404 &&
        r.path !== '/no/such/route' &&
        (r.response as { code?: number } | null)?.code === 0,
    );
    expect(unknown).toEqual([]);
    expect(handlerErrors).toEqual([]);
  });
});
