import type { InteractionReplyOptions, InteractionUpdateOptions, MessageCreateOptions } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, EMBED_FIELD_VALUE_MAX } from '../../src/discord/limits.js';
import {
  QUOTES_SHOWN_MAX,
  autocompleteChoices,
  decodeSearchButton,
  encodeSearchButton,
  renderAbout,
  renderError,
  renderNotice,
  renderLatest,
  renderQuotes,
  renderSearch,
  renderSummary,
  type MessagePayload,
} from '../../src/discord/render.js';
import { UserError } from '../../src/discord/command.js';
import { channelMention, notice, timestamp } from '../../src/discord/notice.js';
import type { ArticleView, QuoteView, SearchHitView } from '../../src/operations/views.js';
import { findLimitBreaches, visibleText } from './limits-check.js';

const PUBLISHED = Date.UTC(2026, 10, 23, 10, 0, 0);
const SENTENCE = 'The minister said the talks in Brussels had been productive and would continue next week. ';

function quote(overrides: Partial<QuoteView> = {}): QuoteView {
  return {
    text: 'We will not be rushed into a bad deal',
    speaker: 'Maria Lopez',
    role: 'Trade Commissioner',
    articleId: 'a1',
    articleTitle: 'EU and China resume trade talks',
    url: 'https://news.example/eu-china',
    published: PUBLISHED,
    ...overrides,
  };
}

function article(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    id: 'a1',
    title: 'EU and China resume trade talks',
    url: 'https://news.example/eu-china',
    source: 'Example News',
    published: PUBLISHED,
    summary: ['Negotiators met in Brussels on Monday.', 'Both sides reported progress.'],
    quote: quote(),
    keywords: ['trade', 'tariffs', 'Brussels'],
    ...overrides,
  };
}

const oversized = article({
  title: 'Headline '.repeat(600),
  summary: Array.from({ length: 120 }, () => SENTENCE),
  quote: quote({ text: SENTENCE.repeat(40), role: 'Role '.repeat(100), speaker: 'Name '.repeat(100) }),
  keywords: Array.from({ length: 200 }, (_, i) => `keyword${i}`),
  source: 'Source '.repeat(100),
});

// The payloads must be accepted by discord.js as they are, with no casts at the call sites.
const _asReply: InteractionReplyOptions = renderError('x');
const _asSend: MessageCreateOptions = renderLatest([], null);
const _asUpdate: InteractionUpdateOptions = renderSearch([], 'q', 1, 1);

describe('every renderer holds every limit for oversized input', () => {
  const hits: SearchHitView[] = Array.from({ length: 10 }, (_, i) => ({
    id: String(i),
    title: `Hit ${i} `.repeat(400),
    url: `https://news.example/${'path/'.repeat(200)}`,
    source: 'Wire',
    published: PUBLISHED,
    snippet: `${SENTENCE.repeat(20)}\u0002match\u0003 ${SENTENCE.repeat(20)}`,
  }));
  const cases: [string, MessagePayload][] = [
    [
      'latest with 10 huge articles',
      renderLatest(
        Array.from({ length: 12 }, () => oversized),
        'x'.repeat(3000),
      ),
    ],
    ['summary of a huge article', renderSummary(oversized)],
    [
      '30 long quotes',
      renderQuotes(
        Array.from({ length: 30 }, () => quote({ text: SENTENCE.repeat(30) })),
        'Quotes '.repeat(100),
      ),
    ],
    ['search with huge hits', renderSearch(hits, 'q '.repeat(500), 3, 9)],
    [
      'about with a long headline',
      renderAbout({
        feeds: { ok: 1e6, failing: 1e6, paused: 1e6 },
        articles: 1e6,
        newest: { title: 'T '.repeat(2000), published: PUBLISHED },
        databaseBytes: 3e9,
        version: '1.0.0',
      }),
    ],
    ['error with a long message', renderError('Bad '.repeat(1000))],
  ];
  it.each(cases)('%s', (_name, payload) => {
    expect(findLimitBreaches(payload)).toEqual([]);
  });

  it('uses most of the room it has instead of cutting too early', () => {
    const total = renderSummary(oversized).embeds.reduce((n, e) => n + (e.description?.length ?? 0), 0);
    expect(total).toBeGreaterThan(3000);
  });
});

