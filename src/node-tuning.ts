// The Node settings the bot runs with, as `npm start` gives them (main.ts). A running bot makes many
// short-lived objects (a post's request, its rendering, a round's plans) that stay alive across the
// seconds each post waits for Discord's rate limits, so V8's defaults let the heap grow far past what
// is live: at 1,000 channels and 10,000 posts the bot peaked at 325–350 MB of memory, of which about
// 50 MB was live. A small young generation (8 MB a semi-space, where V8 sizes it from the machine's
// memory, up to 64 MB), an old generation that may grow by 60 % of what survived its last collection
// before the next (V8 allows up to 4×), and glibc's malloc in one arena (threads would get their own)
// bring the peak down with the same posts at the same pace (README, "Measured"). The caller's own flag or
// variable wins.
export interface NodeTuning {
  flags: string[];
  env: Record<string, string>;
}

export function botTuning(execArgv: readonly string[], env: NodeJS.ProcessEnv): NodeTuning {
  const unset = (flag: string) => !execArgv.some((given) => given.startsWith(flag));
  return {
    flags: [
      ...(unset('--max-semi-space-size') ? ['--max-semi-space-size=8'] : []),
      ...(unset('--heap-growing-percent') ? ['--heap-growing-percent=60'] : []),
    ],
    env: env.MALLOC_ARENA_MAX === undefined ? { MALLOC_ARENA_MAX: '1' } : {},
  };
}

/** Whether this process must start again to take the settings: only once, and only where it can. */
export function needsRestart(tuning: NodeTuning, env: NodeJS.ProcessEnv, canExecve: boolean): boolean {
  if (!canExecve || env.HERALD_TUNED === '1') return false;
  return tuning.flags.length > 0 || Object.keys(tuning.env).length > 0;
}
