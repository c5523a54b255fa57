// Posts one digest message, telling apart the failures that pause a subscription from those worth
// another try. Only this file knows how a digest reaches Discord.
import { DiscordAPIError, HTTPError, Routes, type REST } from 'discord.js';
import type { MessagePayload } from '../discord/render.js';

export type SendResult =
  | { ok: true; messageId: string }
  | { ok: false; kind: 'pause'; reason: string }
  | { ok: false; kind: 'retry'; reason: string };

/** Discord codes that mean the channel can't take our posts until an admin acts. */
const PAUSE_CODES: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'Herald has no access to the channel',
  50013: 'Herald lacks permission to post in the channel',
};

/**
 * The nonce of a run: the same for every try of that run, different for every other run. Slots are in
 * milliseconds (a manual or catch-up run may share its second with a scheduled slot); at most 25
 * characters, Discord's limit, for subscription ids below 10^10.
 */
export function digestNonce(subscriptionId: number, slot: number): string {
  return `d${subscriptionId}-${Math.round(slot)}`;
}

export async function postDigest(
  rest: REST,
  channelId: string,
  payload: MessagePayload,
  nonce: string,
): Promise<SendResult> {
  try {
    const body = {
      content: payload.content,
      embeds: payload.embeds,
      allowed_mentions: { parse: [] },
      nonce,
      enforce_nonce: true,
    };
    const message = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    return { ok: true, messageId: message.id };
  } catch (error) {
    if (error instanceof DiscordAPIError) {
      const code = typeof error.code === 'number' ? error.code : Number(error.code);
      const reason = PAUSE_CODES[code];
      if (reason) return { ok: false, kind: 'pause', reason: `${reason} (Discord error ${code})` };
      if (error.status === 403 || error.status === 404) {
        return {
          ok: false,
          kind: 'pause',
          reason: `Discord refused the post (HTTP ${error.status}, code ${code})`,
        };
      }
      return { ok: false, kind: 'retry', reason: `Discord error ${code}: ${error.message}` };
    }
    if (error instanceof HTTPError)
      return { ok: false, kind: 'retry', reason: `HTTP ${error.status} from Discord` };
    return { ok: false, kind: 'retry', reason: (error as Error).message };
  }
}
