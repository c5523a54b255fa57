// Digest schedules: cron fields, next runs, schedule words, time zones.
export { minIntervalSeconds, nextRuns, ScheduleError } from './cron-next.js';
export {
  canonicalTimeZone,
  isValidTimeZone,
  parseSchedule,
  resolveTimeZone,
  suggestTimeZones,
} from './schedule.js';
export type { CronProblem, ScheduleProblem, ScheduleResult } from './schedule.js';
export { joinWords, MONTH_LABELS } from './cron-words.js';
