import { describe, expect, it } from 'vitest';
import { CONTENT_MAX } from '../../src/discord/limits.js';
import {
  renderCatchUpLine,
  renderPost,
  type PostFormat,
  type PostView,
} from '../../src/discord/render-post.js';
import { findLimitBreaches } from './limits-check.js';

const BRIDGE: PostView = {
  title: 'Harbour bridge reopens after six months of repairs',
  url: 'https://news.example/bridge',
  source: 'Harbour Times',
  published: Date.UTC(2025, 4, 6, 9, 30),
  summary: [
    'The harbour bridge reopened on Monday after six months of repairs.',
    'Buses return to the old route on Friday.',
  ],
  quote: { text: 'It is good to have the bridge back', speaker: 'Ola Nygaard', role: 'the mayor' },
  imageUrl: 'https://img.example/bridge.jpg',
  others: [
    { source: 'City Post', url: 'https://citypost.example/b' },
    { source: 'Coast Radio', url: null },
  ],
};
const HOSTILE: PostView = {
  title: '**Breaking** @everyone see <@123456789012345678> and [click](https://evil.example)',
  url: 'https://news.example/hostile',
  source: '_Sly_ Source <@&222222222222222222>',
  published: null,
  summary: ['Ping @here and <@&333333333333333333> now; ~~struck~~ ||spoiler||.'],
  quote: { text: 'Hello @everyone', speaker: '<@1> Bob', role: null },
  imageUrl: 'javascript:alert(1)',
  others: [{ source: '**Bold** Outlet', url: 'https://x.example/a)' }],
};
const ROLE = '444444444444444444';
const FORMATS: PostFormat[] = ['full', 'compact', 'text'];
const allText = (m: { content: string; embeds: unknown[] }) => JSON.stringify(m);
const asPayload = (m: { content: string; embeds: never[] | import('discord.js').APIEmbed[] }) => ({
  content: m.content,
  embeds: m.embeds,
  components: [],
  allowedMentions: { parse: [] as [], repliedUser: false as const },
});

describe('renderPost', () => {
  it('full: the headline linked, source and time, the summary, the quote with its speaker, the other outlets and the image', () => {
    const m = renderPost(BRIDGE, { format: 'full', roleId: null });
    expect(m.content).toBe('');
    expect(m.allowed_mentions).toEqual({ parse: [] });
    const [embed] = m.embeds;
    expect(embed?.title).toBe(BRIDGE.title);
    expect(embed?.url).toBe('https://news.example/bridge');
    expect(embed?.description).toBe(
      'Harbour Times · <t:1746523800:R>\n\nThe harbour bridge reopened on Monday after six months of repairs. Buses return to the old route on Friday.',
    );
    expect(embed?.fields).toEqual([
      { name: 'Quote', value: '“It is good to have the bridge back”\n— **Ola Nygaard**, the mayor' },
      { name: 'Also reported by', value: '[City Post](<https://citypost.example/b>), Coast Radio' },
    ]);
    expect(embed?.thumbnail).toEqual({ url: 'https://img.example/bridge.jpg' });
  });

  it('compact is one line with headline, source and link; text is plain content with every part', () => {
    const compact = renderPost(BRIDGE, { format: 'compact', roleId: null });
    expect(compact.embeds).toEqual([]);
    expect(compact.content).toBe(
      '**[Harbour bridge reopens after six months of repairs](<https://news.example/bridge>)** · Harbour Times · also [City Post](<https://citypost.example/b>), Coast Radio',
    );
    const text = renderPost(BRIDGE, { format: 'text', roleId: null });
    expect(text.embeds).toEqual([]);
    expect(text.content.split('\n')).toEqual([
      '**[Harbour bridge reopens after six months of repairs](<https://news.example/bridge>)**',
      'Harbour Times · <t:1746523800:R>',
      'The harbour bridge reopened on Monday after six months of repairs. Buses return to the old route on Friday.',
      '> “It is good to have the bridge back”',
      '> — **Ola Nygaard**, the mayor',
      'Also reported by: [City Post](<https://citypost.example/b>), Coast Radio',
    ]);
  });

  it.each(FORMATS)('%s: a ping role is mentioned first and is the only mention allowed', (format) => {
    const m = renderPost(HOSTILE, { format, roleId: ROLE });
    expect(m.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    expect(m.content.startsWith(`<@&${ROLE}>`)).toBe(true);
    expect(m.content.slice(ROLE.length + 4)).not.toMatch(/(?<!\\)<@/);
  });

  it.each(FORMATS)('%s: a role id that is not a snowflake pings nobody', (format) => {
    const m = renderPost(BRIDGE, { format, roleId: 'everyone' });
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(m.content).not.toContain('<@&');
  });

  it.each(FORMATS)(
    '%s: article text is escaped: no markdown, no mentions, no masked links, no unsafe image',
    (format) => {
      const m = renderPost(HOSTILE, { format, roleId: null });
      const text = allText(m);
      expect(text).not.toMatch(/(?<!\\\\)<@/);
      expect(text).not.toMatch(/@everyone|@here/);
      expect(text).toContain('\\\\*\\\\*Breaking\\\\*\\\\*');
      expect(text).toContain('\\\\[click]');
      expect(text).not.toContain('javascript:');
      expect(text).toContain('x.example/a%29');
    },
  );

  it.each(FORMATS)(
    '%s: stays inside every Discord limit with huge fields and hundreds of outlets',
    (format) => {
      const huge: PostView = {
        ...BRIDGE,
        title: 'Headline '.repeat(200),
        source: 'Source '.repeat(100),
        summary: ['Sentence of the summary. '.repeat(800)],
        quote: { text: 'quoted words '.repeat(500), speaker: 'Name '.repeat(100), role: 'role '.repeat(100) },
        url: `https://news.example/${'p'.repeat(1500)}`,
        others: Array.from({ length: 400 }, (_, i) => ({
          source: `Outlet ${i}`,
          url: `https://o${i}.example/story`,
        })),
      };
      const m = renderPost(huge, { format, roleId: ROLE });
      expect(m.content.length).toBeLessThanOrEqual(CONTENT_MAX);
      expect(findLimitBreaches(asPayload(m))).toEqual([]);
      expect(allText(m)).toMatch(/and \d+ more/);
    },
  );
});

describe('renderCatchUpLine', () => {
  it('says how many more stories there were and where to find them, pinging nobody', () => {
    expect(renderCatchUpLine(7)).toEqual({
      content: '…and 7 more stories arrived while Herald was away. /latest shows them.',
      embeds: [],
      allowed_mentions: { parse: [] },
    });
    expect(renderCatchUpLine(1).content).toBe(
      '…and 1 more story arrived while Herald was away. /latest shows them.',
    );
  });
});
