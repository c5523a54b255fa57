// Overview and feeds: is the bot connected, what does it hold, which feeds fail and why.
import { nextRuns } from '../core/schedule/index.js';
import type { FeedFetch } from '../store/index.js';
import { formatAgo, formatDuration, formatTime, startOfUtcDay } from './format.js';
import { externalLink, html, type Html } from './html.js';
import { layout, table } from './layout.js';
import type { PageContext } from './page-context.js';

export function overviewPage(c: PageContext): Html {
  const now = c.now();
  const connected = c.gateway.connected();
  const articles = c.queries.articleCounts(startOfUtcDay(now));
  const feeds = c.queries.feedsByState();
  const live = c.queries.liveSubscriptions();
  const digests = c.queries.digests();
  const errors = c.errors?.recent() ?? [];
  const card = (label: string, value: string | number, cls = '') =>
    html`<div class="card"><small>${label}</small><b class="${cls}">${value}</b></div>`;
  return layout(
    'Overview',
    html`<div class="cards">
        ${card('Gateway', connected ? 'connected' : 'not connected', connected ? 'ok' : 'bad')}
        ${card(connected ? 'Connected since' : 'Down since', formatTime(c.gateway.since()))}
        ${card('Servers', c.gateway.guilds())}
        ${card('Shards of this process', c.gateway.shards().join(', ') || 'none')}
        ${card('Articles stored', articles.total)} ${card('Added today (UTC)', articles.since)}
        ${card(
          'Feeds',
          Object.entries(feeds)
            .map(([state, n]) => `${n} ${state}`)
            .join(', ') || 'none',
        )}
        ${card('Live post subscriptions', `${live.total}${live.paused ? ` (${live.paused} paused)` : ''}`)}
      </div>
      <h2>Digests</h2>
      ${
        digests.length === 0
          ? html`<p class="muted">No digest subscriptions.</p>`
          : table(
              ['Digest', 'Channel', 'Schedule', 'Next run', 'Last digest'],
              digests.map((d) => {
                const next = d.pausedReason
                  ? null
                  : (nextRuns(d.cron, d.timeZone, new Date(now), 1)[0]?.getTime() ?? null);
                return html`<tr>
                  <td>${d.name ?? `#${d.id}`}</td>
                  <td>${d.channelId}</td>
                  <td>${d.schedule} <small>${d.timeZone}</small></td>
                  <td>
                    ${d.pausedReason ? html`<span class="paused">paused: ${d.pausedReason}</span>` : formatTime(next)}
                  </td>
                  <td>${formatTime(d.lastDigestAt)}</td>
                </tr>`;
              }),
            )
      }
      <h2>Last errors</h2>
      ${
        errors.length === 0
          ? html`<p class="muted">No errors logged since start-up.</p>`
          : table(
              ['Time', 'Reference', 'Error'],
              errors.map(
                (e) =>
                  html`<tr>
                    <td>${formatTime(e.at)}</td>
                    <td>${e.ref ?? '—'}</td>
                    <td>${e.message}</td>
                  </tr>`,
              ),
            )
      }`,
  );
}

function stateCell(state: string, reason: string | null): Html {
  return html`<span class="${state}">${state}</span>${reason ? html`<br /><small>${reason}</small>` : ''}`;
}

export function feedsPage(c: PageContext): Html {
  const now = c.now();
  const feeds = c.queries.feeds();
  return layout(
    'Feeds',
    feeds.length === 0
      ? html`<p class="muted">No feeds yet (add one with /feed or <code>herald feed add</code>).</p>`
      : table(
          ['Feed', 'State', 'Last fetch', 'HTTP', 'Items', 'Failures', 'Next try', 'Posts to'],
          feeds.map(
            (f) =>
              html`<tr>
                <td><a href="/feeds/${f.id}">${f.title}</a><br /><small>${f.url}</small></td>
                <td>${stateCell(f.state, f.reason)}</td>
                <td>${formatAgo(f.lastFetchAt, now)}</td>
                <td>${f.httpStatus ?? '—'}</td>
                <td>${f.items}</td>
                <td>${f.failures}</td>
                <td>${f.state === 'paused' ? '—' : formatAgo(f.nextFetchAt, now)}</td>
                <td>${f.channels.join(', ') || '—'}</td>
              </tr>`,
          ),
        ),
  );
}

export function feedPage(c: PageContext, id: number): Html | null {
  const now = c.now();
  const f = c.queries.feed(id);
  if (!f) return null;
  const items = c.queries.feedItems(id, 50);
  return layout(
    f.title,
    html`<p>${externalLink(f.url, f.url)}</p>
      <div class="cards">
        <div class="card"><small>State</small><b>${stateCell(f.state, f.reason)}</b></div>
        <div class="card">
          <small>Last fetch</small><b>${formatAgo(f.lastFetchAt, now)}</b
          ><small>${formatTime(f.lastFetchAt)}</small>
        </div>
        <div class="card"><small>HTTP status</small><b>${f.httpStatus ?? '—'}</b></div>
        <div class="card"><small>Failures in a row</small><b>${f.failures}</b></div>
        <div class="card">
          <small>Next try</small><b>${f.state === 'paused' ? '—' : formatAgo(f.nextFetchAt, now)}</b>
        </div>
        <div class="card"><small>Posts to</small><b>${f.channels.join(', ') || '—'}</b></div>
      </div>
      <div class="split">
        <section>
          <h2>Request history</h2>
          ${requestHistory(c.store.feeds.fetches(id))}
        </section>
        <section>
          <h2>Newest items</h2>
          ${
            items.length === 0
              ? html`<p class="muted">No items yet.</p>`
              : table(
                  ['First seen', 'Title'],
                  items.map(
                    (i) =>
                      html`<tr>
                        <td>${formatTime(i.firstSeenAt)}</td>
                        <td>${externalLink(i.url, i.title)}</td>
                      </tr>`,
                  ),
                )
          }
        </section>
      </div>`,
  );
}

/** The feed's last fetches, newest first, as the fetch log holds them (whichever process fetched). */
function requestHistory(fetches: FeedFetch[]): Html {
  if (fetches.length === 0) return html`<p class="muted">Not fetched since Herald began keeping a log.</p>`;
  return table(
    ['Time', 'Outcome', 'HTTP', 'Duration', 'New items'],
    fetches.map(
      (f) =>
        html`<tr>
          <td>${formatTime(f.at, { seconds: true })}</td>
          <td>
            <span class="${f.outcome}">${f.outcome}</span
            >${f.error ? html`<br /><small>${f.error}</small>` : ''}
          </td>
          <td>${f.httpStatus ?? '—'}</td>
          <td>${formatDuration(f.durationMs)}</td>
          <td>${f.items}</td>
        </tr>`,
    ),
  );
}
