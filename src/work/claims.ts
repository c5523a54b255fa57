// This process's claims on units of periodic work (leases in the store, shared by every process): a
// unit is done by the process that holds its lease; the lease is renewed on a timer while the process
// lives, so it lapses only when the process dies or stalls, and then another process takes the unit over.
import { hostname } from 'node:os';
import type { ShardConfig } from '../config-shards.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { logEachFailure, type ReportFailure } from './outage.js';
import type { LeaseStore } from '../store/index.js';

export interface Claims {
  /** This process's name in the lease table (see createHolderId). */
  readonly holder: string;
  readonly ttlMs: number;
  /** Takes (or extends) the lease on `key`; true when this process holds it now. */
  take(key: string): boolean;
  /** Gives the lease on `key` up (the unit is done, or this process no longer wants it). */
  release(key: string): void;
  /** Keys this process believes it holds. */
  held(): string[];
  /** Extends every lease held; those another process took meanwhile are forgotten (and logged). */
  renew(): void;
  /** Renews every third of a lease, until stop. */
  start(): void;
  /** Stops renewing and gives up every lease this object took. */
  stop(): void;
}

/**
 * The holder id of this process: its host and its shards, which no other running process shares. A
 * process restarted after a crash gets the same id, so it carries on with its own leases at once instead
 * of waiting for them to lapse; another process takes them over only when this one stays away.
 */
export function createHolderId(shards: ShardConfig, host: string = hostname()): string {
  return `${host}/shards ${shards.kind === 'auto' ? 'auto' : `${shards.ids.join(',')} of ${shards.count}`}`;
}

export function createClaims(deps: {
  leases: LeaseStore;
  holder: string;
  ttlMs: number;
  now: () => number;
  logger: Logger;
  /** How a failed renewal is logged; default: each on its own line. */
  report?: ReportFailure;
}): Claims {
  const { leases, holder, ttlMs, now, logger } = deps;
  const report = deps.report ?? logEachFailure(logger);
  const keys = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const claims: Claims = {
    holder,
    ttlMs,
    take(key) {
      const at = now();
      // A read first: a live lease of another process is the common answer, and a read takes no write lock.
      const current = leases.get(key);
      const taken =
        current !== null && current.holder !== holder && current.expiresAt > at
          ? false
          : leases.claim(key, holder, at, ttlMs);
      if (taken) keys.add(key);
      else keys.delete(key);
      return taken;
    },
    release(key) {
      keys.delete(key);
      leases.release(key, holder);
    },
    held: () => [...keys],
    renew() {
      if (keys.size === 0) return;
      const kept = new Set(leases.renew(holder, [...keys], now(), ttlMs));
      for (const key of keys) {
        if (kept.has(key)) continue;
        keys.delete(key);
        logger.warn('lease lost to another process (this one stalled past its lease)', { key });
      }
    },
    start() {
      if (timer) return;
      timer = setInterval(
        () => {
          try {
            claims.renew();
          } catch (error) {
            report('renewing leases', error);
          }
        },
        Math.max(100, Math.floor(ttlMs / 3)),
      );
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      for (const key of [...keys]) claims.release(key);
    },
  };
  return claims;
}

/** The claims of this process as configured: its holder id from its shards, LEASE_SECONDS; renewing. */
export function startClaims(
  leases: LeaseStore,
  config: Pick<Config, 'shards' | 'leaseSeconds'>,
  now: () => number,
  logger: Logger,
  report?: ReportFailure,
): Claims {
  const holder = createHolderId(config.shards);
  const ttlMs = config.leaseSeconds * 1000;
  const claims = createClaims({ leases, holder, ttlMs, now, logger, ...(report && { report }) });
  claims.start();
  return claims;
}