describe('renderSummary', () => {
  it('links the headline and shows source, time, summary, quote with speaker, and keywords', () => {
    const [embed] = renderSummary(article()).embeds;
    expect(embed?.title).toBe('EU and China resume trade talks');
    expect(embed?.url).toBe('https://news.example/eu-china');
    expect(embed?.description).toContain('Example News · <t:1795428000:R>');
    expect(embed?.description).toContain(
      'Negotiators met in Brussels on Monday. Both sides reported progress.',
    );
    const quoteField = embed?.fields?.find((f) => f.name === 'Quote');
    expect(quoteField?.value).toBe(
      '“We will not be rushed into a bad deal”\n— **Maria Lopez**, Trade Commissioner',
    );
    expect(embed?.fields?.find((f) => f.name === 'Keywords')?.value).toBe('trade · tariffs · Brussels');
  });

  it('has no link when the article has no URL, and no quote field without a quote', () => {
    const [embed] = renderSummary(article({ url: null, quote: null })).embeds;
    expect(embed?.url).toBeUndefined();
    expect(embed?.fields?.some((f) => f.name === 'Quote')).toBe(false);
  });

  it('keeps the speaker right after a quote that had to be cut', () => {
    const [embed] = renderSummary(article({ quote: quote({ text: SENTENCE.repeat(50) }) })).embeds;
    const value = embed?.fields?.find((f) => f.name === 'Quote')?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
    expect(value).toMatch(/continue next week\. …”\n— \*\*Maria Lopez\*\*, Trade Commissioner$/);
  });

  it('cuts a long headline at a word boundary with an ellipsis', () => {
    const title = renderSummary(article({ title: 'Headline '.repeat(600) })).embeds[0]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title).toMatch(/Headline…$/);
  });
});

describe('mentions and markdown in article text stay inert', () => {
  const hostile = article({
    title: '@everyone **Breaking** <@&123>',
    summary: ['Ping <@456> and @here, see [this](https://evil.example).'],
    source: '`Wire`',
    quote: quote({ text: '@everyone listen', speaker: '<@&123>' }),
  });
  const payloads: [string, MessagePayload][] = [
    ['latest', renderLatest([hostile], '@here')],
    ['summary', renderSummary(hostile)],
    ['quotes', renderQuotes([hostile.quote as QuoteView], '@everyone')],
  ];
  it.each(payloads)('%s', (_name, payload) => {
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    const text = visibleText(payload);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/(^|[^\\])<@/);
    expect(text).not.toMatch(/(^|[^\\])\*\*Breaking/);
    expect(text).not.toMatch(/(^|[^\\])\[this\]/);
  });
});

describe('renderLatest', () => {
  it('gives each article its linked headline, source, time and one summary sentence', () => {
    const payload = renderLatest(
      [article(), article({ id: 'a2', title: 'Second', url: null, summary: ['Only this.', 'Not this.'] })],
      'trade',
    );
    expect(payload.content).toBe('**Latest on “trade”**');
    expect(payload.embeds).toHaveLength(2);
    expect(payload.embeds[0]).toMatchObject({
      title: 'EU and China resume trade talks',
      url: 'https://news.example/eu-china',
    });
    expect(payload.embeds[0]?.description).toBe(
      'Example News · <t:1795428000:R>\nNegotiators met in Brussels on Monday.',
    );
    expect(payload.embeds[1]?.url).toBeUndefined();
    expect(payload.embeds[1]?.description).not.toContain('Not this.');
  });

  it("lists each story's other sources under it, linked, counting those past three", () => {
    const others = (n: number) =>
      Array.from({ length: n }, (_, k) => ({
        title: `Copy ${k}`,
        url: `https://o.example/${n}/${k}`,
        source: k === 1 ? null : `Outlet ${k}`,
      }));
    const payload = renderLatest(
      [0, 2, 5].map((n) => ({ ...article({ title: `Story with ${n}` }), others: others(n) })),
      null,
    );
    expect(payload.embeds.map((e) => e.title)).toEqual(['Story with 0', 'Story with 2', 'Story with 5']);
    expect(payload.embeds.map((e) => e.description?.split('\n')[2] ?? null)).toEqual([
      null,
      'Also: [Outlet 0](https://o.example/2/0), [Copy 1](https://o.example/2/1)',
      'Also: [Outlet 0](https://o.example/5/0), [Copy 1](https://o.example/5/1), [Outlet 2](https://o.example/5/2) and 2 more',
    ]);
  });

  it('does not link a URL that is not http(s)', () => {
    expect(renderLatest([article({ url: 'javascript:alert(1)' })], null).embeds[0]?.url).toBeUndefined();
  });
});

