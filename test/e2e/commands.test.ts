import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, hugeArticle, storyCopies } from './fixtures.js';
import { run, startHarness, TEST_TOKEN, visibleText, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ articles: { ...ARTICLES, 'huge.txt': hugeArticle() } });
});

afterAll(async () => {
  await h?.close();
});

describe('slash commands against the stand-in', () => {
  it('registers every command once, in the guild-less global scope', () => {
    const names = h.standIn
      .commands(null)
      .map((c) => c.name)
      .sort();
    expect(names).toEqual([
      'about',
      'alert',
      'digest',
      'feed',
      'herald',
      'latest',
      'quotes',
      'search',
      'summary',
    ]);
    const latest = h.standIn.commands(null).find((c) => c.name === 'latest') as unknown as {
      options: Array<{ name: string; min_value?: number; max_value?: number }>;
    };
    expect(latest.options.find((o) => o.name === 'count')).toMatchObject({ min_value: 1, max_value: 10 });
  });

  it('/latest lists the newest articles with a one-sentence summary, publicly', async () => {
    const view = await run(h, 'latest', { count: 2 });
    expect(view.ephemeral).toBe(false);
    const text = visibleText(view);
    expect(text).toContain('Prank article');
    expect(text).toContain('Council passes a budget');
    expect(text).not.toContain('Harbour bridge');
  });

  it('/latest with a topic keeps to that topic', async () => {
    const text = visibleText(await run(h, 'latest', { topic: 'bridge' }));
    expect(text).toContain('Harbour bridge reopens');
    expect(text).not.toContain('Council passes');
  });

  it('/search shows highlighted snippets and pages with buttons that carry their state', async () => {
    const view = await run(h, 'search', { query: 'committee' });
    expect(visibleText(view)).toMatch(/\*\*committee\*\*/i);
    const first = await run(h, 'search', { query: 'ferry' });
    const buttons = (
      first.components as Array<{
        components: Array<{ custom_id: string; disabled?: boolean; label: string }>;
      }>
    ).flatMap((r) => r.components);
    const next = buttons.find((b) => /next/i.test(b.label));
    expect(next?.disabled).not.toBe(true);
    const clicked = await h.standIn.sendButton(next!.custom_id, { messageId: first.original!.id });
    const page2 = await h.standIn.waitForResponse(clicked.id, 5000);
    expect(page2.ackType === 7 || page2.ackType === 6).toBe(true);
    expect(visibleText(page2)).not.toEqual(visibleText(first));
  });

  it('/search pages only for the member who searched; another member gets a page of their own', async () => {
    const first = await run(h, 'search', { query: 'ferry' });
    const original = visibleText(first);
    const nextOf = (view: { components: unknown }) =>
      (view.components as Array<{ components: Array<{ custom_id: string; label: string }> }>)
        .flatMap((r) => r.components)
        .find((b) => /next/i.test(b.label))!;
    const pressed = await h.standIn.sendButton(nextOf(first).custom_id, {
      messageId: first.original!.id,
      user: { id: '1200000000000000077', username: 'bystander' },
    });
    const theirs = await h.standIn.waitForResponse(pressed.id, 5000);
    expect(theirs.ephemeral).toBe(true);
    expect(visibleText(theirs)).toMatch(/Page 2 of 2/);
    // The searcher's public message is unchanged, on page 1.
    const now = h.standIn.allMessages().find((m) => m.id === first.original!.id)!;
    expect(visibleText({ content: now.api.content as string, embeds: now.api.embeds as unknown[] })).toEqual(
      original,
    );
    expect(original).toMatch(/Page 1 of 2/);
    // The bystander's own copy pages for them.
    const again = await h.standIn.sendButton(nextOf(first).custom_id.replace(':2:', ':1:'), {
      user: { id: '1200000000000000077', username: 'bystander' },
    });
    expect((await h.standIn.waitForResponse(again.id, 5000)).ephemeral).toBe(true);
  });

  it('/search answers a query with FTS syntax in it without an error', async () => {
    const view = await run(h, 'search', { query: '"a" OR (' });
    expect(view.content ?? visibleText(view)).not.toMatch(/Something went wrong/);
  });

  it('/summary autocompletes headlines and shows summary, quote with speaker, and keywords', async () => {
    const auto = await h.standIn.sendAutocomplete('summary', { article: 'harb' }, 'article');
    const choices = (await h.standIn.waitForResponse(auto.id, 5000)).choices as Array<{
      name: string;
      value: string;
    }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name).toContain('Harbour bridge');
    const view = await run(h, 'summary', { article: choices[0]!.value, sentences: 2 });
    const text = visibleText(view);
    expect(text).toContain('Harbour bridge reopens');
    expect(JSON.stringify(view.embeds)).toContain('https://news.example/city/bridge-reopens');
    expect(text).toMatch(/Ruiz|Berg/);
  });

  it('/summary of an unknown article answers with an ephemeral message naming it', async () => {
    const view = await run(h, 'summary', { article: 'no-such-article-zzz' });
    expect(view.ephemeral).toBe(true);
    expect(visibleText(view)).toContain('no-such-article-zzz');
  });

  it('/quotes by a typed part of a speaker name, and autocomplete over speakers', async () => {
    const auto = await h.standIn.sendAutocomplete('quotes', { speaker: 'oka' }, 'speaker');
    const choices = (await h.standIn.waitForResponse(auto.id, 5000)).choices as Array<{ name: string }>;
    expect(choices.map((c) => c.name).join(' ')).toMatch(/Okafor/);
    const view = await run(h, 'quotes', { speaker: 'okafor' });
    const text = visibleText(view);
    expect(text).toContain('Every district gets a park');
    expect(text).toMatch(/Okafor/);
  });

  it('/quotes with neither option explains what to give', async () => {
    const view = await run(h, 'quotes', {});
    expect(view.ephemeral).toBe(true);
    expect(visibleText(view)).toMatch(/article, a speaker/);
  });

  it('/about counts the stored articles and gives the database size, but not its path', async () => {
    const view = await run(h, 'about');
    const text = visibleText(view);
    expect(text).toMatch(/Articles stored\n11\b/);
    expect(text).toMatch(/Database size\n[\d.]+ (KB|MB)/);
    expect(JSON.stringify(view.embeds)).not.toContain('herald.db');
    expect(JSON.stringify(view.embeds)).not.toContain(h.dir);
    // It is in the operator's log instead.
    expect(h.logs.some((l) => l.includes('database opened') && l.includes(h.config.databasePath))).toBe(true);
  });

  it('keeps an oversized article within every Discord limit', async () => {
    const auto = await h.standIn.sendAutocomplete('summary', { article: 'enormous' }, 'article');
    const [choice] = (await h.standIn.waitForResponse(auto.id, 5000)).choices as Array<{
      name: string;
      value: string;
    }>;
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    const view = await run(h, 'summary', { article: choice!.value, sentences: 10 });
    expect(view.errors).toEqual([]);
    expect(view.embeds.length).toBeGreaterThan(0);
    for (const embed of view.embeds as Array<{ title?: string; description?: string }>) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(256);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(4096);
    }
    const quotes = await run(h, 'quotes', { speaker: 'lee chan' });
    expect(quotes.errors).toEqual([]);
    expect(visibleText(quotes).length).toBeLessThanOrEqual(6000 + 2000);
  });

  it('pings nobody with a mention-laden article and shows its markdown as text', async () => {
    const view = await run(h, 'latest', { topic: 'prank' });
    expect(view.original?.pings).toMatchObject({ everyone: false, users: [], roles: [] });
    const body = view.requests
      .map((r) => r.body as { data?: { allowed_mentions?: unknown } })
      .find((b) => b?.data);
    expect(body?.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('retries a reply that meets a 429 and still answers', async () => {
    h.standIn.failNext({
      method: 'POST',
      pathPrefix: '/interactions/',
      status: 429,
      retryAfter: 0.2,
      count: 1,
    });
    const view = await run(h, 'about');
    expect(visibleText(view)).toMatch(/Articles stored\n11\b/);
  });

  it('never shows the token in logs or replies', () => {
    expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
    expect(JSON.stringify(h.standIn.allMessages().map((m) => m.api))).not.toContain(TEST_TOKEN);
  });
});

describe('an empty store', () => {
  it('answers /latest, /search and /about sensibly', async () => {
    const empty = await startHarness();
    try {
      const latest = await run(empty, 'latest');
      expect(latest.ephemeral).toBe(true);
      expect(visibleText(latest)).toMatch(/No articles/);
      const search = await run(empty, 'search', { query: 'anything' });
      expect(visibleText(search)).toMatch(/No stored article/);
      expect(visibleText(await run(empty, 'about'))).toMatch(/\b0\b/);
    } finally {
      await empty.close();
    }
  });
});

describe('/latest against a freshly loaded mix of copies, outlets and an old archive', () => {
  let fresh: Harness;

  beforeAll(async () => {
    fresh = await startHarness({ articles: storyCopies() });
  });

  afterAll(async () => {
    await fresh?.close();
  });

  it('shows one line per story, newest published first (not by load time), with its other sources', async () => {
    const view = await run(fresh, 'latest', { count: 3 });
    const embeds = view.embeds as Array<{ title: string; description?: string }>;
    expect(embeds.map((e) => e.title)).toEqual([
      // The fullest write-up leads; the story counts as published when its latest article was.
      'Fire destroys Dockside grain warehouse in Port Avel',
      'Council passes a budget with more money for parks',
      'Le Monde archive piece on the 2015 harbour strike',
    ]);
    // The other saved copy and the other outlet, each linked to its own article.
    expect(embeds[0]?.description).toMatch(
      /Also: \[(Avel Courier|Harbour Daily)\]\(https:\/\/[^)]+\), \[(Avel Courier|Harbour Daily)\]/,
    );
    expect(embeds[0]?.description).toContain('Harbour Daily](https://harbour-daily.example/dockside-fire)');
    expect(embeds[1]?.description ?? '').not.toMatch(/Also:/);
    expect(visibleText(view).match(/Fire destroys/g)).toHaveLength(1);
  });
});
