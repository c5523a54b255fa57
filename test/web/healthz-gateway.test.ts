// /healthz of the real bot on the Discord stand-in: the stand-in drops the gateway connection and keeps
// the bot out, then lets it back in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../e2e/harness.js';
import { freePort } from './fixtures.js';

let harness: Harness;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  harness = await startHarness({ env: { STATUS_PORT: String(port) } });
  base = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function health(): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: await res.json() };
}

/** /healthz once it answers `status`, checked every 20 ms for up to 10 s. */
async function healthBecomes(status: number): Promise<{ status: number; body: unknown }> {
  let seen = await health();
  for (let i = 0; i < 500 && seen.status !== status; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = await health();
  }
  return seen;
}

async function gaugeConnected(): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^herald_gateway_connected (\S+)$/m.exec(text)?.[1] ?? NaN);
}

describe('/healthz follows the gateway connection', () => {
  it('is 200, then 503 naming the gateway while the stand-in keeps the bot out, then 200 after it reconnects', async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', gateway: 'connected', database: 'ok' },
    });

    harness.standIn.dropGateway();
    expect(await healthBecomes(503)).toEqual({
      status: 503,
      body: { status: 'fail', gateway: 'disconnected', database: 'ok' },
    });
    // Still down a moment later: the bot is trying to reconnect and the stand-in does not let it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await health()).status).toBe(503);
    expect(await gaugeConnected()).toBe(0);
    const overview = await (await fetch(`${base}/`)).text();
    expect(overview).toMatch(/Gateway<\/small><b class="bad">not connected</);

    harness.standIn.restoreGateway();
    expect(await healthBecomes(200)).toEqual({
      status: 200,
      body: { status: 'ok', gateway: 'connected', database: 'ok' },
    });
    expect(await gaugeConnected()).toBe(1);
  }, 30_000);
});
