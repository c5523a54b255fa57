// `herald feed …`: add, list, items, poll, remove, pause, resume, import, export. Same store and feed
// service as the bot. Problems arrive as codes and are worded here; bad input exits 1 with one line.
import { readFileSync } from 'node:fs';
import { intFlag, textFlag, UsageError, type ParsedArgs } from './args.js';
import type { Out } from './show.js';
import type { Config } from '../config.js';
import { pollFeeds } from '../feeds/poller.js';
import { describeProblem } from '../feeds/problems.js';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '../feeds/schedule.js';
import { readOpml, writeOpml } from '../feeds/opml.js';
import type { PollOutcome } from '../feeds/service.js';
import { setUpFeeds } from '../feeds/setup.js';
import { poolThreads } from '../ingest/pool.js';
import type { Feed, FullTextMode, Store } from '../store/index.js';
import { readVersion } from '../version.js';

export { FEED_USAGE } from './feed-usage.js';

const FULL_TEXT_MODES: readonly FullTextMode[] = ['auto', 'on', 'off'];
const when = (ms: number | null) =>
  ms === null ? 'never' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function feedId(store: Store, raw: string | undefined, command: string): Feed {
  if (raw === undefined) throw new UsageError(`feed ${command} needs a feed id (see "herald feed list")`);
  if (!/^\d+$/.test(raw)) throw new UsageError(`feed ${command}: "${raw}" is not a feed id (a whole number)`);
  const feed = store.feeds.get(Number(raw));
  if (!feed) throw new UsageError(`feed ${command}: no feed has the id ${raw}`);
  return feed;
}

function printOutcomes(outcomes: PollOutcome[], json: boolean, out: Out): void {
  if (json) return out.line(JSON.stringify(outcomes));
  if (outcomes.length === 0) out.line('No feed is due.');
  for (const o of outcomes) {
    const detail = o.outcome === 'new' ? `${o.new} new` : o.outcome;
    out.line(
      `feed ${o.id}: ${detail}${o.http === null ? '' : ` (HTTP ${o.http})`}${o.error ? ` — ${o.error}` : ''}`,
    );
  }
}

export async function runFeedCommand(
  args: ParsedArgs,
  out: Out,
  store: Store,
  config: Config,
): Promise<void> {
  const [sub, ...rest] = args.positionals;
  const json = args.flags.has('json');
  const feeds = setUpFeeds(store, config.feeds, {
    version: readVersion(),
    now: Date.now,
    analysisThreads: poolThreads(config.ingestWorkers),
  });
  try {
    switch (sub) {
      case 'add': {
        const url = rest[0];
        if (!url) throw new UsageError('feed add needs a URL');
        const mode = textFlag(args, 'full-text') ?? 'auto';
        if (!FULL_TEXT_MODES.includes(mode as FullTextMode))
          throw new UsageError(`--full-text must be auto, on or off (got ${mode})`);
        const intervalMinutes = args.flags.has('interval')
          ? intFlag(args, 'interval', 10, MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES)
          : null;
        const added = await feeds.service.addFeed(url, {
          name: textFlag(args, 'name'),
          intervalMinutes,
          fullText: mode as FullTextMode,
        });
        if (!added.ok) throw new UsageError(`cannot add ${url}: ${describeProblem(added.problem)}`);
        const { feed, items } = added;
        if (json) out.line(JSON.stringify({ id: feed.id, url: feed.url, title: feed.title, items }));
        else out.line(`Added feed ${feed.id}: ${feed.title} (${items} items) — ${feed.url}`);
        return;
      }
      case 'list': {
        const counts = store.feeds.itemCounts();
        const list = store.feeds.all().map((f) => ({
          id: f.id,
          url: f.url,
          title: f.title,
          status: f.state,
          reason: f.reason,
          failures: f.failures,
          lastFetchAt: f.lastFetchAt,
          nextFetchAt: f.nextFetchAt,
          items: counts.get(f.id) ?? 0,
        }));
        if (json) return out.line(JSON.stringify(list));
        if (list.length === 0) out.line('No feeds yet: add one with "herald feed add URL".');
        for (const f of list) {
          out.line(
            `${f.id}  ${f.title}  [${f.status}${f.reason ? `: ${f.reason}` : ''}]  ${f.items} items\n    ${f.url}\n    last ${when(f.lastFetchAt)}, next ${when(f.nextFetchAt)}`,
          );
        }
        return;
      }
      case 'items': {
        const feed = feedId(store, rest[0], 'items');
        const items = store.feeds.newestItems(feed.id, intFlag(args, 'limit', 20, 1, 1000));
        if (json) return out.line(JSON.stringify(items));
        if (items.length === 0) out.line(`Feed ${feed.id} has no items yet.`);
        for (const i of items) out.line(`${i.id}  ${i.title}\n    ${when(i.published)}  ${i.url ?? ''}`);
        return;
      }
      case 'poll': {
        const now = Date.now();
        const chosen = args.flags.has('all')
          ? store.feeds
              .all()
              .filter((f) => f.state !== 'paused' && (f.retryAfterUntil === null || f.retryAfterUntil <= now))
          : rest.length > 0
            ? rest.map((id) => feedId(store, id, 'poll'))
            : store.feeds.due(now);
        printOutcomes(await pollFeeds(feeds.service, chosen, feeds.limits), json, out);
        return;
      }
      case 'remove':
      case 'pause': {
        const feed = feedId(store, rest[0], sub);
        if (sub === 'remove') feeds.service.removeFeed(feed.id);
        else feeds.service.pauseFeed(feed.id);
        const status = sub === 'remove' ? 'removed' : 'paused';
        if (json) out.line(JSON.stringify({ id: feed.id, status }));
        else out.line(`Feed ${feed.id} (${feed.title}) ${status}.`);
        return;
      }
      case 'resume': {
        const feed = feedId(store, rest[0], 'resume');
        feeds.service.resumeFeed(feed.id);
        printOutcomes([await feeds.service.pollFeed(store.feeds.get(feed.id) as Feed)], json, out);
        return;
      }
      case 'import': {
        const file = rest[0];
        if (!file) throw new UsageError('feed import needs an OPML file');
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          throw new UsageError(`${file}: cannot be read`);
        }
        const read = readOpml(text);
        if (!read.ok) throw new UsageError(`${file}: not an OPML file (${read.reason})`);
        const { added, skipped } = feeds.service.importFeeds(read.feeds);
        if (json)
          return out.line(
            JSON.stringify({ added: added.map((f) => ({ id: f.id, url: f.url, title: f.title })), skipped }),
          );
        out.line(`Imported ${added.length} feeds from ${file}; they are fetched on the next poll.`);
        for (const s of skipped) out.line(`  skipped ${s.url}: ${s.reason}`);
        return;
      }
      case 'export': {
        const list = store.feeds.all().map((f) => ({ url: f.url, title: f.title, siteUrl: f.siteUrl }));
        out.line(json ? JSON.stringify(list) : writeOpml(list, new Date()));
        return;
      }
      default:
        throw new UsageError(
          `${sub ? `unknown feed command "${sub}"` : 'feed needs a command'}: add, list, items, poll, remove, pause, resume, import or export`,
        );
    }
  } finally {
    feeds.close();
  }
}
