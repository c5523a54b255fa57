// Migration 8 moves the catch-up lines that were posts (their count inside the article id) into notices,
// with the count as a number; and a notice is recorded once per channel, kind and key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'herald-notices-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('post notices', () => {
  it('upgrades catch-up posts to notices with their count, leaving article posts alone', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(
      old,
      path,
      MIGRATIONS.filter((m) => m.version < 8),
    );
    const insert =
      old.prepare(`INSERT INTO posts (subscription_id, article_id, kind, status, nonce, message_id,
      channel_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 100, 200)`);
    insert.run(1, 'catch-up:1:40:7', 'summary', 'sent', 'p1', 'm1', 'c1');
    insert.run(2, 'catch-up:2:95:123', 'summary', 'pending', 'p2', null, 'c2');
    insert.run(1, 'a1b2c3', 'article', 'sent', 'p3', 'm3', 'c1');
    old.close();

    const store = openSqliteStore(path);
    const notices = ['c1', 'c2'].flatMap((c) => store.posts.notices.inChannel(c));
    expect(notices.map((n) => [n.channelId, n.kind, n.more, n.status, n.messageId])).toEqual([
      ['c1', 'catch-up', 7, 'sent', 'm1'],
      ['c2', 'catch-up', 123, 'pending', null],
    ]);
    const left = store.db.prepare('SELECT article_id, kind FROM posts ORDER BY id').all();
    expect(left).toEqual([{ article_id: 'a1b2c3', kind: 'article' }]);
    store.close();
  });

  it('records a notice once per channel, kind and key', () => {
    const store = openSqliteStore(join(dir, 'herald.db'));
    const first = store.posts.notices.record(
      { channelId: 'c1', kind: 'feed-paused', key: '3:100', feedId: 3 },
      1,
    );
    expect(first?.status).toBe('pending');
    expect(
      store.posts.notices.record({ channelId: 'c1', kind: 'feed-paused', key: '3:100', feedId: 3 }, 2),
    ).toBeNull();
    const other = [
      store.posts.notices.record({ channelId: 'c2', kind: 'feed-paused', key: '3:100', feedId: 3 }, 3),
      store.posts.notices.record({ channelId: 'c1', kind: 'feed-paused', key: '3:900', feedId: 3 }, 4),
      store.posts.notices.record({ channelId: 'c1', kind: 'catch-up', key: '3:100', more: 2 }, 5),
    ];
    expect(other.map((n) => [n?.channelId, n?.kind, n?.key])).toEqual([
      ['c2', 'feed-paused', '3:100'],
      ['c1', 'feed-paused', '3:900'],
      ['c1', 'catch-up', '3:100'],
    ]);
    store.close();
  });
});
