// While the database does not answer, the status page says so in the log once when the outage starts and
// once when it ends, not at every request; /healthz and /metrics answer as before meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { startWeb, switchableStore, type Running } from './fixtures.js';

let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('the status page during a database outage', () => {
  it('logs the outage once when it starts and once when it ends, whatever the number of requests', async () => {
    const logs: string[] = [];
    let setDown: (down: boolean) => void = () => undefined;
    running = await startWeb({
      log: (line) => logs.push(line),
      wrap(store: Store) {
        const switchable = switchableStore(store);
        setDown = switchable.setDown;
        return switchable.store;
      },
    });
    expect((await running.get('/')).status).toBe(200);
    setDown(true);
    const during = [];
    for (const path of ['/', '/feeds', '/deliveries', '/articles', '/charts', '/', '/feeds/1']) {
      const res = await running.get(path);
      during.push([path, res.status, await res.text()]);
    }
    for (const [path, status, body] of during) {
      expect([path, status]).toEqual([path, 500]);
      expect(body).toBe('The status page could not read this; see the bot log.\n');
    }
    const health = await running.get('/healthz');
    expect([health.status, await health.json()]).toEqual([
      503,
      { status: 'fail', gateway: 'connected', database: 'unavailable' },
    ]);
    const metrics = await (await running.get('/metrics')).text();
    expect(metrics).toMatch(/^herald_database_up 0$/m);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/ERROR/);
    expect(logs[0]).toMatch(/status page: the database does not answer/);
    expect(logs[0]).toContain('the connection to PostgreSQL is lost');

    setDown(false);
    for (const path of ['/', '/feeds', '/charts']) expect((await running.get(path)).status).toBe(200);
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatch(/INFO/);
    expect(logs[1]).toMatch(/status page: the database answers again/);

    setDown(true);
    await running.get('/');
    await running.get('/');
    expect(logs).toHaveLength(3);
    expect(logs[2]).toMatch(/status page: the database does not answer/);
  });

  it('still logs each failure that is not the database', async () => {
    const logs: string[] = [];
    running = await startWeb({
      log: (line) => logs.push(line),
      wrap(store: Store) {
        // The feeds page breaks on its own while the database answers.
        const status = {
          ...store.status,
          feeds: () => {
            throw new Error('a page bug');
          },
        };
        return { ...store, status } as Store;
      },
    });
    expect((await running.get('/feeds')).status).toBe(500);
    expect((await running.get('/feeds')).status).toBe(500);
    expect(logs.filter((l) => /a page bug/.test(l))).toHaveLength(2);
  });
});
