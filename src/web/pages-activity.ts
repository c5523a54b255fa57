// Deliveries, articles and charts: what was posted where, what came in, and how much per hour.
import { barChart } from './chart.js';
import { formatTime } from './format.js';
import { externalLink, html, type Html } from './html.js';
import { layout, table } from './layout.js';
import type { PageContext } from './page-context.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleHeader } from '../store/types.js';

export const DELIVERIES_PAGE_SIZE = 50;
const ARTICLES_SHOWN = 30;
const SEARCH_SHOWN = 20;

function pageNumber(value: string | null): number {
  const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

export function deliveriesPage(c: PageContext, params: URLSearchParams): Html {
  const page = pageNumber(params.get('page'));
  const rows = c.queries.deliveries(DELIVERIES_PAGE_SIZE + 1, (page - 1) * DELIVERIES_PAGE_SIZE);
  const shown = rows.slice(0, DELIVERIES_PAGE_SIZE);
  return layout(
    'Deliveries',
    html`${
        shown.length === 0
          ? html`<p class="muted">Nothing delivered yet.</p>`
          : table(
              ['Time', 'Kind', 'Channel', 'Article or digest', 'Status'],
              shown.map(
                (d) =>
                  html`<tr>
                    <td>${formatTime(d.at)}</td>
                    <td>${d.kind}</td>
                    <td>${d.channelId}</td>
                    <td>${externalLink(d.url, d.what)}</td>
                    <td>
                      <span class="${d.status}">${d.status}</span
                      >${d.error ? html`<br /><small>${d.error}</small>` : ''}
                    </td>
                  </tr>`,
              ),
            )
      }
      <nav class="pager">
        ${page > 1 ? html`<a href="/deliveries?page=${page - 1}">Newer</a>` : ''}${rows.length > DELIVERIES_PAGE_SIZE ? html`<a href="/deliveries?page=${page + 1}">Older</a>` : ''}
      </nav>`,
  );
}

export function articlesPage(c: PageContext, params: URLSearchParams): Html {
  const query = (params.get('q') ?? '').trim().slice(0, 200);
  const form = html`<form method="get" action="/articles" role="search">
    <input
      type="search"
      name="q"
      value="${query}"
      placeholder="Search articles"
      aria-label="Search articles"
    /><button type="submit">Search</button>
  </form>`;
  if (query) {
    const found = c.store.articles.search(query, { limit: SEARCH_SHOWN, offset: 0 });
    return layout(
      'Articles',
      html`${form}
        <p class="muted">${found.total}${found.capped ? '+' : ''} found for “${query}”.</p>
        ${found.hits.map((a) => articleItem(a, highlighted(a.snippet)))}`,
    );
  }
  const latest = c.store.articles.latest({ limit: ARTICLES_SHOWN });
  return layout(
    'Articles',
    html`${form}${latest.length === 0 ? html`<p class="muted">No articles stored yet.</p>` : ''}
    ${latest.map((a) => articleItem(a, html`${a.headlineSummary}`))}`,
  );
}

function articleItem(a: ArticleHeader, text: Html): Html {
  return html`<article>
    <strong>${externalLink(a.url, a.title)}</strong><br /><small
      >${a.source ?? 'unknown source'} · ${formatTime(a.published ?? a.ingestedAt)}</small
    >
    <p>${text}</p>
  </article>`;
}

/** The search snippet's highlight markers as <mark>, everything else escaped. */
function highlighted(snippet: string): Html {
  const parts = snippet.split(HIGHLIGHT_START).map((part, i) => {
    if (i === 0) return html`${part}`;
    const [hit = '', ...rest] = part.split(HIGHLIGHT_END);
    return html`<mark>${hit}</mark>${rest.join('')}`;
  });
  return html`${parts}`;
}

export function chartsPage(c: PageContext): Html {
  const hours = 7 * 24;
  const now = c.now();
  const from = now - (now % 3_600_000) - (hours - 1) * 3_600_000;
  return layout(
    'Charts',
    html`<h2>Articles stored per hour, last 7 days</h2>
      ${barChart(c.queries.articlesPerHour(from, hours), from, 'articles stored')}
      <h2>Posts per hour, last 7 days</h2>
      ${barChart(c.queries.postsPerHour(from, hours), from, 'posts sent')}`,
  );
}
