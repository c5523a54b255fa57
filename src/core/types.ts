// Shared shapes of the pure core. Offsets are JavaScript string indices, end exclusive.

/** [start, end) of a sentence in the text it was split from. */
export type SentenceSpan = [number, number];

export interface Speaker {
  /** The mention the cue attaches to, as written: "Minister Wang", "he", "the spokesman". */
  mention: string;
  start: number;
  end: number;
  /**
   * The person the mention stands for, by the fullest name the article writes ("Wang Wentao"), or null
   * when it names no person a reader could identify ("it", "the letter", a "he" with no one before it).
   */
  name: string | null;
  /** The role the article gives ("China's Commerce Minister"), or null. */
  role: string | null;
}

export interface Quote {
  /** The quoted words, inside the marks. */
  text: string;
  start: number;
  end: number;
  /** A fragment inside the writer's own sentence, like “de-risk, not decouple”. */
  partial: boolean;
  speaker: Speaker | null;
}

export interface Entities {
  people: string[];
  organizations: string[];
  places: string[];
}

/** Everything the core computes for one article body; stored at ingest time. */
export interface Analysis {
  sentences: SentenceSpan[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  quotes: Quote[];
  keywords: string[];
  entities: Entities;
  /** Same-story signature (MinHash values over word shingles). */
  signature: number[];
}
