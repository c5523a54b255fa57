// The PostgreSQL server of the tests (test/pg-setup.ts): a fresh database per caller, and the list of
// backends a contract test runs on. With HERALD_TEST_PG=off PostgreSQL is left out, and said so; when
// PostgreSQL is missing, the PostgreSQL cases fail with the words to install it.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';

const target = inject('pg');

/** Why the PostgreSQL tests cannot run, or null when they can. */
export function pgUnavailable(): string | null {
  if (target.state === 'url') return null;
  if (target.state === 'off') return 'HERALD_TEST_PG=off';
  return target.reason;
}

/** Whether the PostgreSQL cases are part of this run (false only when HERALD_TEST_PG=off, and said so). */
export function pgIncluded(what: string): boolean {
  if (target.state !== 'off') return true;
  console.warn(`${what}: the PostgreSQL cases are left out because HERALD_TEST_PG=off`);
  return false;
}

function adminUrl(): string {
  if (target.state !== 'url')
    throw new Error(`PostgreSQL is not available for the tests: ${pgUnavailable()}`);
  return target.url;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server: its URL, and a function that drops it. */
export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `herald_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
