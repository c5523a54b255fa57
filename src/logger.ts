// One line per event, with a level: `2026-11-23T10:00:00.000Z INFO message key=value`.
// The logger writes what it is given; callers never pass secrets (the token is never a field).

/** Levels from the most to the least talkative; LOG_LEVEL names one. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  const emit = (at: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    write(formatLine(now(), at, message, fields));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export function formatLine(
  at: Date,
  level: LogLevel,
  message: string,
  fields?: Record<string, unknown>,
): string {
  const pairs = Object.entries(fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  // Newlines would split one event over several lines.
  const text = message.replace(/\s*\n\s*/g, ' ');
  return [at.toISOString(), level.toUpperCase(), text, ...pairs].join(' ');
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Quote only when needed, so `count=5 channel=123` stays easy to read and grep.
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}
