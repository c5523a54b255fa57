// Vitest global setup: the PostgreSQL server the PostgreSQL tests run against. HERALD_TEST_PG_URL
// names one (CI or a developer's own); else a throwaway one is started from Debian's binaries and
// stopped at the end. HERALD_TEST_PG=off leaves those tests out (they say so); a missing PostgreSQL
// is a failure of those tests, with the words to fix it, never a silent skip.
import type { TestProject } from 'vitest/node';
import { INSTALL_HINT, startTestPg, stopTestPg } from '../scripts/test-pg.js';

export type PgTarget =
  { state: 'url'; url: string } | { state: 'off' } | { state: 'missing'; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    pg: PgTarget;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.HERALD_TEST_PG === 'off') {
    project.provide('pg', { state: 'off' });
    return undefined;
  }
  const given = process.env.HERALD_TEST_PG_URL?.trim();
  if (given) {
    project.provide('pg', { state: 'url', url: given });
    return undefined;
  }
  try {
    const server = await startTestPg();
    project.provide('pg', { state: 'url', url: server.url });
    return () => stopTestPg(server.dir);
  } catch (error) {
    const reason = (error as Error).message;
    project.provide('pg', {
      state: 'missing',
      reason: reason.includes(INSTALL_HINT) ? reason : `${reason}; ${INSTALL_HINT}`,
    });
    return undefined;
  }
}
