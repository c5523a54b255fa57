// Gateway v10 over ws, JSON encoding, no compression (discord.js only asks for zlib-stream when
// zlib-sync is installed, and it is not). HELLO → IDENTIFY → READY then one GUILD_CREATE per guild
// (with the Guilds intent discord.js waits up to 15 s for every guild READY lists), heartbeats
// answered with ACKs, RESUME accepted for a session this server issued.
//
// Sharding as on Discord: a session that identifies with `shard: [id, count]` gets READY and
// GUILD_CREATE for, and then the events (interactions included) of, only the guilds where
// (guild_id >> 22) % count == id; events without a guild go to shard 0.
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { toApiUser, toGuildCreate, type Json } from './api-shapes.js';
import type { World } from './model.js';

export const GatewayOpcode = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export interface GatewaySession {
  id: string;
  socket: WebSocket;
  sequence: number;
  /** IDENTIFY payload as received (token, intents, properties…). */
  identify: Json | null;
  /** READY and every GUILD_CREATE sent. */
  ready: boolean;
  heartbeats: number;
}

/** The shard of a guild's events: Discord's (guild_id >> 22) % shard_count, in BigInt (ids pass 2^53). */
export function guildShard(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** [id, count] from IDENTIFY; [0, 1] when the client did not shard. */
export function sessionShard(session: GatewaySession): [number, number] {
  const shard = session.identify?.shard;
  if (Array.isArray(shard) && shard.length === 2) return [Number(shard[0]), Number(shard[1])];
  return [0, 1];
}

/** Whether a session receives the events of this guild (null: not a guild's event, shard 0's). */
export function receivesGuild(session: GatewaySession, guildId: string | null): boolean {
  const [id, count] = sessionShard(session);
  return guildId === null ? id === 0 : guildShard(guildId, count) === id;
}

/** The guild an event belongs to: its guild_id, or the guild itself for GUILD_* events about one. */
function guildOfEvent(event: string, data: Json): string | null {
  if (typeof data.guild_id === 'string') return data.guild_id;
  if (/^GUILD_(CREATE|UPDATE|DELETE)$/.test(event) && typeof data.id === 'string') return data.id;
  return null;
}

export interface Gateway {
  sessions: () => GatewaySession[];
  readySessions: () => GatewaySession[];
  /** Ready sessions that receive this guild's events (null: events of no guild). */
  readySessionsFor: (guildId: string | null) => GatewaySession[];
  dispatch: (event: string, data: Json) => void;
  /** Closes every connection with this code (4000 lets discord.js resume; 1000 ends it). */
  disconnectAll: (code?: number) => void;
  /** While held, new connections are accepted but get no HELLO, so no client gets back in; release sends it. */
  hold: (held: boolean) => void;
  close: () => Promise<void>;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** Called after each change worth waking waitFor for. */
  notify: () => void;
  gatewayUrl: () => string;
}

export function createGateway(server: Server, world: World, options: GatewayOptions): Gateway {
  const wss = new WebSocketServer({ server });
  const sessions = new Set<GatewaySession>();
  // Sessions stay resumable after their socket closes, as on Discord, until the stand-in closes.
  const resumable = new Map<string, GatewaySession>();
  let held = false;
  const waiting = new Set<GatewaySession>();
  const hello = (session: GatewaySession): void =>
    send(session, { op: GatewayOpcode.Hello, d: { heartbeat_interval: options.heartbeatIntervalMs } });

  const send = (session: GatewaySession, payload: Json): void => {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  };
  const sendDispatch = (session: GatewaySession, event: string, data: Json): void => {
    session.sequence += 1;
    send(session, { op: GatewayOpcode.Dispatch, t: event, s: session.sequence, d: data });
  };

  const identify = (session: GatewaySession, payload: Json): void => {
    session.identify = payload;
    resumable.set(session.id, session);
    const guilds = [...world.guilds.values()].filter((g) => receivesGuild(session, g.id));
    sendDispatch(session, 'READY', {
      v: 10,
      user: toApiUser(world.bot),
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: options.gatewayUrl(),
      shard: sessionShard(session),
      application: { id: world.application.id, flags: 0 },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    });
    for (const guild of guilds) sendDispatch(session, 'GUILD_CREATE', toGuildCreate(world, guild));
    session.ready = true;
    options.notify();
  };

  const resume = (session: GatewaySession, payload: Json): void => {
    const previous = resumable.get(String(payload.session_id ?? ''));
    if (!previous) {
      send(session, { op: GatewayOpcode.InvalidSession, d: false });
      return;
    }
    // Nothing is replayed: events dispatched while disconnected are lost, which a test can arrange
    // on purpose. The sequence carries on from the old session.
    session.id = previous.id;
    session.sequence = previous.sequence;
    session.identify = previous.identify;
    resumable.set(session.id, session);
    sendDispatch(session, 'RESUMED', {});
    session.ready = true;
    options.notify();
  };

  wss.on('connection', (socket) => {
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      socket,
      sequence: 0,
      identify: null,
      ready: false,
      heartbeats: 0,
    };
    sessions.add(session);
    if (held) waiting.add(session);
    else hello(session);
    socket.on('message', (raw) => {
      let payload: Json;
      try {
        payload = JSON.parse(String(raw)) as Json;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      const d = payload.d !== null && typeof payload.d === 'object' ? (payload.d as Json) : {};
      if (payload.op === GatewayOpcode.Heartbeat) {
        session.heartbeats += 1;
        send(session, { op: GatewayOpcode.HeartbeatAck });
      } else if (payload.op === GatewayOpcode.Identify) identify(session, d);
      else if (payload.op === GatewayOpcode.Resume) resume(session, d);
    });
    socket.on('close', () => {
      sessions.delete(session);
      waiting.delete(session);
      session.ready = false;
      options.notify();
    });
    socket.on('error', () => undefined);
  });

  return {
    sessions: () => [...sessions],
    readySessions: () => [...sessions].filter((s) => s.ready),
    readySessionsFor: (guildId) => [...sessions].filter((s) => s.ready && receivesGuild(s, guildId)),
    dispatch: (event, data) => {
      const guildId = guildOfEvent(event, data);
      for (const session of sessions)
        if (session.ready && receivesGuild(session, guildId)) sendDispatch(session, event, data);
    },
    disconnectAll: (code = 4000) => {
      for (const session of sessions) session.socket.close(code, 'stand-in disconnect');
    },
    hold: (on) => {
      held = on;
      if (on) return;
      for (const session of waiting) hello(session);
      waiting.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.socket.terminate();
        wss.close(() => resolve());
      }),
  };
}
