// IANA time zones through Intl only: the zone database ships with Node's ICU, so nothing to load or update.

/** A wall-clock reading in some zone; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Zones renamed in the IANA database whose old name the ICU in Node 20 still reports as canonical
// (Intl resolves "Asia/Kolkata" to "Asia/Calcutta"). Herald shows, stores and offers the current name.
const DEPRECATED_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};

const formatters = new Map<string, Intl.DateTimeFormat>();
let zoneList: string[] | null = null;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== null;
}

const canonicalNames = new Map<string, string | null>();

/**
 * The zone's proper spelling ("america/new_york" → "America/New_York"; "Asia/Kolkata" stays, and the
 * deprecated "Asia/Calcutta" becomes "Asia/Kolkata"), or null if Intl does not know it.
 */
export function canonicalTimeZone(tz: string): string | null {
  const name = tz.trim();
  if (name === '') return null;
  // Building a formatter takes about a millisecond; schedules ask about the same few zones all day.
  const known = canonicalNames.get(name);
  if (known !== undefined) return known;
  let canonical: string | null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    const listed = zoneByLowerName().get(name.toLowerCase());
    canonical = listed ?? DEPRECATED_NAMES[resolved] ?? resolved;
  } catch {
    canonical = null;
  }
  if (canonicalNames.size > 10_000) canonicalNames.clear();
  canonicalNames.set(name, canonical);
  return canonical;
}

export type TimeZoneLookup = { ok: true; zone: string } | { ok: false; suggestions: string[] };

/**
 * A zone from what an admin typed: an IANA name in any case, or a city that names exactly one zone
 * ("berlin" → Europe/Berlin, "new york" → America/New_York). Otherwise the closest names to suggest.
 */
export function resolveTimeZone(typed: string): TimeZoneLookup {
  const zone = canonicalTimeZone(typed);
  if (zone) return { ok: true, zone };
  const city = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const cityOf = (zone: string) => zone.toLowerCase().split('/').pop();
  const renamed = Object.entries(DEPRECATED_NAMES).filter(([old]) => cityOf(old) === city);
  const byCity =
    city === ''
      ? []
      : [...new Set([...allZones().filter((z) => cityOf(z) === city), ...renamed.map(([, now]) => now)])];
  if (byCity.length === 1 && byCity[0]) return { ok: true, zone: byCity[0] };
  return { ok: false, suggestions: byCity.length > 0 ? byCity.slice(0, 5) : suggestTimeZones(typed, 3) };
}

let lowerNames: Map<string, string> | null = null;

function zoneByLowerName(): Map<string, string> {
  lowerNames ??= new Map(allZones().map((zone) => [zone.toLowerCase(), zone]));
  return lowerNames;
}

function allZones(): string[] {
  if (!zoneList) {
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    known.add('UTC');
    for (const [old, current] of Object.entries(DEPRECATED_NAMES)) {
      if (!known.has(old) && !known.has(current)) continue;
      known.delete(old);
      known.add(current);
    }
    zoneList = [...known].sort();
  }
  return zoneList;
}

/**
 * Zones for autocomplete. Matches case-insensitively anywhere ("york" → America/New_York; spaces count as
 * underscores), best first: the exact name, then names starting with the query, then a part after a '/'
 * starting with it, then the rest.
 */
export function suggestTimeZones(prefix: string, limit = 25): string[] {
  const query = prefix.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = allZones();
  if (query === '') return ['UTC', ...zones.filter((z) => z !== 'UTC')].slice(0, limit);
  const ranked: Array<{ zone: string; rank: number }> = [];
  for (const zone of zones) {
    const lower = zone.toLowerCase();
    const at = lower.indexOf(query);
    if (at < 0) continue;
    let rank = 3;
    if (lower === query) rank = 0;
    else if (at === 0) rank = 1;
    else if (lower.split('/').some((part) => part.startsWith(query))) rank = 2;
    ranked.push({ zone, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone));
  return ranked.slice(0, limit).map((r) => r.zone);
}

// formatToParts costs tens of microseconds, and a thousand subscriptions ask for next runs often. Offsets
// change only at zone transitions, which since the 1970s all fall on a quarter hour in UTC, so one reading
// per zone and quarter hour is exact for any schedule Herald will compute. (Memoisation only: results do
// not depend on what was asked before.)
const QUARTER_HOUR = 15 * 60 * 1000;
const MAX_CACHED_OFFSETS = 50_000;
const offsets = new Map<string, Map<number, number>>();

function readWall(ms: number, timeZone: string): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** The zone's offset from UTC (ms) at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone || zone.size > MAX_CACHED_OFFSETS) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * QUARTER_HOUR;
    const w = readWall(start, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - start;
    zone.set(bucket, offset);
  }
  return offset;
}

/** The wall clock in `timeZone` at the instant `ms` (milliseconds dropped). */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/**
 * The instant a wall-clock time happens in `timeZone`, or null when it does not exist (skipped by a
 * spring-forward change). A time that happens twice (autumn) resolves the way node-cron 4 resolves it,
 * taking the zone's offset at the naive UTC reading first; the shown next run is then the one that fires.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number | null {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstOffset = offsetAt(naive, timeZone);
  const first = naive - firstOffset;
  const secondOffset = offsetAt(first, timeZone);
  if (secondOffset === firstOffset) return first;
  if (sameWall(wallTimeAt(first, timeZone), wall)) return first;
  const second = naive - secondOffset;
  if (sameWall(wallTimeAt(second, timeZone), wall)) return second;
  return null;
}
