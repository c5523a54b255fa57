// Posts one digest message, telling apart the failures that pause a subscription from those worth
// another try. Only this file knows how a digest reaches Discord.
import { Routes, type REST } from 'discord.js';
import { sendFailure, type SendFailure } from '../discord/send-failure.js';
import type { MessagePayload } from '../discord/render.js';

export type SendResult = { ok: true; messageId: string } | SendFailure;

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
    return sendFailure(error);
  }
}
