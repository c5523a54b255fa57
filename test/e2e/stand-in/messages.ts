// Messages the bot made: channel posts, interaction replies and follow-ups. Each keeps the complete
// message object Discord would return (discord.js builds a Message from it and reads most fields),
// plus what tests ask about: where it came from, whether it is ephemeral, its nonce, who it pings.
import { toApiUser, type Json } from './api-shapes.js';
import type { UserModel } from './model.js';
import type { SnowflakeSource } from './snowflake.js';
import { computePings, type Pings } from './validate.js';

export type MessageSource = 'channel' | 'reply' | 'follow-up';

const EPHEMERAL = 1 << 6;

export interface StoredMessage {
  id: string;
  channelId: string;
  source: MessageSource;
  interactionId: string | null;
  nonce: string | null;
  ephemeral: boolean;
  deleted: boolean;
  /** How many times it was edited after creation. */
  edits: number;
  createdAt: number;
  pings: Pings;
  /** The message object as last returned to the client. */
  api: Json;
}

export interface NewMessage {
  channelId: string;
  guildId: string | null;
  author: UserModel;
  body: Json;
  source: MessageSource;
  interactionId?: string;
  /** 0 default, 20 the reply to a slash command. */
  type?: number;
  webhookId?: string;
  /** A forum post's first message shares its thread's id, as on Discord. */
  id?: string;
}

export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();
  private readonly byNonce = new Map<string, StoredMessage>();
  /** Requests that repeated a nonce within the window and got the earlier message back. */
  nonceRepeats = 0;

  constructor(
    private readonly ids: SnowflakeSource,
    private readonly nonceWindowMs: number,
  ) {}

  create(spec: NewMessage): StoredMessage {
    const id = spec.id ?? this.ids.next();
    const flags = typeof spec.body.flags === 'number' ? spec.body.flags : 0;
    const content = typeof spec.body.content === 'string' ? spec.body.content : '';
    const nonce =
      typeof spec.body.nonce === 'string' || typeof spec.body.nonce === 'number'
        ? String(spec.body.nonce)
        : null;
    const api: Json = {
      id,
      type: spec.type ?? 0,
      channel_id: spec.channelId,
      author: toApiUser(spec.author),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: [],
      embeds: Array.isArray(spec.body.embeds) ? spec.body.embeds : [],
      components: Array.isArray(spec.body.components) ? spec.body.components : [],
      reactions: [],
      pinned: false,
      flags,
      position: 0,
    };
    if (nonce !== null) api.nonce = nonce;
    if (spec.guildId) api.guild_id = spec.guildId;
    if (spec.webhookId) {
      api.webhook_id = spec.webhookId;
      api.application_id = spec.webhookId;
    }
    const pings = computePings(content, spec.body.allowed_mentions);
    api.mention_everyone = pings.everyone;
    api.mention_roles = pings.roles;
    const message: StoredMessage = {
      id,
      channelId: spec.channelId,
      source: spec.source,
      interactionId: spec.interactionId ?? null,
      nonce,
      ephemeral: (flags & EPHEMERAL) !== 0,
      deleted: false,
      edits: 0,
      createdAt: Date.now(),
      pings,
      api,
    };
    this.byId.set(id, message);
    return message;
  }

  /** With enforce_nonce, a nonce the same author used within the window returns that message. */
  findByNonce(authorId: string, nonce: string): StoredMessage | undefined {
    const found = this.byNonce.get(`${authorId}:${nonce}`);
    if (!found || Date.now() - found.createdAt > this.nonceWindowMs) return undefined;
    return found;
  }

  rememberNonce(authorId: string, message: StoredMessage): void {
    if (message.nonce !== null) this.byNonce.set(`${authorId}:${message.nonce}`, message);
  }

  get(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  edit(message: StoredMessage, body: Json): StoredMessage {
    for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
      if (body[key] !== undefined)
        message.api[key] = body[key] ?? (key === 'content' ? '' : key === 'flags' ? 0 : []);
    }
    message.api.edited_timestamp = new Date().toISOString();
    message.edits += 1;
    if (body.content !== undefined) {
      message.pings = computePings(String(message.api.content ?? ''), body.allowed_mentions);
    }
    return message;
  }

  all(): StoredMessage[] {
    return [...this.byId.values()];
  }
}
