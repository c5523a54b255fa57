import { describe, it, expect } from 'vitest';
import { validate } from 'node-cron';
import { scheduleProblemText } from '../../src/discord/schedule-words.js';
import {
  canonicalTimeZone,
  isValidTimeZone,
  resolveTimeZone,
  minIntervalSeconds,
  nextRuns,
  parseSchedule,
  ScheduleError,
  suggestTimeZones,
} from '../../src/core/schedule/index.js';

const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());
const at = (text: string): Date => new Date(text);

describe('parseSchedule: plain words', () => {
  it.each([
    ['hourly', '0 * * * *', 'every hour'],
    ['every hour', '0 * * * *', 'every hour'],
    ['daily', '0 9 * * *', 'every day at 09:00'],
    ['daily 09:00', '0 9 * * *', 'every day at 09:00'],
    ['Daily at 7:05', '5 7 * * *', 'every day at 07:05'],
    ['every day at 7am', '0 7 * * *', 'every day at 07:00'],
    ['every day at 7:30 pm', '30 19 * * *', 'every day at 19:30'],
    ['daily at noon', '0 12 * * *', 'every day at 12:00'],
    ['daily midnight', '0 0 * * *', 'every day at 00:00'],
    ['weekdays 18:30', '30 18 * * 1-5', 'weekdays at 18:30'],
    ['weekends 10am', '0 10 * * 0,6', 'weekends at 10:00'],
    ['mondays 08:00', '0 8 * * 1', 'every Monday at 08:00'],
    ['monday 08:00', '0 8 * * 1', 'every Monday at 08:00'],
    ['every Sunday at 12am', '0 0 * * 0', 'every Sunday at 00:00'],
    ['tuesdays 6pm', '0 18 * * 2', 'every Tuesday at 18:00'],
    ['wednesdays 08:00', '0 8 * * 3', 'every Wednesday at 08:00'],
    ['thursday 08:00', '0 8 * * 4', 'every Thursday at 08:00'],
    ['fridays 17:00', '0 17 * * 5', 'every Friday at 17:00'],
    ['saturdays 08:00', '0 8 * * 6', 'every Saturday at 08:00'],
    ['mon, thu 08:00', '0 8 * * 1,4', 'Mondays and Thursdays at 08:00'],
    ['wednesdays and fridays at noon', '0 12 * * 3,5', 'Wednesdays and Fridays at 12:00'],
    ['weekly', '0 9 * * 1', 'every Monday at 09:00'],
    ['weekly on friday at 17:00', '0 17 * * 5', 'every Friday at 17:00'],
    ['monthly', '0 9 1 * *', 'monthly on the 1st at 09:00'],
    ['every 6 hours', '0 */6 * * *', 'every 6 hours'],
    ['every 15 minutes', '*/15 * * * *', 'every 15 minutes'],
    ['every 30 seconds', '*/30 * * * * *', 'every 30 seconds'],
    ['every minute', '* * * * *', 'every minute'],
    ['every second', '* * * * * *', 'every second'],
    ['twice daily', '0 9,18 * * *', 'every day at 09:00 and 18:00'],
    ['twice a day', '0 9,18 * * *', 'every day at 09:00 and 18:00'],
    ['daily at 9:00, 13:00 and 18:00', '0 9,13,18 * * *', 'every day at 09:00, 13:00 and 18:00'],
  ])('reads %j as %j (%s)', (input, cron, words) => {
    expect(parseSchedule(input)).toEqual({ ok: true, cron, words });
  });
});

