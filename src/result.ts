// Expected failures are values: a Result either holds the value or an error with a code (a string union)
// and the data needed to explain it. Words for people are chosen at the edge (src/discord/words.ts,
// src/cli/words.ts), from the code; unexpected failures stay thrown errors.

export interface Problem<C extends string = string> {
  code: C;
}

export type Result<T, E extends Problem = Problem> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <E extends Problem>(error: E): { ok: false; error: E } => ({ ok: false, error });
