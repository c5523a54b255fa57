// The quick start's `.env`: `.env.example` copied with a token filled in, read as `npm start` reads it
// (loadConfig in a process of its own, in the folder holding the `.env`), and handed to the discord.js
// client the bot makes. discord.js reads SHARD_COUNT from the environment itself, so the emptied
// SHARD_COUNT of `.env.example` must not reach it as 0 shards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, '.env.example'), 'utf8');
const dirs: string[] = [];

/** The client's shard options for `.env.example` with these settings changed, or the error it gave. */
function clientShards(settings: Record<string, string>): { out: string; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'herald-env-'));
  dirs.push(dir);
  let text = EXAMPLE;
  for (const [name, value] of Object.entries(settings)) {
    const line = new RegExp(`^${name}=.*$`, 'm');
    expect(text, name).toMatch(line);
    text = text.replace(line, `${name}=${value}`);
  }
  writeFileSync(join(dir, '.env'), text);
  const url = (path: string) => pathToFileURL(join(ROOT, 'dist', 'src', path)).href;
  const script = `
    const { loadConfig } = await import(${JSON.stringify(url('config.js'))});
    const { createDiscordClient } = await import(${JSON.stringify(url('discord/client.js'))});
    const config = loadConfig({ requireToken: true });
    const client = createDiscordClient(config.apiBase, config.shards);
    console.log(JSON.stringify({ shards: client.options.shards, shardCount: client.options.shardCount }));
    await client.destroy();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { out: run.stdout.trim(), err: run.stderr.trim() };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('.env.example as the quick start uses it', () => {
  it('makes a client that holds the one shard, and the shards asked for otherwise', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.example-token-value';
    const cases: Array<[Record<string, string>, unknown]> = [
      [{ DISCORD_TOKEN: token }, { shards: [0], shardCount: 1 }],
      [
        { DISCORD_TOKEN: token, SHARD_COUNT: '  ' },
        { shards: [0], shardCount: 1 },
      ],
      [
        { DISCORD_TOKEN: token, SHARD_COUNT: '3' },
        { shards: [0, 1, 2], shardCount: 3 },
      ],
      [
        { DISCORD_TOKEN: token, HERALD_SHARDS: '1', SHARD_COUNT: '2' },
        { shards: [1], shardCount: 2 },
      ],
      [
        { DISCORD_TOKEN: token, HERALD_SHARDS: 'auto' },
        { shards: 'auto', shardCount: 1 },
      ],
    ];
    for (const [settings, expected] of cases) {
      const { out, err } = clientShards(settings);
      expect(err, JSON.stringify(settings)).toBe('');
      expect(JSON.parse(out), JSON.stringify(settings)).toEqual(expected);
    }
  });
});
