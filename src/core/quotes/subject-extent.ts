// How far a subject mention reaches beyond the name read before a cue: back to the unnamed someone the
// name belongs to ("A reporter for Agence France-Presse"), or to a second name joined by "and"; and the
// one a passive cue names after "by".

import { NAME, ROLE_THEN_NAME } from './quote-cues.js';
import type { Mention } from './speakers.js';

/** Someone unnamed and the name they belong to: "A reporter for Agence France-Presse", "one aide to Cruz". */
const OWNER_PHRASE =
  /(?:^|[\s,])((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[a-z-]+\s){1,3}(?:to|for|of|at|with|from)\s)$/u;

/**
 * The whole phrase when the name before a cue is the object of a preposition after an unnamed someone
 * ("A reporter for Agence France-Presse called it"): the someone speaks, not the name.
 */
export function readOwnerPhrase(text: string, floor: number, named: Mention): Mention | null {
  const lo = Math.max(floor, named.start - 60);
  const m = OWNER_PHRASE.exec(text.slice(lo, named.start));
  if (m === null || m[1] === undefined) return null;
  return { start: named.start - m[1].length, end: named.end };
}

/** A name and another before it: "Frank Newport and Jim Harter". */
const PARTNER_BEFORE =
  /(?<![\p{L}’'.-])([A-Z\u00C0-\u00DE][\p{L}’'.-]*(?:\s[A-Z\u00C0-\u00DE][\p{L}’'.-]*)+)\s(?:and|&)\s$/u;

/** A lone surname and another before it: "More from Blumenthal and Cohen:". */
const LONE_PARTNER_BEFORE = /(?<![\p{L}’'.-])([A-Z\u00C0-\u00DE][\p{L}’'-]+)\s(?:and|&)\s$/u;

/**
 * The mention widened to the name joined to it by "and" ("Frank Newport and Jim Harter"): two speakers.
 * A lone word takes a lone word before it too ("Blumenthal and Cohen"); whether both are people the
 * name reader decides.
 */
export function withPartner(text: string, floor: number, named: Mention): Mention {
  const lo = Math.max(floor, named.start - 60);
  const before = text.slice(lo, named.start);
  const lone = !/\s/u.test(text.slice(named.start, named.end));
  const m = PARTNER_BEFORE.exec(before) ?? (lone ? LONE_PARTNER_BEFORE.exec(before) : null);
  return m === null ? named : { start: lo + m.index, end: named.end };
}

/** "by" and the one who acts in a passive: "asked by host Bill Maher", "by Fox Business moderator Gerard Baker". */
const BY_AGENT = new RegExp(String.raw`^\s+by\s((?:[a-z][a-z-]*\s){0,3}(?:${ROLE_THEN_NAME}|${NAME}))`, 'u');

/** The one a passive cue ending at `at` names with "by" ("was asked by host Bill Maher, “…”"), or null. */
export function readPassiveAgent(text: string, at: number, to: number): Mention | null {
  const agent = BY_AGENT.exec(text.slice(at, to));
  if (agent?.[1] === undefined) return null;
  const start = at + agent[0].length - agent[1].length;
  return { start, end: start + agent[1].length };
}
