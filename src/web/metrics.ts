// /metrics: Prometheus text from a private registry, so tests (and two bots in one process) never share series.
// Store-backed numbers are gauges read at scrape time; Discord REST and interaction timings are observed live.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayView } from './gateway.js';
import { digestsWaiting } from './queues.js';
import type { StatusQueries } from '../store/index.js';

export interface StatusMetrics {
  registry: Registry;
  /** One Discord REST response, by HTTP status. */
  observeRest(status: number): void;
  /** Seconds between an interaction being created and Herald's first answer to it. */
  observeAck(seconds: number): void;
}

// The values each labelled series can take, so every series exists (at 0) from the first scrape and
// alerts on a rate or a ratio have something to read before the first failure.
const FEED_STATES = ['ok', 'failing', 'paused'];
const FETCH_OUTCOMES = ['new', 'unchanged', 'not-modified', 'failed'];
const POST_STATUSES = ['pending', 'sent', 'failed', 'skipped'];
const DIGEST_STATUSES = ['sending', 'sent', 'failed', 'empty', 'paused'];
const REST_CLASSES = ['2xx', '3xx', '4xx', '5xx'];

/** Known keys first at 0, then any others the database holds. */
function withZeros(known: readonly string[], counts: Record<string, number>): Array<[string, number]> {
  return [...new Set([...known, ...Object.keys(counts)])].map((k) => [k, counts[k] ?? 0]);
}

export function createMetrics(
  queries: StatusQueries,
  gateway: GatewayView,
  options: { processMetrics?: boolean; now?: () => number } = {},
): StatusMetrics {
  const now = options.now ?? (() => Date.now());
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const gauge = (
    name: string,
    help: string,
    labelNames: string[],
    read: (set: (labels: Record<string, string>, value: number) => void) => void,
  ) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        // Read first: while the database does not answer, a scrape still succeeds (process, gateway and
        // Discord series go on), the store-backed values stay as last read, and herald_database_up is 0.
        const values: Array<[Record<string, string>, number]> = [];
        try {
          read((labels, value) => values.push([labels, value]));
        } catch {
          return;
        }
        this.reset();
        for (const [labels, value] of values) this.set(labels, value);
      },
    });
  gauge('herald_database_up', '1 when the database answers, 0 when it does not.', [], (set) => {
    let up = 1;
    try {
      queries.ping();
    } catch {
      up = 0;
    }
    set({}, up);
  });
  gauge('herald_articles_stored', 'Articles in the store.', [], (set) =>
    set({}, queries.articleCounts(now()).total),
  );
  gauge('herald_feeds', 'Feeds by state (ok, failing, paused).', ['state'], (set) => {
    for (const [state, n] of withZeros(FEED_STATES, queries.feedsByState())) set({ state }, n);
  });
  gauge(
    'herald_feed_last_fetch',
    'Feeds by the outcome of their last fetch (HTTP status class, or none).',
    ['outcome'],
    (set) => {
      const counts = new Map<string, number>();
      for (const feed of queries.feeds()) {
        const outcome =
          feed.httpStatus === null
            ? feed.state === 'failing'
              ? 'error'
              : 'none'
            : `${Math.floor(feed.httpStatus / 100)}xx`;
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      }
      for (const [outcome, n] of counts) set({ outcome }, n);
    },
  );
  gauge('herald_posts', 'Live posts in the ledger by status.', ['status'], (set) => {
    for (const [status, n] of withZeros(POST_STATUSES, queries.postsByStatus())) set({ status }, n);
  });
  gauge('herald_digests', 'Digest deliveries by status.', ['status'], (set) => {
    for (const [status, n] of withZeros(DIGEST_STATUSES, queries.digestsByStatus())) set({ status }, n);
  });
  gauge(
    'herald_queue_length',
    'Work waiting: live posts pending, digest runs due or being sent.',
    ['queue'],
    (set) => {
      const sending = queries.digestsByStatus().sending ?? 0;
      set({ queue: 'posts' }, queries.postsByStatus().pending ?? 0);
      set({ queue: 'digests' }, digestsWaiting(queries.digests(), sending, now()));
    },
  );
  gauge(
    'herald_gateway_connected',
    '1 when every shard of this process is connected to the gateway.',
    [],
    (set) => set({}, gateway.connected() ? 1 : 0),
  );
  gauge('herald_guilds', 'Servers this process sees.', [], (set) => set({}, gateway.guilds()));
  new Counter({
    name: 'herald_feed_fetches_total',
    help: 'Feed fetches by outcome, made by any process on this database (from the fetch log).',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      let totals: Array<[string, number]>;
      try {
        totals = withZeros(FETCH_OUTCOMES, queries.feedFetchTotals());
      } catch {
        return; // the database does not answer: the last totals stay (see herald_database_up)
      }
      this.reset();
      for (const [outcome, n] of totals) this.inc({ outcome }, n);
    },
  });
  const rest = new Counter({
    name: 'herald_discord_rest_responses_total',
    help: 'Discord REST responses by status class.',
    labelNames: ['class'],
    registers: [registry],
  });
  for (const cls of REST_CLASSES) rest.inc({ class: cls }, 0);
  const limited = new Counter({
    name: 'herald_discord_rate_limited_total',
    help: 'Discord REST responses with status 429.',
    registers: [registry],
  });
  const ack = new Histogram({
    name: 'herald_interaction_ack_seconds',
    help: "Time from an interaction to Herald's first answer (reply or defer).",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 5],
    registers: [registry],
  });
  return {
    registry,
    observeRest(status) {
      rest.inc({ class: `${Math.floor(status / 100)}xx` });
      if (status === 429) limited.inc();
    },
    observeAck(seconds) {
      ack.observe(seconds);
    },
  };
}