describe('renderQuotes', () => {
  it('shows each quote with its speaker and role, linked to its article, in the order given', () => {
    const payload = renderQuotes(
      [quote(), quote({ text: 'Second', speaker: null, role: null, url: null })],
      'Quotes by Lopez',
    );
    const fields = payload.embeds[0]?.fields ?? [];
    expect(fields[0]?.name).toBe('EU and China resume trade talks');
    expect(fields[0]?.value).toBe(
      '“We will not be rushed into a bad deal”\n— **Maria Lopez**, Trade Commissioner\n[Read the article](https://news.example/eu-china) · <t:1795428000:R>',
    );
    expect(fields[1]?.value).toBe('“Second”\n— unattributed\n<t:1795428000:R>');
  });

  it('says how many quotes were left out', () => {
    const payload = renderQuotes(
      Array.from({ length: 30 }, (_, i) => quote({ text: `Quote ${i}` })),
      'Many',
    );
    expect(payload.embeds[0]?.fields).toHaveLength(QUOTES_SHOWN_MAX);
    expect(payload.embeds[0]?.fields?.map((f) => f.value.split('\n')[0])).toEqual(
      Array.from({ length: QUOTES_SHOWN_MAX }, (_, i) => `“Quote ${i}”`),
    );
    expect(payload.embeds[0]?.footer?.text).toBe(`Showing ${QUOTES_SHOWN_MAX} of 30 quotes.`);
  });
});

describe('search buttons', () => {
  it.each([
    ['simple', 3, 'trade talks'],
    ['query with colons', 2, 'time: 10:30'],
    ['emoji', 1, '🌍 climate'],
  ])('round-trips %s, with and without the searcher', (_name, page, query) => {
    expect(decodeSearchButton(encodeSearchButton(page, query))).toEqual({ page, query, ownerId: null });
    const owner = '1100000000000000042';
    expect(decodeSearchButton(encodeSearchButton(page, query, owner))).toEqual({
      page,
      query,
      ownerId: owner,
    });
  });

  it('keeps a query of digits and colons apart from the searcher', () => {
    const owner = '1100000000000000042';
    const query = '123456789012345678:90';
    expect(decodeSearchButton(encodeSearchButton(2, query, owner))).toEqual({
      page: 2,
      query,
      ownerId: owner,
    });
  });

  it('says in the footer when words past the limit were left out of the search, and only then', () => {
    const footerOf = (ignored: number) => renderSearch([], 'q', 1, 2, false, undefined, ignored).embeds?.[0];
    const texts = [0, 1, 40].map(
      (n) => (footerOf(n) as { footer?: { text: string } } | undefined)?.footer?.text,
    );
    expect(texts).toEqual([
      'Page 1 of 2',
      'Page 1 of 2 · only the first 32 words were searched',
      'Page 1 of 2 · only the first 32 words were searched',
    ]);
  });

  it('puts the searcher in both buttons of their results', () => {
    const owner = '1100000000000000042';
    const buttons = renderSearch([], 'q', 2, 3, false, owner).components[0]?.components ?? [];
    expect(buttons.map((b) => ('custom_id' in b ? decodeSearchButton(b.custom_id) : null))).toEqual([
      { page: 1, query: 'q', ownerId: owner },
      { page: 3, query: 'q', ownerId: owner },
    ]);
  });

  it('shortens a long query to fit 100 characters without splitting a character', () => {
    const id = encodeSearchButton(12, '🌍'.repeat(80), '1100000000000000042');
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    const decoded = decodeSearchButton(id);
    expect(decoded?.page).toBe(12);
    expect(decoded?.query).toMatch(/^(🌍)+$/);
  });

  it('rejects ids that are not search buttons', () => {
    expect(decodeSearchButton('digest:1')).toBeNull();
    expect(decodeSearchButton('search:x:q')).toBeNull();
    expect(decodeSearchButton('search:2:')).toBeNull();
  });

  it('renders Previous disabled on the first page and Next disabled on the last, with distinct ids', () => {
    const first = renderSearch([], 'q', 1, 3).components[0]?.components ?? [];
    expect(first.map((b) => b.disabled)).toEqual([true, false]);
    const last = renderSearch([], 'q', 3, 3).components[0]?.components ?? [];
    expect(last.map((b) => b.disabled)).toEqual([false, true]);
    const ids = last.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids).toEqual(['search:2:q', 'search:4:q']);
    expect(renderSearch([], 'q', 1, 1).components).toEqual([]);
  });

  it('shows highlighted snippets in bold with the page in the footer', () => {
    const hit: SearchHitView = {
      id: '1',
      title: 'Tariffs rise',
      url: null,
      source: 'Wire',
      published: null,
      snippet: 'new \u0002tariffs\u0003 on *steel*',
    };
    const [embed] = renderSearch([hit], 'tariffs', 2, 4).embeds;
    expect(embed?.description).toBe('**Tariffs rise**\nWire\nnew **tariffs** on \\*steel\\*');
    expect(embed?.footer?.text).toBe('Page 2 of 4');
  });
});

