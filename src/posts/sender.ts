// How a live post reaches Discord: a new message (with its nonce and enforce_nonce, so a retry after a
// crash is the same message), an edit of a story's message, a thread under a post, a forum post. Failures
// come back as values: 'pause' when the channel refuses us (deleted, access removed), 'retry' otherwise.
import { DiscordAPIError, HTTPError, Routes, type REST } from 'discord.js';
import type { PostMessage } from '../discord/render-post.js';

export type PostSendResult =
  { ok: true; messageId: string; channelId: string } | { ok: false; kind: 'pause' | 'retry'; reason: string };

const PAUSE_CODES: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'Herald has no access to the channel',
  50013: 'Herald lacks permission to post in the channel',
};

/** Thread names: Discord allows 100 characters. */
const THREAD_NAME_MAX = 100;

function classify(error: unknown): PostSendResult {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const reason = PAUSE_CODES[code];
    if (reason) return { ok: false, kind: 'pause', reason: `${reason} (Discord error ${code})` };
    if (error.status === 403 || error.status === 404)
      return {
        ok: false,
        kind: 'pause',
        reason: `Discord refused the post (HTTP ${error.status}, code ${code})`,
      };
    return { ok: false, kind: 'retry', reason: `Discord error ${code}: ${error.message}` };
  }
  if (error instanceof HTTPError)
    return { ok: false, kind: 'retry', reason: `HTTP ${error.status} from Discord` };
  return { ok: false, kind: 'retry', reason: (error as Error).message };
}

export function threadName(title: string): string {
  const name = title.replace(/\s+/g, ' ').trim() || 'News';
  return name.length <= THREAD_NAME_MAX ? name : `${name.slice(0, THREAD_NAME_MAX - 1)}…`;
}

export function createPostSender(rest: REST) {
  return {
    async send(channelId: string, message: PostMessage, nonce: string): Promise<PostSendResult> {
      try {
        const body = { ...message, nonce, enforce_nonce: true };
        const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { ok: true, messageId: sent.id, channelId };
      } catch (error) {
        return classify(error);
      }
    },
    async edit(channelId: string, messageId: string, message: PostMessage): Promise<PostSendResult> {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: message });
        return { ok: true, messageId, channelId };
      } catch (error) {
        return classify(error);
      }
    },
    /** A thread under a posted message (mode thread); a failure leaves the post as it is. */
    async openThread(channelId: string, messageId: string, title: string): Promise<PostSendResult> {
      try {
        const thread = (await rest.post(Routes.threads(channelId, messageId), {
          body: { name: threadName(title) },
        })) as { id: string };
        return { ok: true, messageId, channelId: thread.id };
      } catch (error) {
        return classify(error);
      }
    },
    /** A forum post: a thread whose first message is the post. Its id is the thread's channel id. */
    async forumPost(channelId: string, title: string, message: PostMessage): Promise<PostSendResult> {
      try {
        const thread = (await rest.post(Routes.threads(channelId), {
          body: { name: threadName(title), message },
        })) as { id: string; message?: { id: string } };
        return { ok: true, messageId: thread.message?.id ?? thread.id, channelId: thread.id };
      } catch (error) {
        return classify(error);
      }
    },
    async publish(channelId: string, messageId: string): Promise<PostSendResult> {
      try {
        await rest.post(Routes.channelMessageCrosspost(channelId, messageId));
        return { ok: true, messageId, channelId };
      } catch (error) {
        return classify(error);
      }
    },
  };
}

export type PostSender = ReturnType<typeof createPostSender>;
