// `npm start` (`node dist/src/main.js`): the bot, in a Node with the settings of node-tuning.ts. V8 and
// glibc read them only when a process starts, so where Node can replace its process (process.execve:
// Node 22.15 and newer, not Windows) this one becomes a new Node with them: the same process id, output
// and signals, so service managers and `docker stop` see no difference. Elsewhere the bot runs as it is.
import { fileURLToPath } from 'node:url';
import { botTuning, needsRestart } from './node-tuning.js';

const tuning = botTuning(process.execArgv, process.env);
const canExecve = typeof process.execve === 'function' && process.platform !== 'win32';
if (needsRestart(tuning, process.env, canExecve)) {
  const args = [
    ...process.execArgv,
    ...tuning.flags,
    fileURLToPath(import.meta.url),
    ...process.argv.slice(2),
  ];
  try {
    process.execve!(process.execPath, [process.execPath, ...args], {
      ...process.env,
      ...tuning.env,
      HERALD_TUNED: '1',
    });
  } catch {
    // It could not start (a rare failure of execve itself): run the bot here, untuned.
  }
}
await import('./start.js');
