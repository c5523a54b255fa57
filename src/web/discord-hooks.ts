// Feeds /metrics from discord.js: every REST response by status, and the time to acknowledge an
// interaction, measured from the interaction's id (a snowflake carries its creation time) to the
// response to its callback. The callback path holds the interaction token: only the id is read from it.
import type { Client } from 'discord.js';
import type { StatusMetrics } from './metrics.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
const CALLBACK = /^\/interactions\/(\d{1,20})\/[^/]+\/callback/;

export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

export function observeDiscord(client: Client, metrics: StatusMetrics, now: () => number): void {
  client.rest.on('response', (request, response) => {
    metrics.observeRest(response.status);
    const callback = CALLBACK.exec(request.path);
    if (callback?.[1]) metrics.observeAck(Math.max(0, now() - snowflakeTime(callback[1])) / 1000);
  });
}
