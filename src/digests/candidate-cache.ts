// Digests due in the same slot share their candidates. Reading the window's articles and grouping them
// into stories costs tens of milliseconds, which a thousand subscriptions due at once cannot each pay:
// so the articles of a slot's widest window are read and grouped once, and buildDigest narrows them per
// subscription (its own start, topic and articles already sent). Windows share their end (the slot) and
// are read newest first (by news time: publication, or first stored when undated), so the newest
// articles of a narrower window are the head of the wider list.
import {
  FIRST_DIGEST_LOOKBACK_MS,
  LATE_ARRIVAL_MS,
  matchesTopic,
  type DigestArticle,
} from '../core/digest.js';

/** Long enough for one slot's burst of runs, short enough that edits and deletions show up soon. */
const TTL_MS = 60_000;
/** Slots kept at once: a burst rarely spans more than a couple. */
const MAX_SLOTS = 4;

interface Entry {
  start: number;
  loadedAt: number;
  articles: DigestArticle[];
  /** The articles that match a topic, per topic, so subscriptions with the same topic scan once. */
  byTopic: Map<string, DigestArticle[]>;
}

export interface CandidateCacheDeps {
  /** The window's stored articles (news time in (start, end]), newest first, as the digest core takes them. */
  load: (start: number, end: number) => DigestArticle[];
  now: () => number;
}

export function createCandidateCache(deps: CandidateCacheDeps) {
  const entries = new Map<number, Entry>();

  function entryFor(start: number, end: number): Entry {
    const found = entries.get(end);
    if (found && found.start <= start && deps.now() - found.loadedAt < TTL_MS) return found;
    // Read at least a first digest's lookback and its late arrivals, so the many subscriptions whose
    // windows are narrower than the first one asked for don't each read again.
    const widest = Math.min(start, end - FIRST_DIGEST_LOOKBACK_MS - LATE_ARRIVAL_MS, found?.start ?? start);
    const entry: Entry = {
      start: widest,
      loadedAt: deps.now(),
      articles: deps.load(widest, end),
      byTopic: new Map(),
    };
    entries.delete(end);
    entries.set(end, entry);
    for (const key of entries.keys()) {
      if (entries.size <= MAX_SLOTS) break;
      entries.delete(key);
    }
    return entry;
  }

  return {
    /** Candidates for a digest covering (start, end]: a superset, which buildDigest narrows by `since`. */
    candidates(start: number, end: number, topic: string | null): DigestArticle[] {
      const entry = entryFor(start, end);
      const key = topic?.trim().toLowerCase();
      if (!key) return entry.articles;
      let matching = entry.byTopic.get(key);
      if (!matching) entry.byTopic.set(key, (matching = entry.articles.filter((a) => matchesTopic(a, key))));
      return matching;
    },
    clear: () => entries.clear(),
  };
}

export type CandidateCache = ReturnType<typeof createCandidateCache>;
