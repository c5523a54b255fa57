import { Client, GatewayIntentBits } from 'discord.js';
import { SINGLE_SHARD, type ShardConfig } from '../config-shards.js';

/**
 * The discord.js client: the Guilds intent only (no privileged intents), REST through the configured
 * base (Discord's own, a proxy, or the test stand-in), no mentions allowed by default, and the gateway
 * shards this process holds (discord.js's own `shards`/`shardCount`; `auto` asks GET /gateway/bot).
 */
export function createDiscordClient(apiBase: string, shards: ShardConfig = SINGLE_SHARD): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiBase },
    allowedMentions: { parse: [], repliedUser: false },
    ...(shards.kind === 'auto' ? { shards: 'auto' } : { shards: shards.ids, shardCount: shards.count }),
  });
}
