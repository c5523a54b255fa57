// Digest schedules as people type them: a cron expression, or plain words ("weekdays 18:30",
// "every 6 hours"). Words become a cron expression, so the scheduler only ever sees cron; the description
// for /digest list is written back from that cron, so words and cron input read the same way.

import { parseCron, type CronProblem } from './cron-fields.js';
import { describeCron } from './cron-words.js';

export { nextRuns, minIntervalSeconds, ScheduleError } from './cron-next.js';
export { isValidTimeZone, canonicalTimeZone, resolveTimeZone, suggestTimeZones } from './timezones.js';
export { describeCron, joinWords } from './cron-words.js';
export type { CronProblem } from './cron-fields.js';

/** Why a typed schedule was refused, with the part that is wrong; the edge words it (src/discord/words.ts). */
export type ScheduleProblem =
  | { code: 'schedule-empty' }
  | { code: 'bad-cron'; cron: string; problem: CronProblem }
  | { code: 'no-day-count'; text: string }
  | { code: 'interval-zero'; n: number; unit: string }
  | {
      code: 'interval-not-divisor';
      n: number;
      unit: string;
      cycle: number;
      restartsEach: string;
      divisors: number[];
    }
  | { code: 'hour-out-of-range'; hour: number; token: string; half: string | null }
  | { code: 'minute-out-of-range'; minute: string; token: string }
  | { code: 'unknown-word'; token: string }
  | { code: 'no-days-or-times' }
  | { code: 'monthly-with-weekdays' }
  | { code: 'mixed-minutes'; times: string[] };

export type ScheduleResult =
  { ok: true; cron: string; words: string } | { ok: false; error: ScheduleProblem };
// When words name days but no time: a morning digest.
const DEFAULT_TIME = { hour: 9, minute: 0 };

const FIXED_PHRASES: Record<string, string> = {
  hourly: '0 * * * *',
  'every hour': '0 * * * *',
  'every minute': '* * * * *',
  'every second': '* * * * * *',
  'twice daily': '0 9,18 * * *',
  'twice a day': '0 9,18 * * *',
};

const FILLERS = new Set(['every', 'each', 'on', 'at', 'and', '&', ',', 'the', '@']);
const WEEKDAY_WORD = /^(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?$/;
const WEEKDAY_STEMS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const fail = (error: ScheduleProblem): ScheduleResult => ({ ok: false, error });

/** Reads a schedule typed by an admin; the problem says what was wrong. */
export function parseSchedule(input: string): ScheduleResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return fail({ code: 'schedule-empty' });
  const cron = looksLikeCron(text) ? text : readWords(text);
  if (typeof cron !== 'string') return cron;
  const parsed = parseCron(cron);
  if (!parsed.ok) return fail({ code: 'bad-cron', cron, problem: parsed.error });
  return { ok: true, cron: parsed.spec.expression, words: describeCron(parsed.spec) };
}

