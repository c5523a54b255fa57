// What the status page knows about the Discord connection, read from the client (per shard, since
// the WebSocketManager's own status is not updated when a shard drops and reconnects).
import { Events, Status, type Client } from 'discord.js';

export interface GatewayView {
  connected(): boolean;
  /** When the connection last became what it is now (connected or not); null before the first change. */
  since(): number | null;
  guilds(): number;
  shards(): number[];
}

export function watchGateway(client: Client, now: () => number): GatewayView {
  let since: number | null = now();
  const shards = () => [...client.ws.shards.values()];
  const connected = () =>
    client.isReady() && shards().length > 0 && shards().every((s) => s.status === Status.Ready);
  let was = false;
  const check = () => {
    const is = connected();
    if (is !== was) since = now();
    was = is;
  };
  for (const event of [
    Events.ShardReady,
    Events.ShardResume,
    Events.ShardDisconnect,
    Events.ShardReconnecting,
    Events.ClientReady,
  ] as const) {
    client.on(event, check);
  }
  return {
    connected: () => {
      check();
      return was;
    },
    since: () => since,
    guilds: () => client.guilds.cache.size,
    shards: () => shards().map((s) => s.id),
  };
}
