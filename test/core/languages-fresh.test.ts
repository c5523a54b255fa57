// Articles in twelve languages written for this check after the first language gold (bench/gold/
// languages-fresh.json): German »…« and ‚…‘, French « » with and without inner spaces, Chinese “…” after
// a full-width colon, Japanese 「…」 and 『…』 with stops inside, Cyrillic and Polish initials, each
// language's abbreviations ("Dott.", "Dhr.", "mil. Kč", "т. д.", "etc.") and list endings. Each goes through
// the analysis as ingest hands it over: language detected from headline and text, its stop words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf, stopwordsFor } from '../../src/ingest/language.js';

interface FreshArticle {
  language: string;
  title: string;
  text: string;
  sentences: string[];
  quotes: string[];
  /** Marked phrases that are names or terms rather than speech: found or not, either is right. */
  optionalQuotes?: string[];
  /** Words a reader would give as keywords: at least one of them is among the keywords. */
  keywordsAny: string[];
}

interface FreshGold {
  stopwords: Record<string, string[]>;
  articles: FreshArticle[];
}

const GOLD = JSON.parse(
  readFileSync(new URL('../../bench/gold/languages-fresh.json', import.meta.url), 'utf8'),
) as FreshGold;
const analyzer = createAnalyzer();
/**
 * The quotes whose own cue names the speaker (foreign-speakers.ts), by their opening words. Every other
 * quote has none: "contou um vizinho", "Eine Helferin sagte:", "Een woordvoerder van ProRail zei:", "El
 * ministro de Economía declaró:", "Le ministre des Transports a répondu :" name no one by name.
 */
const SPEAKERS: [string, string][] = [
  ['Das ist ein guter Tag', 'Klaus Weber'],
  ['Nous n’avons pas', 'Dupont'],
  ['Conseguimos evitar', 'Costa'],
  ['A inflação ainda', 'Roberto Campos Neto'],
  ['È un segnale', 'Rossi'],
];
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

function analyse(article: FreshArticle) {
  const language = languageOf(`${article.title}\n\n${article.text}`);
  return { language, analysis: analyzer.analyze({ text: article.text, title: article.title, ...language }) };
}

