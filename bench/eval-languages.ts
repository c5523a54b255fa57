// Articles in other languages, on an own gold (bench/gold/languages.json): short articles written for the
// project in German, French, Spanish, Portuguese, Italian, Dutch, Russian, Chinese, Japanese and Arabic,
// each with the sentences a reader would split and its direct quotes. Per language: the articles split
// exactly into their sentences, the quotes found with the right text, the share of keywords free of the
// language's stop words (stopwords-iso's list and a hand-written one in the gold), and the detected language.
// The articles go through the analysis the way ingest hands them over (language detected from title and text).
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/core/analyze.js';
import { languageOf, stopwordsFor } from '../src/ingest/language.js';
import type { EvalRow } from './eval-types.js';

export const LANGUAGE_GOLD = fileURLToPath(new URL('./gold/languages.json', import.meta.url));
/**
 * A second gold, written later by someone who had not read the first, in twelve languages (Czech and
 * Polish too), with harder marks and abbreviations; each article also names words a reader would give as
 * keywords.
 */
export const FRESH_LANGUAGE_GOLD = fileURLToPath(new URL('./gold/languages-fresh.json', import.meta.url));

const DATASET = 'languages (own gold: articles written for the project)';
export const FRESH_DATASET = 'languages (second own gold, twelve languages)';

interface GoldArticle {
  language: string;
  title: string;
  text: string;
  sentences: string[];
  quotes: string[];
  /** Words a reader would give as keywords (second gold only): one of them should be among the keywords. */
  keywordsAny?: string[];
}

interface LanguageGold {
  stopwords: Record<string, string[]>;
  articles: GoldArticle[];
}

interface Tally {
  articles: number;
  split: number;
  quotes: number;
  quotesFound: number;
  keywords: number;
  keywordsClean: number;
  /** Articles that name reader keywords, and those whose keywords hold one of them. */
  readerKeywords: number;
  readerKeywordsFound: number;
  detected: string[];
}

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The per-language rows for the gold at `file`. */
export async function evaluateLanguages(file = LANGUAGE_GOLD, dataset = DATASET): Promise<EvalRow[]> {
  const gold = JSON.parse(await readFile(file, 'utf8')) as LanguageGold;
  const analyzer = createAnalyzer();
  const tallies = new Map<string, Tally>();
  for (const article of gold.articles) {
    const tally = tallies.get(article.language) ?? {
      articles: 0,
      split: 0,
      quotes: 0,
      quotesFound: 0,
      keywords: 0,
      keywordsClean: 0,
      readerKeywords: 0,
      readerKeywordsFound: 0,
      detected: [],
    };
    tallies.set(article.language, tally);
    const language = languageOf(`${article.title}\n\n${article.text}`);
    const analysis = analyzer.analyze({ text: article.text, title: article.title, ...language });
    tally.articles++;
    tally.detected.push(language.language);
    const sentences = analysis.sentences.map(([s, e]) => normalize(article.text.slice(s, e)));
    if (JSON.stringify(sentences) === JSON.stringify(article.sentences.map(normalize))) tally.split++;
    // A gold quote counts once, when a quote with exactly its text was found.
    const found = analysis.quotes.map((q) => normalize(q.text));
    tally.quotes += article.quotes.length;
    tally.quotesFound += article.quotes.filter((q) => found.includes(normalize(q))).length;
    const stops = new Set([...stopwordsFor(article.language), ...(gold.stopwords[article.language] ?? [])]);
    if (article.keywordsAny !== undefined) {
      const wanted = new Set(article.keywordsAny.map((w) => w.toLowerCase()));
      tally.readerKeywords++;
      if (analysis.keywords.some((k) => wanted.has(k.toLowerCase()))) tally.readerKeywordsFound++;
    }
    for (const keyword of analysis.keywords) {
      tally.keywords++;
      if (
        !keyword
          .toLowerCase()
          .split(/\s+/)
          .some((w) => stops.has(w))
      )
        tally.keywordsClean++;
    }
  }
  const rows: EvalRow[] = [];
  for (const [language, t] of tallies) {
    const row = (metric: string, value: number, target: number): EvalRow => ({
      dataset,
      system: `herald (${language})`,
      metric,
      value: Math.round(value * 10000) / 10000,
      target: `>= ${target}`,
      met: value >= target,
    });
    const detected = [...new Set(t.detected)].join(', ');
    rows.push(
      row(`sentence split: articles split exactly (of ${t.articles})`, t.split, t.articles),
      row(`quotes found with the right text (of ${t.quotes})`, t.quotesFound, t.quotes),
      row(
        `keywords free of ${language} stop words (share of ${t.keywords})`,
        t.keywords === 0 ? 0 : t.keywordsClean / t.keywords,
        1,
      ),
      row(
        `language detected as ${language} (of ${t.articles}; detected: ${detected})`,
        t.detected.filter((d) => d === language).length,
        t.articles,
      ),
    );
    if (t.readerKeywords > 0)
      rows.push(
        row(
          `keywords holding a reader's keyword (of ${t.readerKeywords})`,
          t.readerKeywordsFound,
          t.readerKeywords,
        ),
      );
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await evaluateLanguages(process.argv[2] ?? LANGUAGE_GOLD);
  for (const r of rows)
    console.log([r.system, r.metric, r.value, r.target, r.met ? 'met' : 'NOT MET'].join('  |  '));
}
