// What same-story grouping reads of an article.

import type { Entities } from '../types.js';

export interface StoryInput {
  /** From an analyzer's storySignature (or Analysis.signature). */
  signature: readonly number[];
  title: string;
  /** Distinct shingles behind the signature; estimated from the signature when absent. */
  shingleCount?: number;
  /** Named people, organisations and places: for the headline rule and the template-headline guard. */
  entities?: Entities;
  /** The body, for the cross-outlet rule's distinctive words and numbers. */
  text?: string;
  /** Publication time (ms since the epoch); reports of one event fall within a few days of each other. */
  published?: number | null;
}

/** Reports of one event are published within this time of each other (when both dates are known). */
export const EVENT_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

/** True unless both items are dated and further apart than the event window. */
export function isWithinEventWindow(a: StoryInput, b: StoryInput): boolean {
  if (typeof a.published !== 'number' || typeof b.published !== 'number') return true;
  return Math.abs(a.published - b.published) <= EVENT_WINDOW_MS;
}
