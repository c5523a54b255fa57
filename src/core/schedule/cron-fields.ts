// Parses and validates cron expressions in pure code; a refusal is a code with the part that is wrong,
// which the edge words for a server admin (src/discord/words.ts).
// The grammar follows node-cron 4, which runs the schedules: 5 fields, or 6 with seconds first; lists,
// ranges (a range whose start is past its end wraps around, "22-2"), steps on '*' or on a range, month and
// weekday names, '?' for a whole day field, the @daily family, and the L, W and # day forms. Anything
// node-cron would refuse is refused here too, so the two checks never disagree in the user's favour.

export type DayOfMonthRule =
  | { kind: 'day'; day: number }
  | { kind: 'last'; offset: number } // L, L-3
  | { kind: 'nearest-weekday'; day: number | 'last' }; // 15W, LW

export type WeekdayRule =
  | { kind: 'weekday'; weekday: number } // 0 = Sunday
  | { kind: 'nth'; weekday: number; nth: number } // 5#2: second Friday
  | { kind: 'last'; weekday: number }; // 5L: last Friday

export interface CronSpec {
  /** The expression as given, spaces collapsed, nicknames expanded. */
  expression: string;
  hasSeconds: boolean;
  /** Sorted, without repeats. */
  seconds: number[];
  minutes: number[];
  hours: number[];
  months: number[];
  /** null: any day (the field was '*' or '?'). */
  daysOfMonth: DayOfMonthRule[] | null;
  weekdays: WeekdayRule[] | null;
}

/** Why a cron expression was refused; `field` is the field's name ('minute', 'day-of-month', …). */
export type CronProblem =
  | { code: 'cron-empty' }
  | { code: 'unknown-shortcut'; shortcut: string; known: string[] }
  | { code: 'field-count'; count: number }
  | { code: 'empty-item'; field: string; text: string }
  | { code: 'double-step'; field: string; text: string }
  | { code: 'step-not-number'; field: string; text: string }
  | { code: 'step-too-small'; field: string; text: string }
  | { code: 'bad-range'; field: string; text: string }
  | { code: 'step-needs-range'; field: string; text: string; example: string }
  | { code: 'missing-number'; field: string; text: string }
  | { code: 'not-a-number'; field: string; text: string; item: string; example: string | null }
  | { code: 'out-of-range'; field: string; text: string; min: number; max: number }
  | { code: 'last-offset-range'; text: string }
  | { code: 'nth-range'; text: string }
  | { code: 'day-never-occurs'; days: number[]; months: number[] };

export type CronParseResult = { ok: true; spec: CronSpec } | { ok: false; error: CronProblem };

const NICKNAMES: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

interface FieldShape {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_FULL = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const SECOND: FieldShape = { name: 'second', min: 0, max: 59 };
const MINUTE: FieldShape = { name: 'minute', min: 0, max: 59 };
const HOUR: FieldShape = { name: 'hour', min: 0, max: 23 };
const DAY: FieldShape = { name: 'day-of-month', min: 1, max: 31 };
const MONTH: FieldShape = { name: 'month', min: 1, max: 12, names: MONTH_NAMES };
// 7 is accepted as Sunday, as node-cron does.
const WEEKDAY: FieldShape = { name: 'weekday', min: 0, max: 7, names: WEEKDAY_NAMES };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

class FieldError extends Error {
  constructor(readonly problem: CronProblem) {
    super(problem.code);
  }
}

/** Reads a cron expression; the problem names the field and the part that is wrong. */
export function parseCron(input: string): CronParseResult {
  const collapsed = input.trim().replace(/\s+/g, ' ');
  if (collapsed === '') return { ok: false, error: { code: 'cron-empty' } };
  const expression = NICKNAMES[collapsed.toLowerCase()] ?? collapsed;
  if (expression.startsWith('@')) {
    return {
      ok: false,
      error: { code: 'unknown-shortcut', shortcut: collapsed, known: Object.keys(NICKNAMES) },
    };
  }
  const fields = expression.split(' ');
  if (fields.length !== 5 && fields.length !== 6) {
    return { ok: false, error: { code: 'field-count', count: fields.length } };
  }
  const hasSeconds = fields.length === 6;
  const [sec, min, hour, day, month, weekday] = hasSeconds ? fields : ['0', ...fields];
  try {
    const spec: CronSpec = {
      expression,
      hasSeconds,
      seconds: expandField(sec ?? '', SECOND),
      minutes: expandField(min ?? '', MINUTE),
      hours: expandField(hour ?? '', HOUR),
      months: expandField(month ?? '', MONTH),
      daysOfMonth: parseDaysOfMonth(day ?? ''),
      weekdays: parseWeekdays(weekday ?? ''),
    };
    checkDayCanOccur(spec);
    return { ok: true, spec };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.problem };
    throw error;
  }
}

