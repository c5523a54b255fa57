// What a failed post, edit or thread means for the subscription behind it, digests and live posts alike:
// 'pause' when the channel refuses Herald until an admin acts, 'retry' for anything that may pass.
import { DiscordAPIError, HTTPError } from 'discord.js';

export interface SendFailure {
  ok: false;
  kind: 'pause' | 'retry';
  reason: string;
  /** Discord's error code, when Discord gave one (10008: unknown message, 10003: unknown channel). */
  code?: number;
}

/** Discord codes that mean the channel can't take our posts until an admin acts. */
const PAUSE_CODES: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'Herald has no access to the channel',
  50013: 'Herald lacks permission to post in the channel',
};

export function sendFailure(error: unknown): SendFailure {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const reason = PAUSE_CODES[code];
    if (reason) return { ok: false, kind: 'pause', reason: `${reason} (Discord error ${code})`, code };
    if (error.status === 403 || error.status === 404) {
      return {
        ok: false,
        kind: 'pause',
        reason: `Discord refused the post (HTTP ${error.status}, code ${code})`,
        code,
      };
    }
    return { ok: false, kind: 'retry', reason: `Discord error ${code}: ${error.message}`, code };
  }
  if (error instanceof HTTPError)
    return { ok: false, kind: 'retry', reason: `HTTP ${error.status} from Discord` };
  return { ok: false, kind: 'retry', reason: (error as Error).message };
}
