// A throwaway PostgreSQL server for the tests and CI, from Debian's binaries (apt-get install postgresql):
// initdb into a temporary folder, a server on 127.0.0.1 and a free port, one database, and its URL.
// Plain JavaScript so that vitest's global setup and .ci/run (`node scripts/test-pg.js start|stop`)
// share it. As root, every PostgreSQL program runs as the `postgres` user (initdb refuses root).
import { execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT =
  'install PostgreSQL (Debian/Ubuntu: apt-get install -y postgresql), or point HERALD_TEST_PG_URL at a ' +
  'server, or set HERALD_TEST_PG=off to leave the PostgreSQL tests out';

/** The newest /usr/lib/postgresql/<major>/bin that has initdb, or null. */
export function findPgBin(root = '/usr/lib/postgresql') {
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? join(root, majors[0], 'bin') : null;
}

function userId(name) {
  try {
    return Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function runPg(bin, program, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, all] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
    : [join(bin, program), args];
  return execFileSync(command, all, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and creates `database`. Returns its URL and the folder (stop it with stopTestPg).
 * Throws with INSTALL_HINT when PostgreSQL is not installed.
 */
export async function startTestPg(database = 'herald_test') {
  const bin = findPgBin();
  if (!bin)
    throw new Error(`PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'herald-pg-'));
  if (process.getuid?.() === 0) {
    const uid = userId('postgres');
    if (uid === null) throw new Error(`there is no postgres user to run the server as: ${INSTALL_HINT}`);
    chownSync(dir, uid, uid);
  }
  const data = join(dir, 'data');
  runPg(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  runPg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  runPg(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  writeFileSync(join(dir, 'url'), url);
  return { url, dir };
}

/** Stops the server started in `dir` and deletes the folder. */
export function stopTestPg(dir) {
  const bin = findPgBin();
  const data = join(dir, 'data');
  if (bin && existsSync(join(data, 'postmaster.pid'))) {
    try {
      runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Stops the server started in `dir` and leaves its data, for restartTestPg (fast: sessions are ended). */
export function haltTestPg(dir) {
  runPg(requirePgBin(), 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
}

/** Restarts the server started in `dir` with the options it was started with (or starts it when halted). */
export function restartTestPg(dir) {
  runPg(requirePgBin(), 'pg_ctl', [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'server.log'),
    '-m',
    'fast',
    '-w',
    '-t',
    '60',
    'restart',
  ]);
}

function requirePgBin() {
  const bin = findPgBin();
  if (!bin) throw new Error(`PostgreSQL is not installed: ${INSTALL_HINT}`);
  return bin;
}

// `node scripts/test-pg.js start` prints `<url> <folder>`; `node scripts/test-pg.js stop <folder>`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const server = await startTestPg();
    process.stdout.write(`${server.url} ${server.dir}\n`);
  } else if (command === 'stop' && dir) {
    stopTestPg(dir);
  } else if (command === 'restart' && dir) {
    restartTestPg(dir);
  } else if (command === 'url' && dir) {
    process.stdout.write(`${readFileSync(join(dir, 'url'), 'utf8')}\n`);
  } else {
    process.stderr.write(
      'usage: node scripts/test-pg.js start | stop <folder> | restart <folder> | url <folder>\n',
    );
    process.exit(2);
  }
}
