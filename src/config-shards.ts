// Which gateway shards this process holds: HERALD_SHARDS (a list such as `0,1`, or `auto`) with
// SHARD_COUNT (how many shards all processes hold together). Read by config.ts, handed to discord.js's
// own `shards`/`shardCount` options by discord/client.ts.

/** `auto`: every shard Discord recommends (GET /gateway/bot), in this one process. */
export type ShardConfig = { kind: 'auto' } | { kind: 'list'; ids: number[]; count: number };

/** One process holding the only shard: what a bot gets when neither variable is set. */
export const SINGLE_SHARD: ShardConfig = { kind: 'list', ids: [0], count: 1 };

/** Discord's largest shard counts are in the thousands; anything past this is a typo. */
export const MAX_SHARD_COUNT = 16_384;

export type ShardParse = { ok: true; shards: ShardConfig } | { ok: false; problems: string[] };

/** `shards` is HERALD_SHARDS as typed (trimmed, undefined when empty); `count` is SHARD_COUNT, already a number. */
export function parseShards(shards: string | undefined, count: number | undefined): ShardParse {
  if (shards === undefined) {
    if (count === undefined) return { ok: true, shards: SINGLE_SHARD };
    return { ok: true, shards: { kind: 'list', ids: [...Array(count).keys()], count } };
  }
  if (shards.toLowerCase() === 'auto') {
    if (count === undefined) return { ok: true, shards: { kind: 'auto' } };
    return {
      ok: false,
      problems: [
        'SHARD_COUNT: leave it empty with HERALD_SHARDS=auto (Discord recommends the count), or list the shards of this process in HERALD_SHARDS',
      ],
    };
  }
  const parts = shards.split(',').map((p) => p.trim());
  const bad = parts.filter((p) => !/^\d+$/.test(p));
  if (bad.length > 0) {
    const shown = bad.map((p) => (p === '' ? '(empty)' : `"${p.slice(0, 20)}"`)).join(', ');
    return {
      ok: false,
      problems: [
        `HERALD_SHARDS: must be auto or shard numbers separated by commas, such as 0,1; not a shard number: ${shown}`,
      ],
    };
  }
  if (count === undefined) {
    return {
      ok: false,
      problems: [
        'SHARD_COUNT: required with a list in HERALD_SHARDS: the number of shards all processes hold together (the same in every process)',
      ],
    };
  }
  const ids = parts.map(Number);
  const problems: string[] = [];
  const outside = ids.filter((id) => id >= count);
  if (outside.length > 0) {
    problems.push(
      `HERALD_SHARDS: shard ${outside.join(', ')} is not below SHARD_COUNT (${count}); shards are numbered 0 to ${count - 1}`,
    );
  }
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0)
    problems.push(`HERALD_SHARDS: shard ${[...new Set(repeated)].join(', ')} is listed twice`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, shards: { kind: 'list', ids: [...ids].sort((a, b) => a - b), count } };
}
