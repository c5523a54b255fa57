import { describe, it, expect } from 'vitest';
import {
  buildDigest,
  digestWindow,
  FIRST_DIGEST_LOOKBACK_MS,
  LATE_ARRIVAL_MS,
  latestStories,
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
    // Loaded in one batch an hour ago, published before that: the two times differ, as in real use.
    ingestedAt: NOW - HOUR,
    published: NOW - 3 * HOUR,
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
  it('looks back 24 hours for the first digest, with no late arrivals', () => {
    expect(digestWindow(null, NOW)).toEqual({ start: NOW - 24 * HOUR, end: NOW, lateSince: NOW - 24 * HOUR });
    expect(FIRST_DIGEST_LOOKBACK_MS).toBe(24 * HOUR);
  });

  it('starts at the previous digest afterwards, however long ago, and takes late arrivals a day back', () => {
    expect(digestWindow(NOW - 3 * HOUR, NOW)).toEqual({
      start: NOW - 3 * HOUR,
      end: NOW,
      lateSince: NOW - 3 * HOUR - LATE_ARRIVAL_MS,
    });
    expect(digestWindow(NOW - 72 * HOUR, NOW).start).toBe(NOW - 72 * HOUR);
  });

  it('never runs backwards when the previous digest is stamped after now', () => {
    expect(digestWindow(NOW + HOUR, NOW)).toMatchObject({ start: NOW, end: NOW });
  });
});

