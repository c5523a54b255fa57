// Keeps the last errors the log printed (with their reference ids) for the status page's overview.
import type { Logger } from '../logger.js';

export interface LoggedError {
  at: number;
  message: string;
  ref: string | null;
}

export interface ErrorLog {
  logger: Logger;
  recent(): LoggedError[];
}

export function createErrorLog(inner: Logger, options: { keep?: number; now?: () => number } = {}): ErrorLog {
  const keep = options.keep ?? 20;
  const now = options.now ?? (() => Date.now());
  const errors: LoggedError[] = [];
  return {
    logger: {
      debug: (message, fields) => inner.debug(message, fields),
      info: (message, fields) => inner.info(message, fields),
      warn: (message, fields) => inner.warn(message, fields),
      error(message, fields) {
        inner.error(message, fields);
        const ref = typeof fields?.ref === 'string' ? fields.ref : null;
        const detail = typeof fields?.error === 'string' ? `: ${fields.error}` : '';
        errors.push({ at: now(), message: message + detail, ref });
        if (errors.length > keep) errors.shift();
      },
    },
    recent: () => [...errors].reverse(),
  };
}