// Words never contain '*' or start with '@'; several bare numbers are a cron expression with a field missing.
function looksLikeCron(text: string): boolean {
  const tokens = text.split(' ');
  return (
    text.startsWith('@') ||
    text.includes('*') ||
    (tokens.length >= 2 && tokens.every((t) => /^[\d,/?#-]+$/.test(t)))
  );
}

function readWords(text: string): string | ScheduleResult {
  const lower = text
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/(\d)\s+([ap]m)\b/g, '$1$2');
  const fixed = FIXED_PHRASES[lower];
  if (fixed) return fixed;
  const every = /^every (\d+) (sec|secs|seconds?|min|mins|minutes?|hrs?|hours?)$/.exec(lower);
  if (every) return readInterval(Number(every[1]), every[2] ?? '');
  const everyDays = /^every (\d+) (days?|weeks?|months?)$/.exec(lower);
  if (everyDays) {
    return fail({ code: 'no-day-count', text: lower });
  }
  return readDaysAndTimes(lower);
}

function readInterval(n: number, unit: string): string | ScheduleResult {
  const name = unit.startsWith('s') ? 'seconds' : unit.startsWith('m') ? 'minutes' : 'hours';
  const cycle = name === 'hours' ? 24 : 60;
  if (n < 1) return fail({ code: 'interval-zero', n, unit: name });
  if (n === cycle) return { seconds: '* * * * *', minutes: '0 * * * *', hours: '0 0 * * *' }[name];
  if (n > cycle || cycle % n !== 0) {
    const restartsEach = { seconds: 'minute', minutes: 'hour', hours: 'day' }[name];
    const divisors = Array.from({ length: cycle - 1 }, (_, i) => i + 1).filter((d) => cycle % d === 0);
    return fail({ code: 'interval-not-divisor', n, unit: name, cycle, restartsEach, divisors });
  }
  const step = n === 1 ? '*' : `*/${n}`;
  return { seconds: `${step} * * * * *`, minutes: `${step} * * * *`, hours: `0 ${step} * * *` }[name];
}

interface Time {
  hour: number;
  minute: number;
}

function readTime(token: string): Time | ScheduleProblem | null {
  if (token === 'noon') return { hour: 12, minute: 0 };
  if (token === 'midnight') return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$/.exec(token);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3];
  if (half) {
    if (hour < 1 || hour > 12) return { code: 'hour-out-of-range', hour, token, half };
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return { code: 'hour-out-of-range', hour, token, half: null };
  }
  if (minute > 59) return { code: 'minute-out-of-range', minute: match[2] ?? '', token };
  return { hour, minute };
}

function readDaysAndTimes(lower: string): string | ScheduleResult {
  const tokens = lower
    .replace(/,/g, ' , ')
    .split(' ')
    .filter((t) => t !== '' && !FILLERS.has(t));
  const weekdays = new Set<number>();
  const times: Time[] = [];
  let everyDay = false;
  let weekly = false;
  let monthly = false;
  for (const token of tokens) {
    const weekdayName = WEEKDAY_WORD.exec(token);
    const time = readTime(token);
    if (['daily', 'day', 'days', 'everyday'].includes(token)) everyDay = true;
    else if (token === 'weekday' || token === 'weekdays') [1, 2, 3, 4, 5].forEach((d) => weekdays.add(d));
    else if (token === 'weekend' || token === 'weekends') [0, 6].forEach((d) => weekdays.add(d));
    else if (token === 'weekly') weekly = true;
    else if (token === 'monthly') monthly = true;
    else if (weekdayName) weekdays.add(WEEKDAY_STEMS.indexOf((weekdayName[1] ?? '').slice(0, 3)));
    else if (time && 'code' in time) return fail(time);
    else if (time) times.push(time);
    else return fail({ code: 'unknown-word', token });
  }
  if (!everyDay && !weekly && !monthly && weekdays.size === 0 && times.length === 0) {
    return fail({ code: 'no-days-or-times' });
  }
  if (monthly && (weekly || weekdays.size > 0)) return fail({ code: 'monthly-with-weekdays' });
  if (weekly && weekdays.size === 0) weekdays.add(1);
  const chosen = times.length > 0 ? times : [DEFAULT_TIME];
  const minutes = new Set(chosen.map((t) => t.minute));
  if (minutes.size > 1) {
    const times = chosen.map(
      (t) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`,
    );
    return fail({ code: 'mixed-minutes', times });
  }
  const hours = [...new Set(chosen.map((t) => t.hour))].sort((a, b) => a - b);
  const dayField = monthly ? '1' : '*';
  const weekdayField =
    everyDay || weekdays.size === 7 || weekdays.size === 0 ? '*' : compressList([...weekdays]);
  return `${chosen[0]?.minute ?? 0} ${hours.join(',')} ${dayField} * ${weekdayField}`;
}

/** 1,2,3,4,5 → "1-5"; runs shorter than three stay a list. */
function compressList(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
