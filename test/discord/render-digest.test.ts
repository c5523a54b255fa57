import { describe, expect, it } from 'vitest';
import type { Digest, DigestArticle, DigestItem } from '../../src/core/digest.js';
import { renderDigest } from '../../src/discord/render.js';
import { findLimitBreaches, visibleText } from './limits-check.js';

const START = Date.UTC(2026, 10, 22, 9, 0, 0);
const END = Date.UTC(2026, 10, 23, 9, 0, 0);
const SENTENCE = 'Negotiators in Brussels said the talks would resume after the weekend with a new offer. ';

function lead(overrides: Partial<DigestArticle> = {}): DigestArticle {
  return {
    id: 'a1',
    title: 'EU and China resume trade talks',
    url: 'https://news.example/eu-china',
    source: 'Example News',
    ingestedAt: END - 3_600_000,
    published: END - 7_200_000,
    text: 'Body.',
    keywords: ['trade'],
    summary: ['Negotiators met in Brussels on Monday.', 'Both sides reported progress.', 'A third sentence.'],
    quote: { text: 'We will not be rushed', speaker: 'Maria Lopez', role: 'Trade Commissioner' },
    storyKey: 's1',
    ...overrides,
  };
}

function item(overrides: Partial<DigestItem> = {}): DigestItem {
  return {
    lead: lead(),
    others: [
      { id: 'b1', title: 'Trade talks restart', url: 'https://other.example/t', source: 'Other Wire' },
      { id: 'b2', title: 'Talks back on', url: null, source: null },
    ],
    sourceCount: 3,
    articleCount: 3,
    latestAt: END - 3_600_000,
    ...overrides,
  };
}

function digest(items: DigestItem[], overrides: Partial<Digest> = {}): Digest {
  return {
    periodStart: START,
    periodEnd: END,
    topic: 'trade',
    items,
    totalArticles: 7,
    totalStories: items.length,
    articleIds: [],
    ...overrides,
  };
}

