// How a live post reaches Discord: a new message (with its nonce and enforce_nonce, so a retry after a
// crash is the same message), an edit of a story's message, a thread under a post, a forum post. Failures
// come back as values: 'pause' when the channel refuses us (deleted, access removed), 'retry' otherwise.
import { Routes, SnowflakeUtil, type REST } from 'discord.js';
import { sendFailure, type SendFailure } from '../discord/send-failure.js';
import type { PostMessage } from '../discord/render-post.js';

export type PostSendResult = { ok: true; messageId: string; channelId: string } | SendFailure;

/** Thread names: Discord allows 100 characters. */
const THREAD_NAME_MAX = 100;

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
        return sendFailure(error);
      }
    },
    async edit(channelId: string, messageId: string, message: PostMessage): Promise<PostSendResult> {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: message });
        return { ok: true, messageId, channelId };
      } catch (error) {
        return sendFailure(error);
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
        return sendFailure(error);
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
        return sendFailure(error);
      }
    },
    /**
     * A forum post made for this title since `since`, if there is one: a forum post takes no nonce, so
     * after a crash in the middle of making one, this is how its retry learns it was made.
     */
    async findForumPost(
      guildId: string,
      forumId: string,
      title: string,
      since: number,
    ): Promise<PostSendResult | null> {
      try {
        const { threads } = (await rest.get(Routes.guildActiveThreads(guildId))) as {
          threads: Array<{ id: string; parent_id?: string | null; name?: string }>;
        };
        const name = threadName(title);
        const made = threads.find(
          (t) => t.parent_id === forumId && t.name === name && SnowflakeUtil.timestampFrom(t.id) >= since,
        );
        return made ? { ok: true, messageId: made.id, channelId: made.id } : null;
      } catch (error) {
        return sendFailure(error);
      }
    },
    async publish(channelId: string, messageId: string, signal?: AbortSignal): Promise<PostSendResult> {
      try {
        await rest.post(Routes.channelMessageCrosspost(channelId, messageId), signal ? { signal } : {});
        return { ok: true, messageId, channelId };
      } catch (error) {
        return sendFailure(error);
      }
    },
  };
}

export type PostSender = ReturnType<typeof createPostSender>;
