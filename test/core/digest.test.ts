import { describe, it, expect } from 'vitest';
import {
  buildDigest,
  digestWindow,
  FIRST_DIGEST_LOOKBACK_MS,
  matchesTopic,
  type DigestArticle,
} from '../../src/core/digest.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);
const SINCE = NOW - 24 * HOUR;

function article(id: string, fields: Partial<DigestArticle> = {}): DigestArticle {
  return {
    id,
    title: `Headline ${id}`,
    url: `https://news.example/${id}`,
    source: `Outlet ${id}`,
    ingestedAt: NOW - HOUR,
    published: null,
    text: 'Some body text.',
    keywords: [],
    summary: ['One sentence of summary.'],
    quote: null,
    storyKey: `story-${id}`,
    ...fields,
  };
}

const build = (
  articles: DigestArticle[],
  extra: { topic?: string | null; max?: number; alreadySent?: Set<string> } = {},
) =>
  buildDigest(articles, {
    now: NOW,
    since: SINCE,
    topic: extra.topic ?? null,
    max: extra.max ?? 10,
    ...(extra.alreadySent ? { alreadySent: extra.alreadySent } : {}),
  });

const leadIds = (articles: DigestArticle[], extra: Parameters<typeof build>[1] = {}) =>
  build(articles, extra)?.items.map((item) => item.lead.id) ?? null;

describe('digestWindow', () => {
  it('looks back 24 hours for the first digest', () => {
    expect(digestWindow(null, NOW)).toEqual({ start: NOW - 24 * HOUR, end: NOW });
    expect(FIRST_DIGEST_LOOKBACK_MS).toBe(24 * HOUR);
  });

  it('starts at the previous digest afterwards, however long ago', () => {
    expect(digestWindow(NOW - 3 * HOUR, NOW)).toEqual({ start: NOW - 3 * HOUR, end: NOW });
    expect(digestWindow(NOW - 72 * HOUR, NOW)).toEqual({ start: NOW - 72 * HOUR, end: NOW });
  });

  it('never runs backwards when the previous digest is stamped after now', () => {
    expect(digestWindow(NOW + HOUR, NOW)).toEqual({ start: NOW, end: NOW });
  });
});

describe('buildDigest: which articles are new', () => {
  it('takes articles stored in (since, now], by ingest time', () => {
    const articles = [
      article('at-since', { ingestedAt: SINCE }),
      article('just-after', { ingestedAt: SINCE + 1 }),
      article('at-now', { ingestedAt: NOW }),
      article('after-now', { ingestedAt: NOW + 1 }),
    ];
    expect(leadIds(articles)?.sort()).toEqual(['at-now', 'just-after']);
  });

  it("goes by when Herald stored an article, not by the article's own date", () => {
    const articles = [
      article('old-news-stored-now', { published: NOW - 30 * 24 * HOUR, ingestedAt: NOW - HOUR }),
      article('fresh-news-stored-before', { published: NOW - HOUR, ingestedAt: SINCE - HOUR }),
    ];
    expect(leadIds(articles)).toEqual(['old-news-stored-now']);
  });

  it('never repeats an article sent in an earlier digest of the subscription', () => {
    const articles = [article('sent'), article('unsent')];
    expect(leadIds(articles, { alreadySent: new Set(['sent']) })).toEqual(['unsent']);
  });

  it('counts an article given twice once', () => {
    const digest = build([article('a'), article('a')]);
    expect(digest?.totalArticles).toBe(1);
  });

  it.each([
    ['no articles at all', [] as DigestArticle[], {}],
    ['everything already sent', [article('a'), article('b')], { alreadySent: new Set(['a', 'b']) }],
    ['nothing stored in the window', [article('a', { ingestedAt: SINCE - 1 })], {}],
    ['nothing on the topic', [article('a', { title: 'Football scores' })], { topic: 'tariffs' }],
  ])('returns null when there is nothing new: %s', (_label, articles, extra) => {
    expect(build(articles, extra)).toBeNull();
  });
});

describe('matchesTopic', () => {
  const piece = {
    title: 'EU weighs new tariffs on Chinese cars',
    text: 'Brussels said on Tuesday…',
    keywords: ['trade'],
  };

  it.each([
    ['tariffs', true],
    ['TARIFFS', true],
    ['tariff', true],
    ['eu tariffs', true],
    ['eu tariffs steel', false],
    ['brussels', true],
    ['trade', true],
    ['car', true],
    ['tar', false],
    ['the tariffs of the EU', true],
    ['', true],
    ['   ', true],
  ])('topic %j matches: %s', (topic, expected) => {
    expect(matchesTopic(piece, topic)).toBe(expected);
  });

  it('matches with no topic at all', () => {
    expect(matchesTopic(piece, null)).toBe(true);
  });

  it('ignores accents and matches plural topics to singular text', () => {
    const swiss = {
      title: 'Zürich votes on housing',
      text: 'The election drew record turnout.',
      keywords: [],
    };
    expect(matchesTopic(swiss, 'zurich')).toBe(true);
    expect(matchesTopic(swiss, 'elections')).toBe(true);
  });

  it('keeps a topic made only of function words', () => {
    const band = { title: 'The Who announce a farewell tour', text: '', keywords: [] };
    expect(matchesTopic(band, 'The Who')).toBe(true);
    expect(matchesTopic({ title: 'Weather', text: 'Rain today.', keywords: [] }, 'the who')).toBe(false);
  });
});