describe('parseSchedule: cron expressions', () => {
  it.each([
    ['* * * * * *', 'every second'],
    ['*/10 * * * * *', 'every 10 seconds'],
    ['0 9 * * 1-5', 'weekdays at 09:00'],
    ['0 9 * * MON-FRI', 'weekdays at 09:00'],
    ['0 9 * * SAT,SUN', 'weekends at 09:00'],
    ['0 30 9 * * *', 'every day at 09:30'],
    ['15 30 9 * * *', 'every day at 09:30:15'],
    ['*/15 9-17 * * 1-5', 'every 15 minutes between 09:00 and 18:00 on weekdays'],
    ['0 0 L * *', 'monthly on the last day at 00:00'],
    ['0 9 * JAN,JUL *', 'every day at 09:00 in January and July'],
    ['0 0 1 1 *', 'every year on 1 January at 00:00'],
    ['@yearly', 'every year on 1 January at 00:00'],
    ['30 8 25 12 *', 'every year on 25 December at 08:30'],
    ['0 9 1,15 3 *', 'every year on 1 and 15 March at 09:00'],
    ['0 9 1 1,7 *', 'every year on 1 January and 1 July at 09:00'],
    ['0 9 1,15 1,7 *', 'on the 1st and the 15th at 09:00 in January and July'],
    ['@daily', 'every day at 00:00'],
    ['0 0 * * 5L', 'cron 0 0 * * 5L'],
  ])('accepts %j and describes it as %j', (cron, words) => {
    const result = parseSchedule(cron);
    expect(result).toMatchObject({ ok: true, words });
  });

  it('expands a nickname into the expression it stands for', () => {
    expect(parseSchedule('@hourly')).toEqual({ ok: true, cron: '0 * * * *', words: 'every hour' });
  });

  it.each([
    ['61 * * * *', "minute field '61' is out of range 0–59"],
    ['0 24 * * *', "hour field '24' is out of range 0–23"],
    ['0 0 0 * *', "day-of-month field '0' is out of range 1–31"],
    ['0 0 * 13 *', "month field '13' is out of range 1–12"],
    ['0 0 * * 8', "weekday field '8' is out of range 0–7"],
    ['60 * * * * *', "second field '60' is out of range 0–59"],
    ['*/0 * * * *', 'the step must be at least 1'],
    ['5/15 * * * *', "a step needs '*' or a range, such as '5-59/15'"],
    ['0 MON * * *', "hour field 'MON' is not a number"],
    ['0 9 * * FUNDAY', "weekday field 'FUNDAY' is not a number"],
    ['1,,2 * * * *', 'has an empty item'],
    ['0 9 * *', 'has 5 fields (minute hour day month weekday) or 6 (seconds first), not 4'],
    ['* * * * * * *', 'not 7'],
    ['0 0 30 2 *', 'day 30 never occurs in February'],
    ['@reboot', "unknown shortcut '@reboot'"],
  ])('rejects %j, saying %j', (cron, message) => {
    const result = parseSchedule(cron);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(scheduleProblemText(result.error)).toContain(message);
  });
});

