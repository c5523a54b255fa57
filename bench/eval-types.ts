/** One line of the `npm run eval` table. */
export interface EvalRow {
  dataset: string;
  system: string;
  metric: string;
  value: number;
  /** The goal this figure is held to, as text ("> lead-3 0.4012"), or null when it is reported only. */
  target: string | null;
  met: boolean | null;
}
