// Normalising the metadata fields every format shares: dates, URLs, tags and people. Each function takes
// an untrusted value and returns a clean one or null; the caller decides which problem to report.

import { hashFnv1a64 } from '../text/hash.js';

const ID_LENGTH = 12;
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?[ ]?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const HAS_ZONE = /(?:\b(?:Z|UTC|GMT|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$|[+-]\d{4}\b)/i;
const TRACKING_PARAMS = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

function isPlausible(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const millis = Number(((fraction ?? '') + '000').slice(0, 3));
  // A time without an offset is read as UTC: the core has no time zone of its own, and UTC keeps the
  // result the same on every machine.
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    millis,
  );
  const date = new Date(utc);
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  if (zone === undefined || zone.toUpperCase() === 'Z') return date;
  const sign = zone.startsWith('-') ? 1 : -1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0');
  return new Date(utc + sign * offsetMinutes * 60_000);
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Month names of feeds written in other languages, by their first letters without accents (French
 * "juin" and "juil" by four): Portuguese "Set", "Out", "Dez"; Spanish "ene", "dic"; Italian "gen", "giu",
 * "lug", "ott"; German "Mär", "Okt"; Dutch "mrt", "mei"; French "févr", "avr", "août".
 */
const MONTH_PREFIXES: Record<string, number> = {
  jan: 0,
  ene: 0,
  gen: 0,
  fev: 1,
  feb: 1,
  mar: 2,
  mrt: 2,
  abr: 3,
  apr: 3,
  avr: 3,
  mai: 4,
  may: 4,
  mag: 4,
  mei: 4,
  jun: 5,
  juin: 5,
  giu: 5,
  jul: 6,
  juil: 6,
  lug: 6,
  ago: 7,
  aug: 7,
  aou: 7,
  set: 8,
  sep: 8,
  out: 9,
  oct: 9,
  okt: 9,
  ott: 9,
  nov: 10,
  dez: 11,
  dec: 11,
  dic: 11,
};

/** A feed date in another language's words ("Seg, 24 Set 2018 19:42:40 -0300"), in English ones. */
const LOCAL_DATE = /^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}{3,12})\.?,?\s+(\d{4})(.*)$/u;

function inEnglishMonths(text: string): string | null {
  const match = LOCAL_DATE.exec(text);
  if (match === null) return null;
  const [, day, name = '', year, rest] = match;
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const month = MONTH_PREFIXES[plain.slice(0, 4)] ?? MONTH_PREFIXES[plain.slice(0, 3)];
  return month === undefined ? null : `${day} ${ENGLISH_MONTHS[month]} ${year}${rest}`;
}

/**
 * Normalises a publication date to ISO 8601 (UTC, `toISOString`). Accepts ISO dates and date-times, other
 * strings `Date` understands (RFC 2822, "March 1, 2024"), the same with month names of other languages
 * ("Seg, 24 Set 2018 19:42:40 -0300"), and epoch seconds or milliseconds. A date without
 * an offset is taken as UTC so the answer does not depend on the machine's time zone.
 */
export function normalisePublished(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(Math.abs(value) < 1e11 ? value * 1000 : value);
    return isPlausible(date) ? date.toISOString() : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const iso = parseIsoDate(text);
  if (iso !== null) return isPlausible(iso) ? iso.toISOString() : null;
  if (/^\d{9,13}$/.test(text)) return normalisePublished(Number(text));
  let parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) {
    const english = inEnglishMonths(text);
    if (english === null) return null;
    parsed = new Date(english);
    if (Number.isNaN(parsed.getTime())) return null;
  }
  // Date read a zone-less string in the local zone; re-read its wall-clock fields as UTC.
  const date = HAS_ZONE.test(text)
    ? parsed
    : new Date(
        Date.UTC(
          parsed.getFullYear(),
          parsed.getMonth(),
          parsed.getDate(),
          parsed.getHours(),
          parsed.getMinutes(),
          parsed.getSeconds(),
          parsed.getMilliseconds(),
        ),
      );
  return isPlausible(date) ? date.toISOString() : null;
}

/** Returns the URL when it is an absolute http(s) URL (a scheme-relative `//host/…` gets https), else null. */
export function cleanUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const text = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (text === '' || /\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

/**
 * The form of a URL used for the id: scheme dropped (http and https pages are the same article), host
 * lower-cased, fragment, tracking parameters and trailing slash removed, remaining parameters sorted.
 */
export function normaliseUrlForId(url: string): string {
  try {
    const parsed = new URL(url);
    const params = [...parsed.searchParams.entries()]
      .filter(([key]) => !TRACKING_PARAMS.test(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const query = params.length === 0 ? '' : '?' + new URLSearchParams(params).toString();
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${parsed.host.toLowerCase()}${path}${query}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/** A short stable id: from the normalised URL when there is one, else from headline and text. */
export function buildArticleId(url: string | null, title: string, text: string): string {
  const key = url !== null ? `url:${normaliseUrlForId(url)}` : `text:${title.trim()}\n${text}`;
  return hashFnv1a64(key).slice(0, ID_LENGTH);
}

/** Tags as a clean, de-duplicated list; a comma-separated string is split. */
export function cleanTags(value: unknown): string[] {
  const raw = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const tag = String(item).replace(/\s+/g, ' ').trim().replace(/^#/, '');
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** A one-line text field (title, source, author) or null when empty or not text. */
export function cleanLine(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Authors as one display string: a list, `{name}` objects (JSON-LD style) or a string. */
export function cleanAuthor(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(cleanAuthor).filter((name): name is string => name !== null);
    return names.length === 0 ? null : names.join(', ');
  }
  if (typeof value === 'object' && value !== null && 'name' in value) {
    return cleanLine((value as { name: unknown }).name);
  }
  const line = cleanLine(value);
  return line === null ? null : line.replace(/^by\s+/i, '');
}