describe('buildDigest: topic', () => {
  it('keeps only articles on the topic and reports the topic, trimmed', () => {
    const articles = [
      article('tariffs', { title: 'New tariffs on steel' }),
      article('keyword-only', { keywords: ['steel', 'tariffs'] }),
      article('other', { title: 'Football results' }),
    ];
    const digest = build(articles, { topic: '  Steel Tariffs ' });
    expect(digest?.topic).toBe('Steel Tariffs');
    expect(digest?.items.map((item) => item.lead.id).sort()).toEqual(['keyword-only', 'tariffs']);
  });

  it('reports a blank topic as none', () => {
    expect(build([article('a')], { topic: '  ' })?.topic).toBeNull();
  });
});

describe('buildDigest: one item per story', () => {
  const story = [
    article('wire-copy', {
      storyKey: 'summit',
      source: 'Wire',
      text: 'x'.repeat(300),
      ingestedAt: NOW - 5 * HOUR,
    }),
    article('full-report', {
      storyKey: 'summit',
      source: 'Daily',
      text: 'x'.repeat(900),
      ingestedAt: NOW - 3 * HOUR,
    }),
    article('brief', {
      storyKey: 'summit',
      source: 'Herald',
      text: 'x'.repeat(100),
      ingestedAt: NOW - 4 * HOUR,
    }),
    article('no-summary', {
      storyKey: 'summit',
      source: 'Post',
      text: 'x'.repeat(2000),
      summary: [],
      ingestedAt: NOW - 2 * HOUR,
    }),
  ];

  it('leads with the longest article that has a summary and lists the others earliest first', () => {
    const digest = build(story);
    expect(digest?.items).toHaveLength(1);
    const item = digest?.items[0];
    expect(item?.lead.id).toBe('full-report');
    expect(item?.others).toEqual([
      { id: 'wire-copy', title: 'Headline wire-copy', url: 'https://news.example/wire-copy', source: 'Wire' },
      { id: 'brief', title: 'Headline brief', url: 'https://news.example/brief', source: 'Herald' },
      {
        id: 'no-summary',
        title: 'Headline no-summary',
        url: 'https://news.example/no-summary',
        source: 'Post',
      },
    ]);
    expect(item?.sourceCount).toBe(4);
    expect(item?.articleCount).toBe(4);
    expect(item?.latestAt).toBe(NOW - 2 * HOUR);
  });

  it('gives a tie to the article stored first', () => {
    const twins = [
      article('second', { storyKey: 's', ingestedAt: NOW - HOUR }),
      article('first', { storyKey: 's', ingestedAt: NOW - 2 * HOUR }),
    ];
    expect(leadIds(twins)).toEqual(['first']);
  });

  it('does not list a link twice, yet records every article of the story as sent', () => {
    const copies = [
      article('original', { storyKey: 's', url: 'https://a.example/x', ingestedAt: NOW - 2 * HOUR }),
      article('same-link', { storyKey: 's', url: 'https://a.example/x', ingestedAt: NOW - HOUR }),
      article('no-link', { storyKey: 's', url: null, ingestedAt: NOW - HOUR }),
    ];
    const digest = build(copies);
    expect(digest?.items[0]?.others.map((o) => o.id)).toEqual(['no-link']);
    expect(digest?.articleIds.sort()).toEqual(['no-link', 'original', 'same-link']);
  });

  it('passes the lead through whole, with its summary and quote for the renderer', () => {
    const quote = { text: 'We will not back down', speaker: 'Jane Roe', role: 'minister' };
    const digest = build([article('a', { summary: ['First.', 'Second.'], quote })]);
    expect(digest?.items[0]?.lead.summary).toEqual(['First.', 'Second.']);
    expect(digest?.items[0]?.lead.quote).toEqual(quote);
  });
});

describe('buildDigest: ranking and max', () => {
  const articles = [
    article('single-recent', { storyKey: 'one', ingestedAt: NOW - MINUTE }),
    article('big-a', { storyKey: 'big', source: 'A', ingestedAt: NOW - 10 * HOUR }),
    article('big-b', { storyKey: 'big', source: 'B', ingestedAt: NOW - 9 * HOUR }),
    article('big-c', { storyKey: 'big', source: 'C', ingestedAt: NOW - 8 * HOUR }),
    article('pair-a', { storyKey: 'pair', source: 'A', ingestedAt: NOW - 6 * HOUR }),
    article('pair-b', { storyKey: 'pair', source: 'B', ingestedAt: NOW - 6 * HOUR }),
    article('same-outlet-1', { storyKey: 'updates', source: 'A', ingestedAt: NOW - 5 * HOUR }),
    article('same-outlet-2', { storyKey: 'updates', source: 'a ', ingestedAt: NOW - 4 * HOUR }),
    article('single-older', { storyKey: 'two', ingestedAt: NOW - 7 * HOUR }),
  ];

  it('ranks by outlets, then articles, then the latest update', () => {
    expect(build(articles)?.items.map((item) => item.lead.storyKey)).toEqual([
      'big',
      'pair',
      'updates',
      'one',
      'two',
    ]);
  });

  it('counts one outlet once however it is spelled', () => {
    const updates = build(articles)?.items.find((item) => item.lead.storyKey === 'updates');
    expect(updates?.sourceCount).toBe(1);
    expect(updates?.articleCount).toBe(2);
  });

  it('keeps the top max stories and says how many there were', () => {
    const digest = build(articles, { max: 2 });
    expect(digest?.items.map((item) => item.lead.storyKey)).toEqual(['big', 'pair']);
    expect(digest?.totalStories).toBe(5);
    expect(digest?.totalArticles).toBe(9);
    expect(digest?.articleIds.sort()).toEqual(['big-a', 'big-b', 'big-c', 'pair-a', 'pair-b']);
  });

  it('names the period it covers', () => {
    const digest = build(articles);
    expect(digest?.periodStart).toBe(SINCE);
    expect(digest?.periodEnd).toBe(NOW);
  });
});
