// The stand-in's public types; index.ts documents how they fit together.
import type { ChannelRateLimit } from './channel-rate-limit.js';
import type { Json } from './api-shapes.js';
import type { StoredCommand } from './commands.js';
import type { FaultSpec, HoldSpec } from './faults.js';
import type { GatewaySession } from './gateway.js';
import type { InteractionContext, OptionValue } from './interactions.js';
import type { MessageSource, StoredMessage } from './messages.js';
import type { GuildModel, GuildSpec, UserModel } from './model.js';
import type { PermissionName } from './permissions.js';
import type { RecordedRequest } from './recorder.js';
import type { AckLatency, InteractionView } from './views.js';

export interface StandInOptions {
  /** Default: one guild with channels general, news, digests. */
  guilds?: GuildSpec[];
  /** When set, REST requires exactly this bot token (401 otherwise). Default: any `Bot …` token. */
  token?: string;
  /** Window for the first callback; Discord's is 3000 ms. */
  interactionTimeoutMs?: number;
  /** HELLO's heartbeat_interval; default 41250 like Discord. */
  heartbeatIntervalMs?: number;
  /** Global requests per second (Discord: 50); default off. */
  globalRateLimit?: number | null;
  /** How long an enforce_nonce nonce is remembered; default 5 minutes. */
  nonceWindowMs?: number;
  /** Crossposts allowed per announcement channel per hour (Discord: about 10); then 429. */
  crosspostsPerHour?: number;
  /** New messages per channel (Discord: about 5 per 5 s); default off. See channel-rate-limit.ts. */
  channelRateLimit?: ChannelRateLimit | null;
  /** GET /gateway/bot's recommended shard count (what `shards: 'auto'` uses); default 1. */
  recommendedShards?: number;
  /** GET /gateway/bot's max_concurrency (shards identifying at once; 1 makes each wait 5 s); default 1. */
  maxConcurrency?: number;
}

export interface InjectedInteraction {
  id: string;
  token: string;
  payload: Json;
}

export type PermissionInput = bigint | PermissionName[];

export interface StandIn {
  /** For DISCORD_API_BASE / discord.js `rest.api`: `http://127.0.0.1:PORT/api`. */
  apiBase: string;
  gatewayUrl: string;
  port: number;
  application: { id: string; name: string };
  bot: UserModel;
  /** Runs commands unless a test names another user; has Manage Server through the Admin role. */
  defaultUser: UserModel;
  /** The first guild's id. */
  guildId: string;
  guild(guildId?: string): GuildModel;
  channelId(name: string, guildId?: string): string;
  createChannel(name: string, options?: { guildId?: string; thread?: boolean; parentId?: string }): string;
  deleteChannel(channelId: string): void;
  /** Sets the bot's member overwrite in a channel (a thread's parent for a thread). */
  setBotPermissions(channelId: string, change: { allow?: PermissionInput; deny?: PermissionInput }): void;
  /** Replaces the permissions of the bot's role in a guild (GUILD_ROLE_UPDATE). */
  setBotRolePermissions(permissions: PermissionInput, guildId?: string): void;
  /** Live: grows as requests arrive. */
  requests: RecordedRequest[];
  /** Forgets recorded requests (long benchmarks); messages and interactions stay. */
  clearRecords(): void;
  requestsTo(method: string, pathPrefix: string): RecordedRequest[];
  /** Messages the bot made in a channel, oldest first, not deleted; ephemeral ones only if asked. */
  messagesIn(
    channelId: string,
    filter?: { source?: MessageSource; includeEphemeral?: boolean },
  ): StoredMessage[];
  allMessages(): StoredMessage[];
  sendCommand(
    name: string,
    options?: Record<string, OptionValue>,
    ctx?: InteractionContext,
  ): Promise<InjectedInteraction>;
  sendAutocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    ctx?: InteractionContext,
  ): Promise<InjectedInteraction>;
  sendButton(
    customId: string,
    ctx?: InteractionContext & { messageId?: string },
  ): Promise<InjectedInteraction>;
  interactionResponses(interactionId: string): InteractionView;
  /** Resolves once acknowledged and no longer “thinking…” (or, for autocomplete, answered). */
  waitForResponse(interactionId: string, timeoutMs?: number): Promise<InteractionView>;
  ackLatencies(): AckLatency[];
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number, label?: string): Promise<T>;
  /** Resolves when a gateway session has READY and every GUILD_CREATE. */
  waitForReady(timeoutMs?: number): Promise<void>;
  gatewaySessions(): GatewaySession[];
  /** Closes gateway connections (4000: discord.js resumes). */
  disconnectGateway(code?: number): void;
  /** Closes gateway connections (4000) and lets no client back in until restoreGateway(). */
  dropGateway(): void;
  restoreGateway(): void;
  commands(guildId?: string | null): StoredCommand[];
  failNext(spec: FaultSpec): void;
  clearFaults(): void;
  /** Answers (or carries out) the next matching requests late; see HoldSpec. */
  holdNext(spec: HoldSpec): void;
  pendingFaults(): number;
  setGlobalRateLimit(perSecond: number | null): void;
  setChannelRateLimit(rule: ChannelRateLimit | null): void;
  stats(): {
    globalRateLimited: number;
    channelRateLimited: number;
    nonceRepeats: number;
    requests: number;
    crosspostsRefused: number;
  };
  close(): Promise<void>;
}
