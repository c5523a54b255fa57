// "“…” ― Carla Sanchez": the name after a dash that closes a quote's line, as epigraphs and pull quotes
// are signed.
import { DASH_ATTRIBUTION } from './quote-cues.js';
import type { Mention } from './speakers.js';

/** The name after a dash that closes a quote's line: `“…” ― Carla Sanchez`. */
export function readDashAttribution(text: string, from: number): Mention | null {
  DASH_ATTRIBUTION.lastIndex = from;
  const m = DASH_ATTRIBUTION.exec(text);
  if (m === null || m[1] === undefined) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
