// The summarizer's feature weights: one set for several sentences, one for a single line.

/** Feature weights; exported for the evaluation's sweeps, not for callers. */
export interface SummaryWeights {
  position: number;
  /** How fast the position prior decays, in sentences. */
  decay: number;
  centroid: number;
  /** Weight of degree centrality (summed similarity to the other sentences, TextRank's first step). */
  degree: number;
  title: number;
  shortPenalty: number;
  questionPenalty: number;
  quotePenalty: number;
  /** Cosine above which a candidate repeats an already chosen sentence. */
  redundancy: number;
  minWords: number;
  /** Pull towards sentences of about `targetWords` words. */
  lengthWeight: number;
  targetWords: number;
  /**
   * Weight of consensus: the sentence's ROUGE-1-like F1 against the line a reader would write, made of
   * the words the other sentences repeat (see echoOverlapF1): the minimum-Bayes-risk choice when what
   * the article's sentences share stands in for the unseen summary.
   */
  consensus: number;
  /**
   * The summary must stand alone: a sentence that leans on what came before (see leansOnContext) is
   * never chosen while one that does not is left (a line in a digest has no sentence before it).
   */
  standAlone: boolean;
  /**
   * Words per sentence of the summary a reader would write, which a short summary's sentences are chosen
   * against as a set (see summary-overlap.ts); 0 chooses them one by one, by score.
   */
  expectedWords: number;
}

/**
 * Several sentences: the lead carries the story, so position dominates; the others only reorder
 * neighbours (a summary-like length of about 30 words, centrality). Consensus is left to one-liners:
 * the several-sentence choice below was set without it.
 * Up to three sentences are then chosen as a set against a reader's summary of about 49 words (CNN/
 * DailyMail's highlights), which trades a long sentence for a shorter one that carries as much.
 */
export const SUMMARY_WEIGHTS: SummaryWeights = {
  position: 1,
  decay: 3,
  centroid: 0.3,
  degree: 0.15,
  title: 0.1,
  shortPenalty: 0.3,
  questionPenalty: 0.3,
  quotePenalty: 0.15,
  redundancy: 0.5,
  minWords: 6,
  lengthWeight: 0.3,
  targetWords: 30,
  consensus: 0,
  standAlone: false,
  expectedWords: 49 / 3,
};

/**
 * One line (digests, /latest): a different task. The sentence closest to the line a reader would write
 * from the words the article keeps coming back to wins, wherever it stands: consensus first, degree
 * centrality second, no position prior (a lead sentence that states the story is also the most central
 * one, and a lead that only sets a scene is not).
 * The line has nothing before it, so it must stand alone: no "He added: …", "But …" or quotation.
 */
export const ONE_LINE_WEIGHTS: SummaryWeights = {
  ...SUMMARY_WEIGHTS,
  position: 0,
  centroid: 0,
  degree: 0.25,
  lengthWeight: 0.2,
  consensus: 1,
  standAlone: true,
};