describe('autocompleteChoices', () => {
  it('clamps to 25 choices of at most 100 characters', () => {
    const choices = autocompleteChoices(
      Array.from({ length: 40 }, (_, i) => ({
        name: `${i} ${'n'.repeat(200)}`,
        value: `${i}${'v'.repeat(200)}`,
      })),
    );
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('keeps numeric values as they are', () => {
    expect(autocompleteChoices([{ name: '#3 Morning', value: 3 }])).toEqual([
      { name: '#3 Morning', value: 3 },
    ]);
  });
});

describe('renderError and renderAbout', () => {
  it('renderError is ephemeral and pings nobody', () => {
    expect(renderError('No article with id “abc”.')).toMatchObject({
      content: 'No article with id “abc”.',
      flags: 64,
      allowedMentions: { parse: [] },
    });
  });

  it('renderAbout names the count, newest article, database size and version, and no file path', () => {
    const payload = renderAbout({
      articles: 1234,
      newest: { title: 'Newest one', published: PUBLISHED },
      databaseBytes: 2_621_440,
      version: '0.1.0',
      feeds: { ok: 3, failing: 1, paused: 2 },
    });
    const text = visibleText(payload);
    for (const part of ['1,234', 'Newest one', '2.5 MB', '0.1.0', '3 ok · 1 failing · 2 paused'])
      expect(text).toContain(part);
    expect(JSON.stringify(payload)).not.toMatch(/herald\.db|\/srv|DATABASE_PATH/);
  });

  it('renderAbout says when there are no feeds, and leaves out the states no feed is in', () => {
    const base = { articles: 1, newest: null, databaseBytes: 1, version: '1' };
    expect(visibleText(renderAbout({ ...base, feeds: { ok: 0, failing: 0, paused: 0 } }))).toContain(
      'None (add one with /feed add)',
    );
    const text = visibleText(renderAbout({ ...base, feeds: { ok: 2, failing: 0, paused: 0 } }));
    expect(text).toContain('2 ok — /feed list');
    expect(text).not.toMatch(/failing|paused/);
  });
});

describe("notices: Herald's own markup renders, values are escaped", () => {
  const channel = '1300000000000000002';
  const at = Date.UTC(2026, 10, 20, 9, 0, 0);

  it.each([
    [
      'a relative time',
      renderNotice(notice`Digest #1 resumed. Next digest ${timestamp(at)}.`),
      `Digest #1 resumed. Next digest <t:${at / 1000}:R>.`,
    ],
    [
      'a channel mention',
      renderNotice(notice`Digest #1 posted in ${channelMention(channel)}.`),
      `Digest #1 posted in <#${channel}>.`,
    ],
    [
      'an error with a channel mention',
      renderError(
        notice`Herald can't post in ${channelMention(channel)}: it lacks ${'Send Messages, Embed Links'}.`,
      ),
      `Herald can't post in <#${channel}>: it lacks Send Messages, Embed Links.`,
    ],
    [
      'a user-typed name with markup in it',
      renderNotice(notice`Digest ${'#2 **loud** <#1300000000000000009> @everyone'} removed.`),
      'Digest #2 \\*\\*loud\\*\\* \\<#1300000000000000009> @\u200beveryone removed.',
    ],
    [
      'a channel id that is not a snowflake',
      renderNotice(notice`Posted in ${channelMention('<@&1>')}.`),
      'Posted in \\<@&1>.',
    ],
    [
      'a plain-string error, all escaped',
      renderError('Schedule “<t:1:R> *x*”: bad.'),
      'Schedule “\\<t:1:R> \\*x\\*”: bad.',
    ],
  ])('%s', (_label, payload, content) => {
    expect(payload).toMatchObject({ content, flags: 64, allowedMentions: { parse: [] } });
  });

  it('a UserError carries its notice to the user and plain text to the log', () => {
    const error = new UserError(notice`Herald can't see ${channelMention(channel)}.`);
    expect(error.message).toBe(`Herald can't see <#${channel}>.`);
    expect(renderError(error.notice).content).toBe(`Herald can't see <#${channel}>.`);
    expect(renderError(new UserError('Bad <#1>').notice).content).toBe('Bad \\<#1>');
  });
});