describe('renderDigest', () => {
  it('names the period and topic in the header', () => {
    const payload = renderDigest(digest([item()]));
    expect(payload.content).toBe(
      '**News digest: “trade”**\n<t:1795338000:f> – <t:1795424400:f> · 7 new articles, 1 story',
    );
  });

  it('says when only the top stories are shown', () => {
    expect(renderDigest(digest([item()], { totalStories: 4, topic: null })).content).toMatch(
      /^\*\*News digest\*\*\n.*top 1 of 4 stories$/,
    );
  });

  it('gives each story its linked headline, two summary sentences, quote with speaker, and other sources', () => {
    const [embed] = renderDigest(digest([item()])).embeds;
    expect(embed).toMatchObject({
      title: 'EU and China resume trade talks',
      url: 'https://news.example/eu-china',
    });
    expect(embed?.description).toBe(
      'Example News · <t:1795417200:R>\nNegotiators met in Brussels on Monday. Both sides reported progress.',
    );
    expect(embed?.fields).toEqual([
      { name: 'Quote', value: '“We will not be rushed”\n— **Maria Lopez**, Trade Commissioner' },
      {
        name: '+2 more sources',
        value: '• [Trade talks restart](https://other.example/t) — Other Wire\n• Talks back on',
      },
    ]);
  });

  it("keeps every story's own headline, link, time, summary, quote and sources, in the digest's order", () => {
    const items = [0, 1, 2, 3].map((i) =>
      item({
        lead: lead({
          id: `lead-${i}`,
          title: `Story ${i} headline`,
          url: i === 2 ? null : `https://news.example/story-${i}`,
          source: `Outlet ${i}`,
          published: i === 3 ? null : END - (i + 1) * 3_600_000,
          ingestedAt: END - 600_000,
          summary: [`Summary of story ${i}.`],
          quote: i === 1 ? null : { text: `Quote of story ${i}`, speaker: `Speaker ${i}`, role: null },
          storyKey: `s${i}`,
        }),
        others: Array.from({ length: i }, (_, k) => ({
          id: `o${i}-${k}`,
          title: `Other ${k} on story ${i}`,
          url: `https://other.example/${i}/${k}`,
          source: `Wire ${k}`,
        })),
      }),
    );
    const embeds = renderDigest(digest(items)).embeds;
    expect(embeds.map((e) => e.title)).toEqual(items.map((_, i) => `Story ${i} headline`));
    expect(embeds.map((e) => e.url)).toEqual([
      'https://news.example/story-0',
      'https://news.example/story-1',
      undefined,
      'https://news.example/story-3',
    ]);
    // An undated lead shows when it was first stored.
    const seconds = [END - 3_600_000, END - 7_200_000, END - 10_800_000, END - 600_000].map((t) => t / 1000);
    expect(embeds.map((e) => e.description)).toEqual(
      seconds.map((s, i) => `Outlet ${i} · <t:${s}:R>\nSummary of story ${i}.`),
    );
    expect(embeds.map((e) => e.fields?.find((f) => f.name === 'Quote')?.value ?? null)).toEqual([
      '“Quote of story 0”\n— **Speaker 0**',
      null,
      '“Quote of story 2”\n— **Speaker 2**',
      '“Quote of story 3”\n— **Speaker 3**',
    ]);
    expect(embeds.map((e) => e.fields?.find((f) => f.name.includes('more source'))?.value ?? null)).toEqual([
      null,
      '• [Other 0 on story 1](https://other.example/1/0) — Wire 0',
      '• [Other 0 on story 2](https://other.example/2/0) — Wire 0\n• [Other 1 on story 2](https://other.example/2/1) — Wire 1',
      '• [Other 0 on story 3](https://other.example/3/0) — Wire 0\n• [Other 1 on story 3](https://other.example/3/1) — Wire 1\n• [Other 2 on story 3](https://other.example/3/2) — Wire 2',
    ]);
  });

  it('uses one sentence when two would be too long', () => {
    const [embed] = renderDigest(
      digest([item({ lead: lead({ summary: [SENTENCE.repeat(5), 'Second.'] }) })]),
    ).embeds;
    expect(embed?.description).not.toContain('Second.');
  });

  it('holds every limit with ten huge stories, each with many sources', () => {
    const huge = item({
      lead: lead({
        title: 'Headline '.repeat(100),
        summary: [SENTENCE.repeat(60)],
        quote: { text: SENTENCE.repeat(30), speaker: 'Speaker', role: 'Role' },
      }),
      others: Array.from({ length: 40 }, (_, i) => ({
        id: `o${i}`,
        title: `Other outlet headline number ${i} `.repeat(5),
        url: `https://o${i}.example/${'x'.repeat(80)}`,
        source: `Outlet ${i}`,
      })),
    });
    const payload = renderDigest(
      digest(
        Array.from({ length: 12 }, () => huge),
        { totalStories: 12 },
      ),
    );
    expect(findLimitBreaches(payload)).toEqual([]);
    expect(payload.embeds).toHaveLength(10);
    for (const embed of payload.embeds) {
      const quote = embed.fields?.find((f) => f.name === 'Quote')?.value ?? '';
      expect(quote).toMatch(/\n— \*\*Speaker\*\*, Role$/);
      const others = embed.fields?.find((f) => f.name === '+40 more sources')?.value ?? '';
      expect(others).toMatch(/…and \d+ more$/);
    }
  });

  it('keeps mentions and markdown in articles inert', () => {
    const hostile = item({
      lead: lead({
        title: '@everyone <@&1> **now**',
        summary: ['Hi @here <@2>.'],
        quote: { text: '<@3> ~~x~~', speaker: '@everyone', role: null },
      }),
      others: [{ id: 'z', title: '[bait](https://evil.example) <@4>', url: null, source: '@here' }],
    });
    const payload = renderDigest(digest([hostile], { topic: '@everyone' }));
    expect(payload.allowedMentions.parse).toEqual([]);
    const text = visibleText(payload);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/(^|[^\\])<@/);
    expect(text).not.toMatch(/(^|[^\\])\[bait\]/);
  });
});
