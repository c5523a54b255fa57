/**
 * A loopback stand-in for Discord (REST v10 + gateway v10) for Herald's end-to-end suites. The real
 * discord.js client talks to it unchanged: point `DISCORD_API_BASE` (discord.js's `rest.api`) at
 * `standIn.apiBase`; the client appends `/v10`, asks `GET /gateway/bot` for the gateway and connects.
 *
 *   const standIn = await startStandIn();                 // 127.0.0.1, random port
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
 *   await client.login('test-token');                     // READY + GUILD_CREATE for every guild
 *   const { id } = await standIn.sendCommand('latest', { count: 3 });
 *   const view = await standIn.waitForResponse(id);      // final visible answer
 *   await client.destroy();                               // FIRST destroy the client…
 *   await standIn.close();                                // …then close the stand-in
 *
 * Close order matters: closing the stand-in under a live client makes discord.js reconnect to a
 * dead port (error logs, timers that keep the process alive).
 *
 * World: one application whose bot user has the application's id; guilds (default one, "Herald
 * Test 1", channels general/news/digests) with roles @everyone, "Herald" (the bot's role) and
 * "Admin" (Manage Server), members owner/bot/tester. Runtime changes are dispatched on the gateway:
 * createChannel → CHANNEL_CREATE/THREAD_CREATE, deleteChannel → CHANNEL_DELETE (REST then answers
 * 404 code 10003), setBotPermissions → CHANNEL_UPDATE (sending without View Channel → 403 50001,
 * without Send Messages → 403 50013).
 *
 * Interactions: sendCommand / sendAutocomplete / sendButton inject INTERACTION_CREATE (waiting for a
 * ready gateway session first) and resolve with its id and token. Option types come from the
 * registered command definitions when there are any, else from the JS value; `{ type, value }`
 * forces one (type 7 = channel, resolved like Discord does). Callbacks are accepted once (then 400
 * code 40060) within `interactionTimeoutMs` (default 3000; then 404 code 10062); `ageMs` backdates
 * an interaction to test that without waiting. `with_response=true` gets Discord's
 * {interaction, resource} body, otherwise 204. A deferred reply is “thinking…” (`loading`) until the
 * first @original edit or follow-up fills it, as on Discord. Interaction tokens do not expire.
 * Messages are checked against Discord's limits (400 code 50035; empty → 50006), and each stored
 * message knows whom its content would ping (`pings`, from allowed_mentions).
 *
 * Recording: `requests` holds every request (method, decoded path after /api/v10 — `@original`, not
 * `%40original` — query, JSON body, status, answer, time). `interactionResponses(id)` resolves the
 * callback + edits + follow-ups to what the user sees; `waitForResponse(id)` waits for that;
 * `messagesIn(channelId)` lists the bot's messages there (posts, replies, follow-ups; not ephemeral
 * ones unless asked); `ackLatencies()` gives injection → accepted callback per interaction;
 * `waitFor(check)` re-checks on every change and every 20 ms (so it also works for client-side state).
 *
 * Faults: failNext({ status: 429 | 5xx | 403 | 404, … }) answers the next matching requests with
 * that failure (429 with Retry-After and X-RateLimit-* headers; 403 code 50013 by default);
 * holdNext({ ms }) carries a request out but answers late (kill the bot while a post is in flight);
 * Threads, forums, crossposts: a thread from a message takes the message's id; a forum post
 * (`POST /channels/{forum}/threads` with `message`) answers the thread with its first message nested,
 * which shares the thread's id; crossposting works in announcement channels only, once per message,
 * `crosspostsPerHour` (default 10) per channel, then 429. Guild specs name `announcements` and `forums`.
 *
 * Shards: a session that identifies with `shard: [id, count]` receives only its guilds' events
 * ((guild_id >> 22) % count == id, interactions included; see gateway.ts); `recommendedShards` is what
 * GET /gateway/bot recommends (for `shards: 'auto'`), `maxConcurrency` its identify concurrency.
 * Guild ids can be chosen (`GuildSpec.id`, and `snowflakeInShard` makes one for a given shard).
 *
 * setGlobalRateLimit(50) enforces Discord's global N requests per second over fixed one-second
 * windows (interaction callbacks and webhooks exempt) with global 429s; setChannelRateLimit({ limit: 5,
 * windowMs: 5000 }) Discord's per-channel message limit, with route 429s (channel-rate-limit.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { toApiChannel, toApiRole } from './api-shapes.js';
import { ChannelRateLimiter } from './channel-rate-limit.js';
import { CommandRegistry, type StoredCommand } from './commands.js';
import { Faults, GlobalRateLimiter, Holds, type FaultSpec, type HoldSpec } from './faults.js';
import { createGateway } from './gateway.js';
import {
  buildAutocomplete,
  buildButton,
  buildCommand,
  type InteractionContext,
  type InteractionState,
  type OptionValue,
} from './interactions.js';
import { MessageStore, type StoredMessage } from './messages.js';
import {
  addChannel,
  ChannelType,
  createWorld,
  findChannelByName,
  isThread,
  removeChannel,
  requireChannel,
  requireGuild,
  type GuildModel,
  type GuildSpec,
  type UserModel,
} from './model.js';
import { toPermissionBits, type PermissionName } from './permissions.js';
import { Recorder, type RecordedRequest } from './recorder.js';
import { createRestHandler } from './rest.js';
import { createSnowflakeSource } from './snowflake.js';
import type { StandInState } from './state.js';
import type { InjectedInteraction, StandIn, StandInOptions } from './types.js';
import { listAckLatencies, viewInteraction, type AckLatency, type InteractionView } from './views.js';

export type { InjectedInteraction, PermissionInput, StandIn, StandInOptions } from './types.js';
export type {
  AckLatency,
  GuildModel,
  HoldSpec,
  FaultSpec,
  GuildSpec,
  InteractionContext,
  InteractionView,
  OptionValue,
  PermissionName,
  RecordedRequest,
  StoredCommand,
  StoredMessage,
  UserModel,
};
export { Permission } from './permissions.js';
export { guildShard } from './gateway.js';
export { snowflakeInShard } from './snowflake.js';
export { DISCORD_LIMITS } from './validate.js';

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const ids = createSnowflakeSource();
  const world = createWorld(ids, options.guilds ?? []);
  const server = createServer();
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const recorder = new Recorder();
  const state: StandInState = {
    world,
    recorder,
    messages: new MessageStore(ids, options.nonceWindowMs ?? 5 * 60_000),
    commands: new CommandRegistry(ids, world.application.id),
    interactions: new Map(),
    interactionsByToken: new Map(),
    faults: new Faults(),
    holds: new Holds(),
    limiter: new GlobalRateLimiter(options.globalRateLimit ?? null),
    crossposts: new Map(),
    crosspostsPerHour: options.crosspostsPerHour ?? 10,
    crosspostsRefused: 0,
    channelLimiter: new ChannelRateLimiter(options.channelRateLimit ?? null),
    interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
    recommendedShards: options.recommendedShards ?? 1,
    maxConcurrency: options.maxConcurrency ?? 1,
    dispatch: () => undefined,
    gatewayUrl,
  };
  const handle = createRestHandler(state, options.token ?? null);
  server.on('request', (req, res) => void handle(req, res));
  const gateway = createGateway(server, world, {
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    notify: () => recorder.notify(),
    gatewayUrl,
  });
  state.dispatch = (event, data) => gateway.dispatch(event, data);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const firstGuildId = [...world.guilds.keys()][0] ?? '';
  const waitForReady = async (timeoutMs = 10_000): Promise<void> => {
    await recorder.waitFor(() => gateway.readySessions().length > 0, timeoutMs, 'a ready gateway session');
  };
  const inject = async (interaction: InteractionState): Promise<InjectedInteraction> => {
    // Sent to the shard of its guild, as on Discord: wait until a session holding that shard is ready.
    const guildId = typeof interaction.payload.guild_id === 'string' ? interaction.payload.guild_id : null;
    await recorder.waitFor(
      () => gateway.readySessionsFor(guildId).length > 0,
      10_000,
      `a ready gateway session for guild ${guildId ?? '(none)'}`,
    );
    state.interactions.set(interaction.id, interaction);
    state.interactionsByToken.set(interaction.token, interaction);
    interaction.injectedAt = performance.now() - interaction.ageMs;
    gateway.dispatch('INTERACTION_CREATE', interaction.payload);
    recorder.notify();
    return { id: interaction.id, token: interaction.token, payload: interaction.payload };
  };
  const requireInteraction = (id: string): InteractionState => {
    const interaction = state.interactions.get(id);
    if (!interaction) throw new Error(`stand-in: no interaction ${id}`);
    return interaction;
  };
  const dispatchChannel = (event: 'CREATE' | 'UPDATE' | 'DELETE', channelId: string): void => {
    const channel = requireChannel(world, channelId);
    state.dispatch(`${isThread(channel) ? 'THREAD' : 'CHANNEL'}_${event}`, {
      ...toApiChannel(channel),
      newly_created: event === 'CREATE',
    });
  };
  const deps = { world, commands: state.commands, messages: state.messages };

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    port,
    application: world.application,
    bot: world.bot,
    defaultUser: world.defaultUser,
    guildId: firstGuildId,
    guild: (guildId = firstGuildId) => requireGuild(world, guildId),
    channelId: (name, guildId = firstGuildId) => {
      const channel = findChannelByName(requireGuild(world, guildId), name);
      if (!channel) throw new Error(`stand-in: no channel named ${name}`);
      return channel.id;
    },
    createChannel: (name, opts = {}) => {
      const type = opts.thread ? ChannelType.PublicThread : ChannelType.GuildText;
      const channel = addChannel(world, opts.guildId ?? firstGuildId, {
        name,
        type,
        parentId: opts.parentId ?? null,
      });
      dispatchChannel('CREATE', channel.id);
      return channel.id;
    },
    deleteChannel: (channelId) => {
      const channel = requireChannel(world, channelId);
      const payload = { ...toApiChannel(channel) };
      removeChannel(world, channelId);
      state.dispatch(isThread(channel) ? 'THREAD_DELETE' : 'CHANNEL_DELETE', payload);
    },
    setBotPermissions: (channelId, change) => {
      let channel = requireChannel(world, channelId);
      if (isThread(channel) && channel.parentId) channel = requireChannel(world, channel.parentId);
      const others = channel.overwrites.filter((o) => !(o.type === 1 && o.id === world.bot.id));
      const allow = toPermissionBits(change.allow ?? 0n);
      const deny = toPermissionBits(change.deny ?? 0n);
      channel.overwrites = [...others, { id: world.bot.id, type: 1, allow, deny }];
      dispatchChannel('UPDATE', channel.id);
    },
    setBotRolePermissions: (permissions, guildId = firstGuildId) => {
      const guild = requireGuild(world, guildId);
      const role = [...guild.roles.values()].find((r) => r.managed);
      if (!role) throw new Error('stand-in: no bot role');
      role.permissions = toPermissionBits(permissions);
      state.dispatch('GUILD_ROLE_UPDATE', { guild_id: guild.id, role: toApiRole(role) });
    },
    requests: recorder.requests,
    clearRecords: () => {
      recorder.requests.length = 0;
    },
    requestsTo: (method, pathPrefix) =>
      recorder.requests.filter((r) => r.method === method.toUpperCase() && r.path.startsWith(pathPrefix)),
    messagesIn: (channelId, filter = {}) =>
      state.messages
        .all()
        .filter((m) => m.channelId === channelId && !m.deleted)
        .filter(
          (m) =>
            (filter.source === undefined || m.source === filter.source) &&
            (filter.includeEphemeral === true || !m.ephemeral),
        ),
    allMessages: () => state.messages.all(),
    sendCommand: (name, opts = {}, ctx = {}) => inject(buildCommand(deps, name, opts, ctx)),
    sendAutocomplete: (name, opts, focused, ctx = {}) =>
      inject(buildAutocomplete(deps, name, opts, focused, ctx)),
    sendButton: (customId, ctx = {}) => inject(buildButton(deps, customId, ctx)),
    interactionResponses: (id) => viewInteraction(state, requireInteraction(id)),
    waitForResponse: (id, timeoutMs = 5000) =>
      recorder.waitFor(
        () => {
          const interaction = requireInteraction(id);
          if (!interaction.ack || interaction.loading) return undefined;
          return viewInteraction(state, interaction);
        },
        timeoutMs,
        `the response to interaction ${id}`,
      ),
    ackLatencies: () => listAckLatencies(state),
    waitFor: (check, timeoutMs, label) => recorder.waitFor(check, timeoutMs, label),
    waitForReady,
    gatewaySessions: () => gateway.sessions(),
    disconnectGateway: (code) => gateway.disconnectAll(code),
    dropGateway: () => {
      gateway.hold(true);
      gateway.disconnectAll(4000);
    },
    restoreGateway: () => gateway.hold(false),
    commands: (guildId = null) => state.commands.list(guildId),
    failNext: (spec) => state.faults.add(spec),
    clearFaults: () => {
      state.faults.clear();
      state.holds.clear();
    },
    holdNext: (spec) => state.holds.add(spec),
    pendingFaults: () => state.faults.pending(),
    setGlobalRateLimit: (perSecond) => state.limiter.set(perSecond),
    setChannelRateLimit: (rule) => state.channelLimiter.set(rule),
    stats: () => ({
      globalRateLimited: state.limiter.rejected,
      channelRateLimited: state.channelLimiter.rejected,
      nonceRepeats: state.messages.nonceRepeats,
      crosspostsRefused: state.crosspostsRefused,
      requests: recorder.requests.length,
    }),
    close: async () => {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
