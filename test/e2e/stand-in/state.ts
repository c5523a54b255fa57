// What the REST routes, the gateway and the test helpers share, and the small routing types.
import type { Json } from './api-shapes.js';
import type { ChannelRateLimiter } from './channel-rate-limit.js';
import type { CommandRegistry } from './commands.js';
import type { Faults, GlobalRateLimiter, Holds } from './faults.js';
import type { InteractionState } from './interactions.js';
import type { MessageStore } from './messages.js';
import type { World } from './model.js';
import type { RecordedRequest, Recorder } from './recorder.js';

export interface StandInState {
  world: World;
  recorder: Recorder;
  messages: MessageStore;
  commands: CommandRegistry;
  interactions: Map<string, InteractionState>;
  interactionsByToken: Map<string, InteractionState>;
  faults: Faults;
  holds: Holds;
  limiter: GlobalRateLimiter;
  /** Crosspost times per announcement channel, for Discord's hourly crosspost limit. */
  crossposts: Map<string, number[]>;
  crosspostsPerHour: number;
  /** Crossposts answered 429 because the channel's hourly budget was spent. */
  crosspostsRefused: number;
  channelLimiter: ChannelRateLimiter;
  /** How long after injection a callback is still accepted (Discord: 3000 ms). */
  interactionTimeoutMs: number;
  /** GET /gateway/bot's `shards` and `session_start_limit.max_concurrency`. */
  recommendedShards: number;
  maxConcurrency: number;
  /** Sends a dispatch to every identified gateway session. */
  dispatch: (event: string, data: Json) => void;
  gatewayUrl: () => string;
}

export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
  record: RecordedRequest;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Segments after /api/v10; `:name` captures one segment. */
  pattern: string;
  handle: (state: StandInState, request: RouteRequest) => RouteAnswer;
}

export function jsonError(status: number, code: number, message: string): RouteAnswer {
  return { status, body: { message, code } };
}
