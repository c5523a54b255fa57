// Discord's wording for a refused schedule or cron expression (the core gives codes and the part that is
// wrong): what was wrong, and how to write it, for the admin who typed it.
import { wordFor, type Wording } from '../result.js';
import { joinWords, MONTH_LABELS, type CronProblem, type ScheduleProblem } from '../core/schedule/index.js';

const HELP =
  "try 'daily 09:00', 'weekdays 18:30', 'mondays 08:00', 'every 6 hours', 'twice daily', 'hourly', " +
  "or a cron expression like '0 9 * * *'";

const CRON_WORDS: Wording<CronProblem> = {
  'cron-empty': () => 'the cron expression is empty',
  'unknown-shortcut': (p) => `unknown shortcut '${p.shortcut}'; known: ${p.known.join(', ')}`,
  'field-count': (p) =>
    `a cron expression has 5 fields (minute hour day month weekday) or 6 (seconds first), not ${p.count}`,
  'empty-item': (p) => `${p.field} field '${p.text}' has an empty item in its list`,
  'double-step': (p) => `${p.field} field '${p.text}' has more than one '/'`,
  'step-not-number': (p) => `${p.field} field '${p.text}': the step must be a number`,
  'step-too-small': (p) => `${p.field} field '${p.text}': the step must be at least 1`,
  'bad-range': (p) => `${p.field} field '${p.text}' is not a range like 1-5`,
  'step-needs-range': (p) =>
    `${p.field} field '${p.text}': a step needs '*' or a range, such as '${p.example}'`,
  'missing-number': (p) => `${p.field} field '${p.text}' is missing a number`,
  'not-a-number': (p) => {
    const where = p.text === p.item ? `'${p.item}'` : `'${p.text}' in '${p.item}'`;
    return `${p.field} field ${where} is not a number${p.example ? ` (a number or a name like ${p.example})` : ''}`;
  },
  'out-of-range': (p) => `${p.field} field '${p.text}' is out of range ${p.min}–${p.max}`,
  'last-offset-range': (p) => `day-of-month field '${p.text}': L-n needs n between 1 and 30`,
  'nth-range': (p) => `weekday field '${p.text}': the number after '#' must be 1–5`,
  'day-never-occurs': (p) =>
    `day ${p.days.join(', ')} never occurs in ${p.months.map((m) => MONTH_LABELS[m - 1] ?? '').join(' or ')}, ` +
    'so this schedule would never run',
};

const SCHEDULE_WORDS: Wording<ScheduleProblem> = {
  'schedule-empty': () => `the schedule is empty; ${HELP}`,
  'bad-cron': (p) => `invalid cron expression '${p.cron}': ${cronProblemText(p.problem)}`,
  'no-day-count': (p) =>
    `'${p.text}' cannot be a cron schedule, since cron has no count of days; use days by name ` +
    `('mondays 08:00', 'weekly') or a cron expression such as '0 9 */2 * *' (odd days of the month)`,
  'interval-zero': (p) => `'every ${p.n} ${p.unit}' must be at least every 1`,
  'interval-not-divisor': (p) =>
    `'every ${p.n} ${p.unit}' cannot be a cron schedule: cron counts restart each ${p.restartsEach}, so the number ` +
    `must divide ${p.cycle} (${p.divisors.join(', ')}); or write a cron expression`,
  'hour-out-of-range': (p) =>
    p.half
      ? `hour '${p.hour}' in '${p.token}' is out of range 1–12 for ${p.half}`
      : `hour '${p.hour}' in '${p.token}' is out of range 0–23`,
  'minute-out-of-range': (p) => `minute '${p.minute}' in '${p.token}' is out of range 0–59`,
  'unknown-word': (p) => `could not understand '${p.token}' in the schedule; ${HELP}`,
  'no-days-or-times': () => `the schedule names no days or times; ${HELP}`,
  'monthly-with-weekdays': () => "'monthly' cannot be combined with weekdays",
  'mixed-minutes': (p) =>
    `the times ${joinWords(p.times)} have different minutes, which one cron expression cannot hold; add two digests instead`,
};

export function cronProblemText(problem: CronProblem): string {
  return wordFor(CRON_WORDS, problem);
}

export function scheduleProblemText(problem: ScheduleProblem): string {
  return wordFor(SCHEDULE_WORDS, problem);
}
