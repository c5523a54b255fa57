// Says a cron schedule in words for /digest list ("weekdays at 18:30", "every 6 hours"). Patterns that
// do not read naturally are shown as the expression itself rather than as a half-true sentence.

import type { CronSpec } from './cron-fields.js';

export const WEEKDAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_LABELS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// More fixed times than this reads worse than the cron expression.
const MAX_LISTED_TIMES = 6;

type Clock = { kind: 'times'; text: string } | { kind: 'repeat'; text: string };

export function describeCron(spec: CronSpec): string {
  const clock = describeClock(spec);
  const days = describeDays(spec);
  if (!clock || !days) return `cron ${spec.expression}`;
  const dates = clock.kind === 'times' ? describeDates(spec) : null;
  if (dates) return `every year on ${dates} ${clock.text}`;
  const months =
    spec.months.length === 12 ? '' : ` in ${joinWords(spec.months.map((m) => MONTH_LABELS[m - 1] ?? ''))}`;
  if (clock.kind === 'times') return `${days.every} ${clock.text}${months}`;
  return [clock.text, days.on].filter(Boolean).join(' ') + months;
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The step k when `values` is exactly 0, k, 2k … over a cycle of `size` that k divides; else null. */
function evenStep(values: number[], size: number): number | null {
  const step = values[1];
  if (values[0] !== 0 || step === undefined || size % step !== 0 || values.length !== size / step)
    return null;
  return values.every((v, i) => v === i * step) ? step : null;
}

function describeClock(spec: CronSpec): Clock | null {
  const { seconds, minutes, hours } = spec;
  const allMinutes = minutes.length === 60;
  let repeat: string | null = null;
  if (seconds.length === 60 && allMinutes) repeat = 'every second';
  else if (evenStep(seconds, 60) && allMinutes) repeat = `every ${evenStep(seconds, 60)} seconds`;
  else if (seconds.length === 1 && seconds[0] === 0 && allMinutes) repeat = 'every minute';
  else if (seconds.length === 1 && seconds[0] === 0 && evenStep(minutes, 60)) {
    repeat = `every ${evenStep(minutes, 60)} minutes`;
  }
  if (repeat) return hours.length === 24 ? { kind: 'repeat', text: repeat } : limitToHours(repeat, hours);
  if (seconds.length !== 1 || minutes.length > 4) return null;
  const second = seconds[0] ?? 0;
  const atMinutes = `:${minutes.map(pad).join(' and :')}`;
  if (hours.length === 24 && second === 0) {
    return { kind: 'repeat', text: minutes.join() === '0' ? 'every hour' : `every hour at ${atMinutes}` };
  }
  const hourStep = evenStep(hours, 24);
  if (hourStep && second === 0 && minutes.length === 1) {
    const at = minutes[0] === 0 ? '' : ` at ${atMinutes}`;
    return { kind: 'repeat', text: `every ${hourStep} hours${at}` };
  }
  if (hours.length * minutes.length <= MAX_LISTED_TIMES) {
    const times = hours.flatMap((h) =>
      minutes.map((m) => `${pad(h)}:${pad(m)}${second ? `:${pad(second)}` : ''}`),
    );
    return { kind: 'times', text: `at ${joinWords(times)}` };
  }
  if (second === 0 && minutes.length === 1) {
    const at = minutes[0] === 0 ? 'every hour' : `every hour at ${atMinutes}`;
    return limitToHours(at, hours);
  }
  return null;
}

// "every 15 minutes between 09:00 and 18:00" when the hours are one unbroken run.
function limitToHours(repeat: string, hours: number[]): Clock | null {
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== hours.length) return null;
  const end = last === 23 ? 'midnight' : `${pad(last + 1)}:00`;
  return { kind: 'repeat', text: `${repeat} between ${pad(first)}:00 and ${end}` };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

// Fixed dates of some months, as a calendar says them: "1 January", "1 and 15 March", "1 January and
// 1 July". Null when the days of the month are not plain numbers, or every month is included.
function describeDates(spec: CronSpec): string | null {
  const { daysOfMonth, weekdays, months } = spec;
  if (!daysOfMonth || weekdays || months.length === 12) return null;
  const days: number[] = [];
  for (const rule of daysOfMonth) {
    if (rule.kind !== 'day') return null;
    days.push(rule.day);
  }
  const names = months.map((m) => MONTH_LABELS[m - 1] ?? '');
  if (names.length === 1) return `${joinWords(days.map(String))} ${names[0]}`;
  if (days.length === 1) return joinWords(names.map((name) => `${days[0]} ${name}`));
  return null;
}

function describeDays(spec: CronSpec): { every: string; on: string } | null {
  const { daysOfMonth, weekdays } = spec;
  if (daysOfMonth && weekdays) return null;
  if (daysOfMonth) {
    const days: string[] = [];
    for (const rule of daysOfMonth) {
      if (rule.kind === 'day') days.push(`the ${ordinal(rule.day)}`);
      else if (rule.kind === 'last' && rule.offset === 0) days.push('the last day');
      else return null;
    }
    const every = spec.months.length === 12 ? `monthly on ${joinWords(days)}` : `on ${joinWords(days)}`;
    return { every, on: `on ${joinWords(days)} of the month` };
  }
  if (!weekdays) return { every: 'every day', on: '' };
  const set = new Set<number>();
  for (const rule of weekdays) {
    if (rule.kind !== 'weekday') return null;
    set.add(rule.weekday);
  }
  const list = [...set].sort((a, b) => a - b);
  const key = list.join();
  if (key === '0,1,2,3,4,5,6') return { every: 'every day', on: '' };
  if (key === '1,2,3,4,5') return { every: 'weekdays', on: 'on weekdays' };
  if (key === '0,6') return { every: 'weekends', on: 'on weekends' };
  // Monday first reads better than the cron order that starts on Sunday.
  const names = [...list.filter((d) => d !== 0), ...list.filter((d) => d === 0)].map(
    (d) => WEEKDAY_LABELS[d] ?? '',
  );
  if (names.length === 1) return { every: `every ${names[0]}`, on: `on ${names[0]}s` };
  const plural = joinWords(names.map((name) => `${name}s`));
  return { every: plural, on: `on ${plural}` };
}
