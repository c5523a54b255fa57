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
   * Weight of consensus: the sentence's mean ROUGE-1-like F1 against every other candidate, i.e. the
   * minimum-Bayes-risk choice when the article's own sentences stand in for the unseen summary.
   */
  consensus: number;
  /** Against a sentence that leans on what came before (see SentenceFacts.dependent). */
  dependentPenalty: number;
}

/**
 * Several sentences: the lead carries the story, so position dominates; the others only reorder
 * neighbours (a summary-like length of about 30 words, centrality). Consensus would help a little
 * (BBC +0.01 ROUGE-1) but costs a pass over every pair of sentences, so it is kept for one-liners.
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
  dependentPenalty: 0,
};

/**
 * One line (digests, /latest): a different task. The sentence that says most of what the whole article
 * says wins, wherever it stands: consensus first, degree centrality second, no position prior (a lead
 * sentence that states the story is also the most central one, and a lead that only sets a scene is not).
 */
export const ONE_LINE_WEIGHTS: SummaryWeights = {
  ...SUMMARY_WEIGHTS,
  position: 0,
  centroid: 0,
  degree: 0.25,
  lengthWeight: 0,
  consensus: 1,
  dependentPenalty: 0.15,
};
