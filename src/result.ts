// Expected failures are values: a Result either holds the value or an error with a code (a string union)
// and the data needed to explain it. Words for people are chosen at the edge (src/discord/words.ts,
// src/cli/words.ts), from the code; unexpected failures stay thrown errors.

export interface Problem<C extends string = string> {
  code: C;
}

export type Result<T, E extends Problem = Problem> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <E extends Problem>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** An edge's table of words: one function per code, given that code's problem. */
export type Wording<P extends Problem> = { [C in P['code']]: (problem: Extract<P, { code: C }>) => string };

/** The words a table gives for a problem. */
export function wordFor<P extends Problem>(table: Wording<P>, problem: P): string {
  return (table[problem.code as P['code']] as (p: P) => string)(problem);
}
