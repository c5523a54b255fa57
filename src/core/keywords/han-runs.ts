// Words the segmenter does not know. ICU's dictionary splits a name or term it has never seen into single
// characters (台积电 → 台|积|电, 营收 → 营|收); such a word shows as the same run of single characters
// recurring. Each run's stretches of two to four characters are counted, and a stretch is kept when it
// recurs and no longer stretch holding it recurs as often.

const MIN_CHARS = 2;
const MAX_CHARS = 4;
const HAN = /^\p{Script=Han}$/u;
/** Particles and links that no name or term holds: a stretch with one of them is not a word. */
const PARTICLES = new Set([...'的了着过吗呢吧啊和与及或是也都就而把被']);

export interface HanRuns {
  /** Adds the single-character words of `segments` (in order), each run of them read as a unit. */
  add(segments: Iterable<{ segment: string; isWordLike?: boolean }>, weight: number): void;
  /** The recurring stretches, with their weighted counts. */
  words(): Map<string, number>;
}

/**
 * A reader of runs of single Han characters. A stretch that opens with a one-character stop word (在, 上)
 * or holds a particle (的, 了) is no word; other stop characters may end one (华为: 为 is "for").
 */
export function createHanRuns(stops: ReadonlySet<string>): HanRuns {
  const weighted = new Map<string, number>();
  /** How often a stretch occurs, the headline counting once: only a stretch met twice is a word. */
  const seen = new Map<string, number>();
  const countRun = (run: string[], weight: number): void => {
    for (let i = 0; i < run.length; i++) {
      for (let n = MIN_CHARS; n <= MAX_CHARS && i + n <= run.length; n++) {
        const word = run.slice(i, i + n).join('');
        weighted.set(word, (weighted.get(word) ?? 0) + weight);
        seen.set(word, (seen.get(word) ?? 0) + 1);
      }
    }
  };
  return {
    add(segments, weight) {
      let run: string[] = [];
      for (const { segment, isWordLike } of segments) {
        if (isWordLike && HAN.test(segment) && !PARTICLES.has(segment)) {
          run.push(segment);
          continue;
        }
        if (run.length >= MIN_CHARS) countRun(run, weight);
        run = [];
      }
      if (run.length >= MIN_CHARS) countRun(run, weight);
    },
    words() {
      // 台积 and 积电 go with 台积电 when they never occur without it: a stretch whose one-longer
      // stretch occurs as often is covered (a longer one still would cover that one-longer stretch too).
      const covered = new Set<string>();
      for (const [word, count] of seen) {
        if (word.length === MIN_CHARS) continue;
        const prefix = word.slice(0, -1);
        const suffix = word.slice(1);
        if (seen.get(prefix) === count) covered.add(prefix);
        if (seen.get(suffix) === count) covered.add(suffix);
      }
      const out = new Map<string, number>();
      for (const [word, count] of seen) {
        if (count >= 2 && !covered.has(word) && !stops.has(word[0]!)) out.set(word, weighted.get(word)!);
      }
      return out;
    },
  };
}