function expandField(field: string, shape: FieldShape): number[] {
  const values = new Set<number>();
  for (const item of splitItems(field, shape)) {
    for (const value of expandItem(item, shape)) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function splitItems(field: string, shape: FieldShape): string[] {
  const items = field.split(',');
  if (items.some((item) => item === '')) {
    throw new FieldError({ code: 'empty-item', field: shape.name, text: field });
  }
  return items;
}

function expandItem(item: string, shape: FieldShape): number[] {
  const [range = '', stepText, extra] = item.split('/');
  if (extra !== undefined) throw new FieldError({ code: 'double-step', field: shape.name, text: item });
  let step = 1;
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText))
      throw new FieldError({ code: 'step-not-number', field: shape.name, text: item });
    step = Number(stepText);
    if (step < 1) throw new FieldError({ code: 'step-too-small', field: shape.name, text: item });
  }
  let first: number;
  let last: number;
  if (range === '*') {
    first = shape.min;
    last = shape === WEEKDAY ? 6 : shape.max;
  } else if (range.includes('-')) {
    const [a = '', b = '', more] = range.split('-');
    if (more !== undefined) throw new FieldError({ code: 'bad-range', field: shape.name, text: item });
    first = readValue(a, shape, item);
    last = readValue(b, shape, item);
  } else {
    if (stepText !== undefined) {
      const start = /^\d+$/.test(range) ? range : String(shape.min);
      const example = `${start}-${shape === WEEKDAY ? 6 : shape.max}/${stepText}`;
      throw new FieldError({ code: 'step-needs-range', field: shape.name, text: item, example });
    }
    first = readValue(range, shape, item);
    last = first;
  }
  return walkRange(first, last, step, shape).map((v) => (shape === WEEKDAY && v === 7 ? 0 : v));
}

function walkRange(first: number, last: number, step: number, shape: FieldShape): number[] {
  const out: number[] = [];
  if (first <= last) {
    for (let v = first; v <= last; v += step) out.push(v);
    return out;
  }
  // Wrapping range, e.g. hours 22-2: 22, 23, 0, 1, 2.
  const top = shape === WEEKDAY ? 6 : shape.max;
  const size = top - shape.min + 1;
  const span = (((last - first) % size) + size) % size;
  for (let offset = 0; offset <= span; offset += step) {
    const v = first + offset;
    out.push(v > top ? v - size : v);
  }
  return out;
}

function readValue(text: string, shape: FieldShape, item: string): number {
  if (text === '') throw new FieldError({ code: 'missing-number', field: shape.name, text: item });
  const lower = text.toLowerCase();
  if (shape.names) {
    const full = shape === MONTH ? MONTH_FULL : WEEKDAY_FULL;
    const index = shape.names.indexOf(lower) >= 0 ? shape.names.indexOf(lower) : full.indexOf(lower);
    if (index >= 0) return shape === MONTH ? index + 1 : index;
  }
  if (!/^\d+$/.test(text)) {
    const example = shape.names ? (shape.names[1]?.toUpperCase() ?? null) : null;
    throw new FieldError({ code: 'not-a-number', field: shape.name, text, item, example });
  }
  const value = Number(text);
  if (value < shape.min || value > shape.max) {
    throw new FieldError({ code: 'out-of-range', field: shape.name, text, min: shape.min, max: shape.max });
  }
  return value;
}

function parseDaysOfMonth(field: string): DayOfMonthRule[] | null {
  if (field === '*' || field === '?') return null;
  const rules: DayOfMonthRule[] = [];
  for (const item of splitItems(field, DAY)) {
    const upper = item.toUpperCase();
    const lastOffset = /^L(?:-(\d{1,2}))?$/.exec(upper);
    const nearest = /^(\d{1,2}|L)W$/.exec(upper);
    if (lastOffset) {
      const offset = Number(lastOffset[1] ?? 0);
      if (offset > 30) throw new FieldError({ code: 'last-offset-range', text: item });
      rules.push({ kind: 'last', offset });
    } else if (nearest) {
      const day = nearest[1] === 'L' ? 'last' : readValue(nearest[1] ?? '', DAY, item);
      rules.push({ kind: 'nearest-weekday', day });
    } else {
      for (const day of expandItem(item, DAY)) rules.push({ kind: 'day', day });
    }
  }
  return rules;
}

function parseWeekdays(field: string): WeekdayRule[] | null {
  if (field === '*' || field === '?') return null;
  const rules: WeekdayRule[] = [];
  for (const item of splitItems(field, WEEKDAY)) {
    const nth = /^(\w+)#(\d+)$/.exec(item);
    const last = /^(\w+)L$/i.exec(item);
    if (nth) {
      const n = Number(nth[2]);
      if (n < 1 || n > 5) throw new FieldError({ code: 'nth-range', text: item });
      rules.push({ kind: 'nth', weekday: readValue(nth[1] ?? '', WEEKDAY, item) % 7, nth: n });
    } else if (last && /^[0-7]$/.test(last[1] ?? '')) {
      rules.push({ kind: 'last', weekday: Number(last[1]) % 7 });
    } else {
      for (const weekday of expandItem(item, WEEKDAY)) rules.push({ kind: 'weekday', weekday });
    }
  }
  return rules;
}

// "30 2" (February 30th) would never fire; say so now rather than schedule silence.
function checkDayCanOccur(spec: CronSpec): void {
  const days = spec.daysOfMonth;
  if (!days || days.some((rule) => rule.kind !== 'day')) return;
  const possible = spec.months.some((month) =>
    days.some((rule) => rule.kind === 'day' && rule.day <= (DAYS_IN_MONTH[month - 1] ?? 31)),
  );
  if (!possible) {
    const dayNumbers = days.map((rule) => (rule.kind === 'day' ? rule.day : 0));
    throw new FieldError({ code: 'day-never-occurs', days: dayNumbers, months: spec.months });
  }
}
