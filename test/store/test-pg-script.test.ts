// scripts/test-pg.js, the test server's launcher: where it looks for PostgreSQL, and what it says when
// PostgreSQL is missing (the PostgreSQL tests then fail with these words unless HERALD_TEST_PG=off).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPgBin, INSTALL_HINT } from '../../scripts/test-pg.js';

describe('the test server launcher', () => {
  it('takes the newest PostgreSQL that has initdb, and none when there is none', () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-pgbin-'));
    try {
      expect(findPgBin(join(root, 'missing'))).toBeNull();
      expect(findPgBin(root)).toBeNull();
      for (const major of ['9', '15', '16']) mkdirSync(join(root, major, 'bin'), { recursive: true });
      for (const major of ['9', '15']) writeFileSync(join(root, major, 'bin', 'initdb'), '');
      expect(findPgBin(root)).toBe(join(root, '15', 'bin'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says how to install PostgreSQL, how to name a server, and how to leave the tests out', () => {
    expect(INSTALL_HINT).toContain('apt-get install -y postgresql');
    expect(INSTALL_HINT).toContain('HERALD_TEST_PG_URL');
    expect(INSTALL_HINT).toContain('HERALD_TEST_PG=off');
  });
});
