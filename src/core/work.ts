// A count of the steps an analysis took, handed in by the caller. Tests use it to show that the cost of
// analysing an article grows in proportion to its length, without timing anything; production passes
// nothing. (A counter object rather than module state: the core keeps no mutable state of its own.)

/** Steps counted by the parts of the analysis whose cost could grow faster than the text. */
export interface WorkCount {
  /** Sentences the summariser read as candidates. */
  summaryCandidates: number;
  /** Name mentions examined while resolving quote speakers' full names and roles. */
  nameLookups: number;
  /** Entity pairs compared while folding short forms into full names. */
  entityComparisons: number;
}

export function createWorkCount(): WorkCount {
  return { summaryCandidates: 0, nameLookups: 0, entityComparisons: 0 };
}
