// An unreachable store is said once by all the periodic loops together, in the store-error words, and
// once when it answers again; other failures are logged at every turn, each with its own loop's name.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { StoreError } from '../../src/store/errors.js';
import { describeStoreError } from '../../src/store-error-text.js';
import { createStoreOutage, logEachFailure } from '../../src/work/outage.js';

const AT = new Date('2026-12-06T12:00:00.000Z');
const URL = 'postgres://herald:***@db.example:5432/herald';
const DOWN =
  '2026-12-06T12:00:00.000Z WARN the database cannot be reached; periodic work waits until it answers: ' +
  `cannot reach the PostgreSQL database ${URL} (DATABASE_URL)`;
const BACK = '2026-12-06T12:00:00.000Z INFO the database answers again; periodic work goes on';

function setUp() {
  const lines: string[] = [];
  const logger = createLogger(
    'debug',
    (line) => lines.push(line),
    () => AT,
  );
  const outage = createStoreOutage({ logger, where: URL, describe: describeStoreError });
  return { lines, outage };
}

const unreachable = (detail: string) => new StoreError('cannot-open', URL, detail);

describe('the store outage of the periodic loops', () => {
  it('says an unreachable store once for every loop and turn, in words, and once when it is back', () => {
    const { lines, outage } = setUp();
    for (let turn = 0; turn < 3; turn++) {
      outage.report('renewing leases', unreachable(`lost (turn ${turn})`));
      outage.report('live posts', unreachable(`refused (turn ${turn})`));
      outage.report('digest run', unreachable(`refused (turn ${turn})`), { subscription: 4 });
    }
    outage.onConnection({ kind: 'back' });
    expect(lines).toEqual([
      `${DOWN} (lost (turn 0)). Check that the server runs and accepts connections from here, that the ` +
        'database exists and the user and password are right, or unset DATABASE_URL to use SQLite.',
      BACK,
    ]);
  });

  it('says a lost connection first heard from the store itself once, with what the server said', () => {
    const { lines, outage } = setUp();
    outage.onConnection({ kind: 'lost', detail: 'terminating connection due to administrator command' });
    outage.report('feed polling', unreachable('connection refused'));
    outage.onConnection({ kind: 'lost', detail: 'a second connection of the process' });
    outage.onConnection({ kind: 'back' });
    outage.onConnection({ kind: 'back' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${DOWN.replace(/[()*.]/g, '\\$&')} \\(the connection to PostgreSQL is lost \\(terminating connection due to administrator command\\)\\)\\. Check`,
      ),
    );
    expect(lines[1]).toBe(BACK);
  });

  it('says a second outage again, after the store was back', () => {
    const { lines, outage } = setUp();
    outage.report('live posts', unreachable('first'));
    outage.onConnection({ kind: 'back' });
    outage.report('following digests', unreachable('second'));
    outage.report('following digests', unreachable('second again'));
    outage.onConnection({ kind: 'back' });
    expect(lines.map((l) => l.split(': cannot reach')[0]?.replace(/\(.*/, ''))).toEqual([
      DOWN.split(': cannot reach')[0],
      BACK,
      DOWN.split(': cannot reach')[0],
      BACK,
    ]);
    expect([lines[0], lines[2]].map((l) => /\((first|second)\)/.exec(l ?? '')?.[1])).toEqual([
      'first',
      'second',
    ]);
  });

  it('logs every other failure at every turn, named by its loop, while the store is up or down', () => {
    const { lines, outage } = setUp();
    outage.report('live posts', new Error('Cannot read properties of undefined'));
    outage.report('digest run', new StoreError('disk-full', URL, 'No space left on device'), {
      subscription: 7,
    });
    outage.report('renewing leases', unreachable('refused'));
    outage.report('live posts', new Error('Cannot read properties of undefined'));
    expect(lines.map((l) => l.replace(/ cannot reach .*/, ''))).toEqual([
      '2026-12-06T12:00:00.000Z ERROR live posts failed: Cannot read properties of undefined',
      `2026-12-06T12:00:00.000Z ERROR digest run failed: disk-full: ${URL}: No space left on device subscription=7`,
      '2026-12-06T12:00:00.000Z WARN the database cannot be reached; periodic work waits until it answers:',
      '2026-12-06T12:00:00.000Z ERROR live posts failed: Cannot read properties of undefined',
    ]);
  });

  it('without an outage, a loop logs each failure as before', () => {
    const lines: string[] = [];
    const report = logEachFailure(
      createLogger(
        'debug',
        (line) => lines.push(line),
        () => AT,
      ),
    );
    report('feed polling', unreachable('refused'));
    report('feed polling', unreachable('refused'));
    expect(lines).toEqual([
      `2026-12-06T12:00:00.000Z ERROR feed polling failed: cannot-open: ${URL}: refused`,
      `2026-12-06T12:00:00.000Z ERROR feed polling failed: cannot-open: ${URL}: refused`,
    ]);
  });
});
