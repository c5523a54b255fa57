// When a cron schedule fires, computed the way node-cron 4 fires it, so that "next digest at …" is true.
// The walk goes day by day over the zone's calendar (skipping whole months that cannot match) and, on a
// matching day, over the listed hours, minutes and seconds only: an every-second schedule costs one zone
// conversion per run, a yearly one about a year of cheap calendar steps.
//
// Day rules follow node-cron: when both day-of-month and weekday are restricted, a day must satisfy both
// (classic Vixie cron would take either). Across daylight-saving changes, node-cron runs each wall-clock
// time once and skips wall-clock times that do not exist that day; so does this walk.

import { parseCron, type CronSpec, type DayOfMonthRule, type WeekdayRule } from './cron-fields.js';
import { instantOfWallTime, isValidTimeZone, wallTimeAt, type WallTime } from './timezones.js';

/** An expression or zone that the caller should have validated first. */
export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

// node-cron gives up after a hundred years too (Feb 29 on a Monday recurs every 28).
const MAX_YEARS = 100;
/** Runs looked at by minIntervalSeconds: enough to see every gap of any daily, weekly or monthly pattern. */
export const INTERVAL_SAMPLE_RUNS = 100;

function compile(cron: string, timeZone: string): CronSpec {
  const parsed = parseCron(cron);
  if (!parsed.ok) throw new ScheduleError(`invalid cron expression '${cron}': ${parsed.error.code}`);
  if (!isValidTimeZone(timeZone)) throw new ScheduleError(`unknown time zone '${timeZone}'`);
  return parsed.spec;
}

/** The next `count` fire times strictly after `after`, for `cron` read in the IANA zone `timeZone`. */
export function nextRuns(cron: string, timeZone: string, after: Date, count: number): Date[] {
  const spec = compile(cron, timeZone);
  return walkRuns(spec, timeZone, after.getTime(), count).map((ms) => new Date(ms));
}

/**
 * The smallest gap, in seconds, between consecutive runs among the next INTERVAL_SAMPLE_RUNS after `from`
 * (Infinity when it runs at most once). A daylight-saving change inside that window counts as it happens.
 */
export function minIntervalSeconds(cron: string, timeZone: string, from: Date): number {
  const spec = compile(cron, timeZone);
  const runs = walkRuns(spec, timeZone, from.getTime(), INTERVAL_SAMPLE_RUNS);
  let smallest = Infinity;
  for (let i = 1; i < runs.length; i++) {
    smallest = Math.min(smallest, ((runs[i] ?? 0) - (runs[i - 1] ?? 0)) / 1000);
  }
  return smallest;
}

function walkRuns(spec: CronSpec, timeZone: string, afterMs: number, count: number): number[] {
  const runs: number[] = [];
  if (count <= 0) return runs;
  const start = wallTimeAt(afterMs, timeZone);
  const months = new Set(spec.months);
  let { year, month, day } = start;
  let bound: WallTime | null = start;
  while (runs.length < count && year <= start.year + MAX_YEARS) {
    if (!months.has(month)) {
      ({ year, month } = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });
      day = 1;
      bound = null;
      continue;
    }
    if (matchesDay(spec, year, month, day)) {
      collectDay(spec, timeZone, { year, month, day }, bound, afterMs, count, runs);
    }
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    year = next.getUTCFullYear();
    month = next.getUTCMonth() + 1;
    day = next.getUTCDate();
    bound = null;
  }
  return runs;
}

function collectDay(
  spec: CronSpec,
  timeZone: string,
  date: { year: number; month: number; day: number },
  bound: WallTime | null,
  afterMs: number,
  count: number,
  runs: number[],
): void {
  for (const hour of spec.hours) {
    if (bound && hour < bound.hour) continue;
    for (const minute of spec.minutes) {
      if (bound && hour === bound.hour && minute < bound.minute) continue;
      for (const second of spec.seconds) {
        if (bound && hour === bound.hour && minute === bound.minute && second <= bound.second) continue;
        const at = instantOfWallTime({ ...date, hour, minute, second }, timeZone);
        // `at` can be at or before `afterMs` when `after` falls in an hour the clocks repeated.
        if (at === null || at <= afterMs || at <= (runs[runs.length - 1] ?? -Infinity)) continue;
        runs.push(at);
        if (runs.length >= count) return;
      }
    }
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function matchesDay(spec: CronSpec, year: number, month: number, day: number): boolean {
  const dayOk = !spec.daysOfMonth || spec.daysOfMonth.some((rule) => matchesDayRule(rule, year, month, day));
  if (!dayOk) return false;
  return !spec.weekdays || spec.weekdays.some((rule) => matchesWeekdayRule(rule, year, month, day));
}

function matchesDayRule(rule: DayOfMonthRule, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  switch (rule.kind) {
    case 'day':
      return rule.day === day;
    case 'last':
      return last - rule.offset === day;
    case 'nearest-weekday': {
      const target = rule.day === 'last' ? last : rule.day;
      return target <= last && nearestWeekday(year, month, target, last) === day;
    }
  }
}

// The weekday closest to `target` without leaving the month: Saturday moves back, Sunday forward.
function nearestWeekday(year: number, month: number, target: number, last: number): number {
  const weekday = weekdayOf(year, month, target);
  if (weekday === 6) return target === 1 ? 3 : target - 1;
  if (weekday === 0) return target === last ? target - 2 : target + 1;
  return target;
}

function matchesWeekdayRule(rule: WeekdayRule, year: number, month: number, day: number): boolean {
  const weekday = weekdayOf(year, month, day);
  if (weekday !== rule.weekday) return false;
  switch (rule.kind) {
    case 'weekday':
      return true;
    case 'nth':
      return Math.floor((day - 1) / 7) + 1 === rule.nth;
    case 'last':
      return day + 7 > daysInMonth(year, month);
  }
}
