// The article commands' handlers, each through its operation and a real temporary store: what a member
// asks (options), what the handler answers (the payload), and the words of each expected failure.
import type { ChatInputCommandInteraction, AutocompleteInteraction, ButtonInteraction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { about } from '../../commands/about.js';
import type { HeraldContext } from '../../commands/context.js';
import { latest } from '../../commands/latest.js';
import { quotes } from '../../commands/quotes.js';
import { search } from '../../commands/search.js';
import { summary } from '../../commands/summary.js';
import { encodeSearchButton, type MessagePayload } from '../../src/discord/render.js';
import type { DigestService } from '../../src/digests/service.js';
import type { Quote } from '../../src/core/types.js';
import { visibleText } from '../discord/limits-check.js';
import { createFakeInteraction, type FakeOptions } from '../helpers/fake-interaction.js';
import { refusal } from '../helpers/refusal.js';
import { createTempStore, type TempStore } from '../helpers/temp-store.js';
import { variedArticle, variedTitle } from '../helpers/varied-articles.js';

/** Parts of the context these handlers never touch (feeds and live posts have their own tests). */
const UNUSED = {
  config: { feeds: {} as HeraldContext['config']['feeds'] },
  posts: {} as HeraldContext['posts'],
};

const NOW = Date.UTC(2026, 1, 1);
const OWNER = '100000000000000001';
let temp: TempStore;
let context: HeraldContext;

function quote(text: string, name: string, role: string | null, start: number): Quote {
  return {
    text,
    start,
    end: start + text.length,
    partial: false,
    speaker: { mention: name, start: 0, end: 1, name, role },
  };
}

beforeEach(() => {
  temp = createTempStore('herald-commands-');
  const articles = Array.from({ length: 8 }, (_, i) => variedArticle(i));
  const [a0, a1] = articles as [ReturnType<typeof variedArticle>, ReturnType<typeof variedArticle>];
  a0.quotes = [
    quote('We expected objections', 'Ana Ortiz', 'chair', 10),
    quote('Prices rose', 'Ben Okafor', null, 40),
  ];
  a1.quotes = [quote('Spring money is coming', 'Ana Ortiz', 'chair', 12)];
  temp.store.articles.upsert(articles);
  context = { store: temp.store, now: () => NOW, version: '9.9.9', digests: {} as DigestService, ...UNUSED };
});

afterEach(() => temp.remove());

const command = (values: NonNullable<FakeOptions['values']>) =>
  createFakeInteraction({ kind: 'command', values }) as unknown as ChatInputCommandInteraction;
const text = (payload: MessagePayload | void) => visibleText(payload as MessagePayload);

describe('/latest', () => {
  it('lists the newest stories by publication, newest first, as many as asked', async () => {
    const shown = text(await latest.execute(command({ count: 3 }), context));
    const positions = [7, 6, 5].map((i) => shown.indexOf(variedTitle(i)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const i of [0, 1, 2, 3, 4]) expect(shown).not.toContain(variedTitle(i));
  });

  it('says when nothing matches the topic, naming it', async () => {
    expect(await refusal(() => latest.execute(command({ topic: 'zeppelins' }), context))).toBe(
      'No stored article matches the topic “zeppelins”.',
    );
  });

  it('says when no article is stored', async () => {
    temp.store.articles.delete(Array.from({ length: 8 }, (_, i) => variedArticle(i).id));
    expect(await refusal(() => latest.execute(command({}), context))).toBe('No articles are stored yet.');
  });
});

describe('/search', () => {
  it('shows every hit of a page and the page count', async () => {
    const shown = text(await search.execute(command({ query: 'council' }), context));
    const titles = Array.from({ length: 8 }, (_, i) => variedTitle(i)).filter((t) => shown.includes(t));
    expect(titles).toHaveLength(5);
    expect(shown).toContain('Page 1 of 2');
  });

  it('answers a page past the last with how many pages there are', async () => {
    expect(await refusal(() => search.execute(command({ query: 'council', page: 9 }), context))).toBe(
      'There are only 2 pages of results for “council”.',
    );
  });

  it('says when nothing matches the query', async () => {
    expect(await refusal(() => search.execute(command({ query: 'zeppelins' }), context))).toBe(
      'No stored article matches “zeppelins”.',
    );
  });

  it('turns the page from a button, for the member who searched', async () => {
    const first = text(await search.execute(command({ query: 'council' }), context));
    const press = createFakeInteraction({
      kind: 'button',
      customId: encodeSearchButton(2, 'council', OWNER),
    });
    const second = text(await search.button?.(press as unknown as ButtonInteraction, context));
    const titles = Array.from({ length: 8 }, (_, i) => variedTitle(i));
    const onFirst = titles.filter((t) => first.includes(t));
    const onSecond = titles.filter((t) => second.includes(t));
    expect(onFirst).toHaveLength(5);
    expect(onSecond).toHaveLength(3);
    expect(onSecond.filter((t) => onFirst.includes(t))).toEqual([]);
  });
});

describe('/summary', () => {
  it("shows the article's summary and its strongest quote with the speaker", async () => {
    const shown = text(await summary.execute(command({ article: 'v000' }), context));
    expect(shown).toContain(variedTitle(0));
    expect(shown).toContain(variedArticle(0).text.slice(0, 40));
    expect(shown).toContain('We expected objections');
    expect(shown).toContain('Ana Ortiz');
  });

  it('finds an article by a typed headline', async () => {
    const shown = text(await summary.execute(command({ article: variedTitle(3) }), context));
    expect(shown).toContain(variedTitle(3));
  });

  it('says when no article matches what was typed', async () => {
    expect(await refusal(() => summary.execute(command({ article: 'zeppelins' }), context))).toBe(
      'No stored article matches “zeppelins”. Pick one from the list as you type.',
    );
  });

  it('offers headlines as autocomplete choices, the article id as the value', async () => {
    const typed = createFakeInteraction({ kind: 'autocomplete', focused: { name: 'article', value: '' } });
    const choices = await summary.autocomplete?.(typed as unknown as AutocompleteInteraction, context);
    expect(choices).toHaveLength(8);
    for (const choice of choices ?? []) {
      expect(choice.name).toBe(temp.store.articles.get(String(choice.value))?.title);
    }
  });
});

describe('/quotes', () => {
  it("lists a speaker's quotes across articles, newest first", async () => {
    const shown = text(await quotes.execute(command({ speaker: 'ortiz' }), context));
    expect(shown).toContain('Quotes by “ortiz”');
    expect(shown.indexOf('Spring money is coming')).toBeGreaterThanOrEqual(0);
    expect(shown.indexOf('Spring money is coming')).toBeLessThan(shown.indexOf('We expected objections'));
    expect(shown).not.toContain('Prices rose');
  });

  it("lists an article's quotes, every speaker", async () => {
    const shown = text(await quotes.execute(command({ article: 'v000' }), context));
    expect(shown).toContain(`in “${variedTitle(0)}”`);
    for (const words of ['We expected objections', 'Prices rose', 'Ben Okafor'])
      expect(shown).toContain(words);
  });

  it('needs an article or a speaker, and says when none is found', async () => {
    expect(await refusal(() => quotes.execute(command({}), context))).toBe(
      'Give an article, a speaker, or both.',
    );
    expect(await refusal(() => quotes.execute(command({ article: 'v002' }), context))).toBe(
      `No quotes found in “${variedTitle(2)}”.`,
    );
  });

  it('offers speakers as autocomplete choices', async () => {
    const typed = createFakeInteraction({ kind: 'autocomplete', focused: { name: 'speaker', value: 'Ana' } });
    const choices = await quotes.autocomplete?.(typed as unknown as AutocompleteInteraction, context);
    expect(choices).toEqual([{ name: 'Ana Ortiz', value: 'Ana Ortiz' }]);
  });
});

describe('/about', () => {
  it('counts the stored articles and names the newest and the version', async () => {
    const shown = text(await about.execute(command({}), context));
    expect(shown).toContain('8');
    expect(shown).toContain(variedTitle(7));
    expect(shown).toContain('9.9.9');
  });
});