describe('articles in twelve languages, written for this check', () => {
  it('covers each language with at least two articles', () => {
    const counts = new Map<string, number>();
    for (const a of GOLD.articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
    for (const language of ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'zh', 'ja', 'ar', 'cs', 'pl'])
      expect(counts.get(language), language).toBeGreaterThanOrEqual(2);
  });

  describe.each(GOLD.articles.map((a) => [`${a.language}: ${a.title}`, a] as const))('%s', (_, article) => {
    const { language, analysis } = analyse(article);

    it('detects the language', () => {
      expect(language.language).toBe(article.language);
    });

    it('splits every sentence where a reader would', () => {
      const sentences = analysis.sentences.map(([s, e]) => normalize(article.text.slice(s, e)));
      expect(sentences).toEqual(article.sentences.map(normalize));
    });

    it('finds every quotation with its text inside the marks, and nothing else', () => {
      const found = analysis.quotes.map((q) => normalize(q.text));
      for (const quote of article.quotes) expect(found).toContain(normalize(quote));
      const allowed = [...article.quotes, ...(article.optionalQuotes ?? [])].map(normalize);
      for (const quote of found) expect(allowed).toContain(quote);
      for (const q of analysis.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    });

    it('names a speaker only where the text says who spoke, and no entities', () => {
      for (const q of analysis.quotes) {
        const named = SPEAKERS.find(([opening]) => q.text.startsWith(opening));
        expect([q.text, q.speaker?.name ?? null]).toEqual([q.text, named?.[1] ?? null]);
      }
      expect(analysis.entities).toEqual({ people: [], organizations: [], places: [] });
    });

    it('gives keywords free of stop words, punctuation and bare figures', () => {
      const stops = new Set([...stopwordsFor(article.language), ...(GOLD.stopwords[article.language] ?? [])]);
      for (const keyword of analysis.keywords) {
        for (const word of keyword.toLowerCase().split(/\s+/)) {
          expect(stops.has(word), keyword).toBe(false);
          // Letters and figures, hyphens and apostrophes only inside a word ("Croix-Rousse", "АИ-95").
          expect(word).toMatch(/^[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*$/u);
          expect(word).not.toMatch(/^\p{N}+$/u);
        }
        expect(article.text.includes(keyword) || article.title.includes(keyword), keyword).toBe(true);
      }
    });

    it('gives at least one keyword a reader would give', () => {
      const wanted = article.keywordsAny.map((w) => w.toLowerCase());
      const hit = analysis.keywords.some((k) => wanted.includes(k.toLowerCase()));
      expect(hit, analysis.keywords.join(', ')).toBe(true);
    });
  });
});

describe('keywords of short articles in other languages', () => {
  const keywordsOf = (title: string, text: string): string[] =>
    analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`) }).keywords;

  it('keeps a name written once, whole, and a headline word behind an elided article', () => {
    const keywords = keywordsOf(
      'L’Enel investe nel solare',
      'Secondo una nota dell’Enel, l’azienda investirà nel solare in Sicilia. Lo ha annunciato ' +
        'l’amministratore delegato Flavio Cattaneo a Milano.',
    );
    expect(keywords).toEqual(expect.arrayContaining(['Enel', 'Sicilia', 'Flavio Cattaneo', 'Milano']));
    for (const k of keywords) expect(['Enel', 'solare', 'Sicilia', 'Flavio Cattaneo', 'Milano']).toContain(k);
  });

  it('keeps a name after a title and its period, but not the title', () => {
    const keywords = keywordsOf(
      'Nuovo primario a Torino',
      'Il nuovo primario del reparto di cardiologia è il Dott. Ferrero, che arriva da Genova dopo ' +
        'dieci anni di lavoro. Sarà affiancato dalla Dott.ssa Gallo, che conosce bene la città.',
    );
    expect(keywords).toEqual(expect.arrayContaining(['Ferrero', 'Genova', 'Gallo']));
    for (const k of keywords) expect(k.toLowerCase()).not.toMatch(/^dott/u);
  });

  it('keeps "most", a bridge in Czech and Polish, though English lists it as a stop word', () => {
    const text = 'V Ostravě otevřeli nový most přes řeku Ostravici. Most stál 300 milionů korun.';
    expect(keywordsOf('Nový most v Ostravě', text)).toContain('most');
  });

  it('puts together a Chinese name the segmenter splits into single characters', () => {
    const keywords = keywordsOf(
      '美团外卖订单再创新高',
      '美团外卖公布上月订单达到五千万单。美团外卖表示，海外市场增长最快。',
    );
    expect(keywords[0]).toBe('美团外卖');
    for (const k of keywords) expect(k).not.toMatch(/^(美团|团外|外卖|美团外|团外卖)$/u);
  });
});

describe('the language of very short articles', () => {
  it.each([
    ['zh', '上海下雪\n\n上海今天迎来今年第一场雪。'],
    ['ja', '初雪\n\n東京で初雪が観測された。'],
    ['cs', 'Sníh v Praze\n\nV Praze napadlo deset centimetrů sněhu.'],
    ['pl', 'Żłobek w Łodzi\n\nW Łodzi otwarto nowy żłobek.'],
    [
      'en',
      'Běijīng hosts summit\n\nLeaders from twenty countries met in Běijīng on Monday to talk about trade ' +
        'and the climate, and they agreed that they would meet again next year.',
    ],
  ])('%s: %s', (language, text) => {
    expect(languageOf(text).language).toBe(language);
  });
});

describe('abbreviations that are also words', () => {
  const split = (text: string, language: string): string[] =>
    analyzer
      .analyze({ text, language, stopwords: stopwordsFor(language) })
      .sentences.map(([s, e]) => text.slice(s, e));

  it('ends a sentence at a pronoun that shares its letters with an abbreviation (им, Polish im)', () => {
    expect(split('Я позвонил им. Они не ответили.', 'ru')).toEqual(['Я позвонил им.', 'Они не ответили.']);
    expect(split('Dziękujemy im. Bez nich nie byłoby festiwalu.', 'pl')).toEqual([
      'Dziękujemy im.',
      'Bez nich nie byłoby festiwalu.',
    ]);
  });

  it('ends a German sentence at a year or a number an opener follows, not at an ordinal', () => {
    expect(split('Das war im Jahr 2024. Dann kam die Wende.', 'de')).toEqual([
      'Das war im Jahr 2024.',
      'Dann kam die Wende.',
    ]);
    expect(split('Die Partei landete auf Platz 3. Damit hatte niemand gerechnet.', 'de')).toEqual([
      'Die Partei landete auf Platz 3.',
      'Damit hatte niemand gerechnet.',
    ]);
    expect(split('Am 3. Oktober feiert das Land. Die Feier beginnt früh.', 'de')).toEqual([
      'Am 3. Oktober feiert das Land.',
      'Die Feier beginnt früh.',
    ]);
  });
});