describe('parseSchedule: words it refuses', () => {
  it.each([
    ['', 'the schedule is empty'],
    ['fortnightly', "could not understand 'fortnightly'"],
    ['daily 25:00', "hour '25' in '25:00' is out of range 0–23"],
    ['daily 7:75', "minute '75' in '7:75' is out of range 0–59"],
    ['daily 13pm', "hour '13' in '13pm' is out of range 1–12 for pm"],
    ['every 7 minutes', 'must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30)'],
    ['every 5 hours', 'must divide 24'],
    ['every 2 days', 'cron has no count of days'],
    ['daily 9:00 and 18:30', 'the times 09:00 and 18:30 have different minutes'],
    ['monthly on mondays', "'monthly' cannot be combined with weekdays"],
  ])('rejects %j, saying %j', (input, message) => {
    const result = parseSchedule(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(scheduleProblemText(result.error)).toContain(message);
  });
});

describe('parseSchedule agrees with node-cron', () => {
  it.each([
    'hourly',
    'weekdays 18:30',
    'mondays 08:00',
    'every 6 hours',
    'twice daily',
    'every 30 seconds',
    '*/15 9-17 * * MON-FRI',
    '0 0 L * *',
    '0 0 * * 5L',
    '0 0 * * 1#2',
    '0 22-2 * * *',
    '@weekly',
  ])('node-cron validates the cron made from %j', (input) => {
    const result = parseSchedule(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(validate(result.cron)).toBe(true);
  });

  it.each(['61 * * * *', '5/15 * * * *', '0 0 30 2 *', '0 0 * * 1#6', '0 24 * * *', '0 0 1-L * *'])(
    'node-cron also refuses %j',
    (cron) => {
      expect(parseSchedule(cron).ok).toBe(false);
      expect(validate(cron)).toBe(false);
    },
  );
});

describe('nextRuns in UTC', () => {
  it('lists daily runs strictly after the given instant', () => {
    expect(iso(nextRuns('0 9 * * *', 'UTC', at('2025-01-15T09:00:00Z'), 3))).toEqual([
      '2025-01-16T09:00:00.000Z',
      '2025-01-17T09:00:00.000Z',
      '2025-01-18T09:00:00.000Z',
    ]);
  });

  it('fires every second with a 6-field expression', () => {
    expect(iso(nextRuns('* * * * * *', 'UTC', at('2025-01-15T12:00:00.500Z'), 3))).toEqual([
      '2025-01-15T12:00:01.000Z',
      '2025-01-15T12:00:02.000Z',
      '2025-01-15T12:00:03.000Z',
    ]);
  });

  it('steps seconds across a minute boundary', () => {
    expect(iso(nextRuns('*/20 * * * * *', 'UTC', at('2025-01-15T12:00:41Z'), 2))).toEqual([
      '2025-01-15T12:01:00.000Z',
      '2025-01-15T12:01:20.000Z',
    ]);
  });

  it('skips the weekend for a weekday schedule', () => {
    expect(iso(nextRuns('30 18 * * 1-5', 'UTC', at('2025-01-17T19:00:00Z'), 1))).toEqual([
      '2025-01-20T18:30:00.000Z',
    ]);
  });

  it.each([
    ['0 0 L * *', '2024-02-01T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['0 0 * * 5L', '2025-01-01T00:00:00Z', '2025-01-31T00:00:00.000Z'],
    ['0 0 * * MON#2', '2025-02-01T00:00:00Z', '2025-02-10T00:00:00.000Z'],
    ['0 0 15W * *', '2025-03-01T00:00:00Z', '2025-03-14T00:00:00.000Z'],
    ['0 0 29 2 *', '2025-01-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['0 0 1 * MON', '2025-01-01T00:00:00Z', '2025-09-01T00:00:00.000Z'],
  ])('finds the first run of %j after %s', (cron, after, expected) => {
    expect(iso(nextRuns(cron, 'UTC', at(after), 1))).toEqual([expected]);
  });

  it('returns nothing when asked for no runs', () => {
    expect(nextRuns('* * * * * *', 'UTC', at('2025-01-01T00:00:00Z'), 0)).toEqual([]);
  });

  it('throws a ScheduleError for an expression or zone that was not validated', () => {
    expect(() => nextRuns('61 * * * *', 'UTC', at('2025-01-01T00:00:00Z'), 1)).toThrow(ScheduleError);
    expect(() => nextRuns('* * * * *', 'Mars/Olympus', at('2025-01-01T00:00:00Z'), 1)).toThrow(
      /unknown time zone/,
    );
  });
});

describe('nextRuns in America/New_York', () => {
  const zone = 'America/New_York';

  it('reads the hour on the local clock, winter and summer', () => {
    expect(iso(nextRuns('0 9 * * *', zone, at('2025-01-15T00:00:00Z'), 1))).toEqual([
      '2025-01-15T14:00:00.000Z',
    ]);
    expect(iso(nextRuns('0 9 * * *', zone, at('2025-07-15T00:00:00Z'), 1))).toEqual([
      '2025-07-15T13:00:00.000Z',
    ]);
  });

  it('keeps 09:30 local across the spring change', () => {
    expect(iso(nextRuns('30 9 * * *', zone, at('2025-03-08T00:00:00Z'), 3))).toEqual([
      '2025-03-08T14:30:00.000Z',
      '2025-03-09T13:30:00.000Z',
      '2025-03-10T13:30:00.000Z',
    ]);
  });

  it('skips 02:30 on the night it does not exist, as node-cron does', () => {
    expect(iso(nextRuns('30 2 * * *', zone, at('2025-03-08T12:00:00Z'), 2))).toEqual([
      '2025-03-10T06:30:00.000Z',
      '2025-03-11T06:30:00.000Z',
    ]);
  });

  it('runs each wall-clock time once when the autumn change repeats an hour', () => {
    expect(iso(nextRuns('*/30 * * * *', zone, at('2025-11-02T04:50:00Z'), 3))).toEqual([
      '2025-11-02T05:00:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T07:00:00.000Z',
    ]);
  });

  it('uses the local date for day-of-week in a zone behind UTC', () => {
    // 2025-01-18T02:00Z is still Friday evening in New York.
    expect(iso(nextRuns('0 22 * * 5', zone, at('2025-01-18T02:00:00Z'), 1))).toEqual([
      '2025-01-18T03:00:00.000Z',
    ]);
  });
});

describe('minIntervalSeconds', () => {
  const from = at('2025-01-15T10:17:00Z');
  it.each([
    ['* * * * * *', 1],
    ['*/15 * * * *', 900],
    ['0 */6 * * *', 6 * 3600],
    ['0 9,18 * * *', 9 * 3600],
    ['30 18 * * 1-5', 24 * 3600],
    ['0 9 * * 1', 7 * 24 * 3600],
  ])('%j runs at least %i s apart', (cron, seconds) => {
    expect(minIntervalSeconds(cron, 'UTC', from)).toBe(seconds);
  });

  it('counts the hour lost at the spring change', () => {
    // 01:00 EST to 03:00 EDT on 2025-03-09 is one real hour, not two.
    expect(minIntervalSeconds('0 1,3 * * *', 'America/New_York', at('2025-03-01T00:00:00Z'))).toBe(3600);
    expect(minIntervalSeconds('0 1,3 * * *', 'UTC', at('2025-03-01T00:00:00Z'))).toBe(7200);
  });
});

describe('time zones', () => {
  it.each([
    ['America/New_York', true],
    ['UTC', true],
    ['Europe/London', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('isValidTimeZone(%j) is %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  it('gives the canonical spelling of a zone typed in lower case', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('Nowhere/Land')).toBeNull();
  });

  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Nuuk', 'America/Nuuk'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('keeps the current name of a renamed zone: %s → %s', (typed, shown) => {
    expect(canonicalTimeZone(typed)).toBe(shown);
  });

  it('never offers a deprecated name while typing', () => {
    expect(suggestTimeZones('asia/', 200)).toContain('Asia/Kolkata');
    expect(suggestTimeZones('asia/', 200)).not.toContain('Asia/Calcutta');
    expect(suggestTimeZones('europe/k', 200)).toEqual(expect.arrayContaining(['Europe/Kyiv']));
    expect(suggestTimeZones('europe/k', 200)).not.toContain('Europe/Kiev');
  });

  it.each([
    ['berlin', 'Europe/Berlin'],
    ['Berlin', 'Europe/Berlin'],
    ['new york', 'America/New_York'],
    ['kolkata', 'Asia/Kolkata'],
    ['calcutta', 'Asia/Kolkata'],
    ['Europe/Paris', 'Europe/Paris'],
  ])('accepts a city that names exactly one zone: %s → %s', (typed, zone) => {
    expect(resolveTimeZone(typed)).toEqual({ ok: true, zone });
  });

  it('suggests names for what matches no zone or city exactly', () => {
    expect(resolveTimeZone('berl')).toEqual({ ok: false, suggestions: ['Europe/Berlin'] });
    expect(resolveTimeZone('Mars/Base')).toEqual({ ok: false, suggestions: [] });
  });

  it('suggests zones matching any part of the name, case-insensitively', () => {
    expect(suggestTimeZones('york')).toContain('America/New_York');
    expect(suggestTimeZones('new york')[0]).toBe('America/New_York');
    expect(suggestTimeZones('LOND')).toEqual(['Europe/London']);
    expect(suggestTimeZones('utc')[0]).toBe('UTC');
    expect(suggestTimeZones('kolkata')).toContain('Asia/Kolkata');
  });

  it('puts names starting with the query before names merely containing it', () => {
    const zones = suggestTimeZones('america/', 100);
    expect(zones.length).toBeGreaterThan(25);
    expect(zones.every((z) => z.startsWith('America/'))).toBe(true);
    const ind = suggestTimeZones('ind', 50);
    const lastStart = ind.findLastIndex((z) => z.startsWith('Indian/'));
    const firstPart = ind.indexOf('America/Indianapolis');
    const firstInside = ind.indexOf('Africa/Windhoek');
    expect(lastStart).toBeGreaterThanOrEqual(0);
    expect(lastStart).toBeLessThan(firstPart);
    expect(firstPart).toBeLessThan(firstInside);
  });

  it('keeps to the limit and offers UTC first when nothing is typed', () => {
    expect(suggestTimeZones('', 25)).toHaveLength(25);
    expect(suggestTimeZones('')[0]).toBe('UTC');
    expect(suggestTimeZones('a', 5)).toHaveLength(5);
  });
});