describe('buildDigest: which articles are news', () => {
  it('takes articles published in (since, now], by publication time', () => {
    const articles = [
      article('at-since', { published: SINCE }),
      article('just-after', { published: SINCE + 1 }),
      article('at-now', { published: NOW }),
      article('dated-after-now', { published: NOW + 1 }),
    ];
    expect(leadIds(articles)?.sort()).toEqual(['at-now', 'just-after']);
  });

  it('leaves out an old article however recently it was loaded, and keeps fresh news loaded earlier', () => {
    // The first digest after loading an old archive: everything loaded in the last hour.
    const articles = [
      article('le-monde-2015', { published: Date.UTC(2015, 5, 1), ingestedAt: NOW - MINUTE }),
      article('last-month', { published: NOW - 30 * 24 * HOUR, ingestedAt: NOW - MINUTE }),
      article('yesterday-morning', { published: SINCE - HOUR, ingestedAt: NOW - MINUTE }),
      article('this-morning', { published: NOW - 2 * HOUR, ingestedAt: NOW - MINUTE }),
      article('fresh-loaded-before', { published: NOW - 5 * HOUR, ingestedAt: SINCE - HOUR }),
    ];
    expect(leadIds(articles)).toEqual(['this-morning', 'fresh-loaded-before']);
  });

  it('takes the time an undated article was first stored as its date', () => {
    const articles = [
      article('undated-new', { published: null, ingestedAt: NOW - 2 * HOUR }),
      article('undated-old', { published: null, ingestedAt: SINCE - HOUR }),
    ];
    expect(leadIds(articles)).toEqual(['undated-new']);
  });

  it('never takes an article stored after the slot, whatever its date', () => {
    expect(build([article('late', { published: NOW - HOUR, ingestedAt: NOW + 1 })])).toBeNull();
  });

  it('ranks the newest published first among equal stories, not the newest loaded', () => {
    const batch = [0, 1, 2, 3, 4].map((i) =>
      article(`p${i}`, { published: NOW - (i + 1) * 3 * HOUR, ingestedAt: NOW - HOUR + (4 - i) * MINUTE }),
    );
    expect(leadIds(batch)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
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
    [
      'nothing published in the window',
      [article('a', { published: SINCE - 1, ingestedAt: NOW - MINUTE })],
      {},
    ],
    ['nothing on the topic', [article('a', { title: 'Football scores' })], { topic: 'tariffs' }],
  ])('returns null when there is nothing new: %s', (_label, articles, extra) => {
    expect(build(articles, extra)).toBeNull();
  });
});

describe('buildDigest: successive digests of one subscription (fixed clock, the ledger kept)', () => {
  const SLOTS = [NOW, NOW + HOUR, NOW + 2 * HOUR, NOW + 3 * HOUR];

  // Runs the digests of an hourly subscription as delivery does: each slot sees what was stored by then,
  // starts at the previous posted digest, and skips what the ledger says was sent.
  function runDigests(stored: DigestArticle[], max = 10): string[][] {
    const sent = new Set<string>();
    let previous: number | null = null;
    return SLOTS.map((slot) => {
      const window = digestWindow(previous, slot);
      const digest = buildDigest(
        stored.filter((a) => a.ingestedAt <= slot),
        { now: slot, since: window.start, lateSince: window.lateSince, topic: null, max, alreadySent: sent },
      );
      if (!digest) return [];
      digest.articleIds.forEach((id) => sent.add(id));
      previous = slot;
      return [...digest.articleIds].sort();
    });
  }

  it('sends an article published before a run but loaded after it at the next run, once', () => {
    const stored = [
      article('on-time', { published: NOW - 2 * HOUR, ingestedAt: NOW - HOUR }),
      // Published before the first slot, reached Herald 20 minutes after it.
      article('late-arrival', { published: NOW - 30 * MINUTE, ingestedAt: NOW + 20 * MINUTE }),
      article('next-hour', { published: NOW + 40 * MINUTE, ingestedAt: NOW + 41 * MINUTE }),
      // Loaded between the second and third slot, but published two days before the second one.
      article('stale-arrival', { published: NOW - 47 * HOUR, ingestedAt: NOW + 90 * MINUTE }),
      article('undated', { published: null, ingestedAt: NOW + 150 * MINUTE }),
    ];
    expect(runDigests(stored)).toEqual([['on-time'], ['late-arrival', 'next-hour'], [], ['undated']]);
  });

  it('does not bring back stories cut by max, and posts nothing when nothing new came', () => {
    const stored = [0, 1, 2, 3].map((i) =>
      article(`s${i}`, { published: NOW - (i + 1) * HOUR, ingestedAt: NOW - 10 * MINUTE }),
    );
    expect(runDigests(stored, 2)).toEqual([['s0', 's1'], [], [], []]);
  });

  it('sends an article dated after its load time when its date comes, once', () => {
    const stored = [article('embargoed', { published: NOW + 90 * MINUTE, ingestedAt: NOW - HOUR })];
    expect(runDigests(stored)).toEqual([[], [], ['embargoed'], []]);
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
      published: NOW - 5 * HOUR,
    }),
    article('full-report', {
      storyKey: 'summit',
      source: 'Daily',
      text: 'x'.repeat(900),
      published: NOW - 3 * HOUR,
    }),
    article('brief', {
      storyKey: 'summit',
      source: 'Herald',
      text: 'x'.repeat(100),
      published: NOW - 4 * HOUR,
    }),
    article('no-summary', {
      storyKey: 'summit',
      source: 'Post',
      text: 'x'.repeat(2000),
      summary: [],
      published: NOW - 2 * HOUR,
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

  it('gives a tie to the article published first, then to the one stored first', () => {
    const twins = [
      article('second', { storyKey: 's', published: NOW - HOUR, ingestedAt: NOW - 3 * HOUR }),
      article('first', { storyKey: 's', published: NOW - 2 * HOUR, ingestedAt: NOW - HOUR }),
    ];
    expect(leadIds(twins)).toEqual(['first']);
    const copies = [
      article('copy', { storyKey: 's', published: NOW - HOUR, ingestedAt: NOW - 2 * HOUR }),
      article('stored-first', { storyKey: 's', published: NOW - HOUR, ingestedAt: NOW - 3 * HOUR }),
    ];
    expect(leadIds(copies)).toEqual(['stored-first']);
  });

  it('does not list a link twice, yet records every article of the story as sent', () => {
    const copies = [
      article('original', { storyKey: 's', url: 'https://a.example/x', published: NOW - 2 * HOUR }),
      article('same-link', { storyKey: 's', url: 'https://a.example/x', published: NOW - HOUR }),
      article('no-link', { storyKey: 's', url: null, published: NOW - HOUR }),
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
  // All loaded in one batch: only the publication times tell the stories' recency apart.
  const at = (published: number) => ({ published, ingestedAt: NOW - 30 * MINUTE });
  const articles = [
    article('single-recent', { storyKey: 'one', ...at(NOW - MINUTE) }),
    article('big-a', { storyKey: 'big', source: 'A', ...at(NOW - 10 * HOUR) }),
    article('big-b', { storyKey: 'big', source: 'B', ...at(NOW - 9 * HOUR) }),
    article('big-c', { storyKey: 'big', source: 'C', ...at(NOW - 8 * HOUR) }),
    article('pair-a', { storyKey: 'pair', source: 'A', ...at(NOW - 6 * HOUR) }),
    article('pair-b', { storyKey: 'pair', source: 'B', ...at(NOW - 6 * HOUR) }),
    article('same-outlet-1', { storyKey: 'updates', source: 'A', ...at(NOW - 5 * HOUR) }),
    article('same-outlet-2', { storyKey: 'updates', source: 'a ', ...at(NOW - 4 * HOUR) }),
    article('single-older', { storyKey: 'two', ...at(NOW - 7 * HOUR) }),
  ];

  it('ranks by outlets, then articles, then the latest publication', () => {
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

describe('latestStories', () => {
  it('shows one line per story, newest published first, with the copies and other outlets under it', () => {
    const articles = [
      article('html-copy', {
        storyKey: 'fire',
        source: 'Gazette',
        published: NOW - 2 * HOUR,
        text: 'x'.repeat(500),
      }),
      article('jsonl-copy', {
        storyKey: 'fire',
        source: 'Gazette',
        published: NOW - 2 * HOUR,
        text: 'x'.repeat(400),
      }),
      article('other-outlet', { storyKey: 'fire', source: 'Courier', published: NOW - 90 * MINUTE }),
      article('budget', { storyKey: 'budget', published: NOW - HOUR }),
      article('old', { storyKey: 'old', published: NOW - 48 * HOUR, ingestedAt: NOW - MINUTE }),
      article('future', { storyKey: 'future', published: NOW + HOUR }),
    ];
    const items = latestStories(articles, { now: NOW, count: 3 });
    expect(items.map((i) => [i.lead.id, i.others.map((o) => o.id)])).toEqual([
      ['budget', []],
      ['html-copy', ['jsonl-copy', 'other-outlet']],
      ['old', []],
    ]);
    expect(items.map((i) => i.latestAt)).toEqual([NOW - HOUR, NOW - 90 * MINUTE, NOW - 48 * HOUR]);
  });

  it('keeps to count stories, not count articles', () => {
    const articles = [1, 2, 3, 4].flatMap((i) => [
      article(`a${i}`, { storyKey: `s${i}`, published: NOW - i * HOUR }),
      article(`b${i}`, { storyKey: `s${i}`, published: NOW - i * HOUR - MINUTE }),
    ]);
    expect(latestStories(articles, { now: NOW, count: 2 }).map((i) => i.articleCount)).toEqual([2, 2]);
  });
});
