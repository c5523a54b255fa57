// Gateway shards: each process holds some shards (HERALD_SHARDS of SHARD_COUNT, through discord.js's own
// options) and the stand-in routes a guild's events, interactions included, to the shard Discord would:
// (guild_id >> 22) % shard_count.
import { Events, type Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShardConfig } from '../../src/config-shards.js';
import { createDiscordClient } from '../../src/discord/client.js';
import { guildShard, snowflakeInShard, startStandIn, type StandIn } from './stand-in/index.js';

const clients: Client[] = [];
let standIn: StandIn | null = null;

afterEach(async () => {
  for (const c of clients.splice(0)) await c.destroy();
  await standIn?.close();
  standIn = null;
});

/** Four guilds, two on each shard of two, created in an order that mixes the shards. */
const GUILDS = [
  { id: snowflakeInShard(1, 2, 1), name: 'One-A' },
  { id: snowflakeInShard(0, 2, 2), name: 'Zero-A' },
  { id: snowflakeInShard(1, 2, 3), name: 'One-B' },
  { id: snowflakeInShard(0, 2, 4), name: 'Zero-B' },
];
const idsOn = (shard: number) => GUILDS.filter((g) => guildShard(g.id, 2) === shard).map((g) => g.id);

async function connect(s: StandIn, shards: ShardConfig): Promise<{ client: Client; guildsSeen: string[] }> {
  const client = createDiscordClient(s.apiBase, shards);
  clients.push(client);
  const guildsSeen: string[] = [];
  client.on(Events.InteractionCreate, (interaction) => guildsSeen.push(interaction.guildId ?? 'none'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('test-token');
  await ready;
  return { client, guildsSeen };
}

describe('shard routing in the stand-in', () => {
  it('computes the shard from the top bits, in BigInt past 2^53', () => {
    const cases: Array<[bigint, number, number]> = [
      [(5n << 22n) | 7n, 2, 1],
      [(5n << 22n) | 7n, 3, 2],
      [(6n << 22n) | 4095n, 4, 2],
      [((1n << 40n) + 3n) << 22n, 4, 3],
      [(((1n << 40n) + 3n) << 22n) | 9n, 5, 4],
    ];
    for (const [id, count, shard] of cases)
      expect([id, count, guildShard(id.toString(), count)]).toEqual([id, count, shard]);
    expect(idsOn(0)).toHaveLength(2);
    expect(idsOn(1)).toHaveLength(2);
  });
});

describe('two clients, one shard each', () => {
  it('each identifies with its shard and gets READY and GUILD_CREATE for its own guilds only', async () => {
    const s = (standIn = await startStandIn({ guilds: GUILDS }));
    const zero = await connect(s, { kind: 'list', ids: [0], count: 2 });
    const one = await connect(s, { kind: 'list', ids: [1], count: 2 });
    expect([...zero.client.guilds.cache.keys()].sort()).toEqual(idsOn(0).sort());
    expect([...one.client.guilds.cache.keys()].sort()).toEqual(idsOn(1).sort());
    const shards = s.gatewaySessions().map((session) => session.identify?.shard);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect(shards).toHaveLength(2);
  });

  it('sends every interaction to the client holding its guild, and to no other', async () => {
    const s = (standIn = await startStandIn({ guilds: GUILDS }));
    const zero = await connect(s, { kind: 'list', ids: [0], count: 2 });
    const one = await connect(s, { kind: 'list', ids: [1], count: 2 });
    for (const g of GUILDS) await s.sendCommand('about', {}, { guildId: g.id });
    await s.waitFor(() => zero.guildsSeen.length + one.guildsSeen.length >= GUILDS.length, 5000);
    await new Promise((r) => setTimeout(r, 100));
    expect(zero.guildsSeen.sort()).toEqual(idsOn(0).sort());
    expect(one.guildsSeen.sort()).toEqual(idsOn(1).sort());
  });

  it('sends a channel created in a guild only to that guild’s shard', async () => {
    const s = (standIn = await startStandIn({ guilds: GUILDS }));
    const zero = await connect(s, { kind: 'list', ids: [0], count: 2 });
    const one = await connect(s, { kind: 'list', ids: [1], count: 2 });
    const onOne = idsOn(1)[1] as string;
    const onZero = idsOn(0)[0] as string;
    const a = s.createChannel('breaking', { guildId: onOne });
    const b = s.createChannel('sport', { guildId: onZero });
    await s.waitFor(() => one.client.channels.cache.has(a) && zero.client.channels.cache.has(b), 5000);
    await new Promise((r) => setTimeout(r, 100));
    expect(zero.client.channels.cache.has(a)).toBe(false);
    expect(one.client.channels.cache.has(b)).toBe(false);
  });
});

describe('HERALD_SHARDS=auto', () => {
  it('holds every shard Discord recommends and sees every guild', async () => {
    const s = (standIn = await startStandIn({ guilds: GUILDS, recommendedShards: 2, maxConcurrency: 2 }));
    const auto = await connect(s, { kind: 'auto' });
    expect([...auto.client.ws.shards.keys()].sort()).toEqual([0, 1]);
    expect(auto.client.options.shardCount).toBe(2);
    expect([...auto.client.guilds.cache.keys()].sort()).toEqual(GUILDS.map((g) => g.id).sort());
    expect(s.gatewaySessions().map((session) => session.identify?.shard)).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
  });
});
