// Discord ids are snowflakes: milliseconds since 2015-01-01 shifted left by 22 bits, plus a counter.
// Ids made from the current time are 18–19 digits long, like real ones, so code that checks the
// length or sorts ids by creation time sees what it would see against Discord.
const DISCORD_EPOCH = 1_420_070_400_000n;

export interface SnowflakeSource {
  next(): string;
}

export function createSnowflakeSource(now: () => number = Date.now): SnowflakeSource {
  let lastMs = 0n;
  let counter = 0n;
  return {
    next(): string {
      let ms = BigInt(now()) - DISCORD_EPOCH;
      // Never go backwards: 12 bits of counter per millisecond, then borrow the next millisecond.
      if (ms <= lastMs) {
        ms = lastMs;
        counter += 1n;
        if (counter > 4095n) {
          ms += 1n;
          counter = 0n;
        }
      } else counter = 0n;
      lastMs = ms;
      return ((ms << 22n) | counter).toString();
    },
  };
}

export function timestampOfSnowflake(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/**
 * A snowflake whose guild events go to `shard` of `count` ((id >> 22) % count == shard): the current
 * time, moved forward to the next millisecond with that remainder, plus `counter` in the low bits.
 */
export function snowflakeInShard(
  shard: number,
  count: number,
  counter = 0,
  now: number = Date.now(),
): string {
  let ms = BigInt(now) - DISCORD_EPOCH;
  ms += (BigInt(shard) - (ms % BigInt(count)) + BigInt(count)) % BigInt(count);
  return ((ms << 22n) | BigInt(counter)).toString();
}
