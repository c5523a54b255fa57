import { createAnalyzer, type Analyzer } from '../core/analyze.js';
import type { ParsedArticle } from '../core/article/index.js';
import type { DocumentFrequencies } from '../core/keywords/index.js';
import { sentenceTexts } from '../operations/stored-article.js';
import type { StoredArticle } from '../store/types.js';
import { languageOf } from './language.js';

// Ingest owns the analyzer: its word table and caches live as long as this module, in this thread. It
// is made when the first article is analysed, so a command or a thread that analyses none (a search, a
// scan that finds nothing changed) does not pay for it.
let analyzer: Analyzer | undefined;

export interface StoredContext {
  ingestedAt: number;
  fallbackPublished: number | null;
  filePath: string | null;
  /** The archive's document counts for keyword weights (see keyword-frequencies.ts). */
  documentFrequencies?: DocumentFrequencies | undefined;
  /** A language tag to fall back on when a short text's own is unclear (a feed's declared one). */
  languageHint?: string | null | undefined;
}

/** Analyses a parsed article once, at ingest time, into what the store keeps. */
export function toStoredArticle(article: ParsedArticle, context: StoredContext): StoredArticle {
  const language = languageOf(`${article.title}\n\n${article.text}`, article.language, context.languageHint);
  const { documentFrequencies } = context;
  analyzer ??= createAnalyzer();
  const analysis = analyzer.analyze({
    text: article.text,
    title: article.title,
    ...language,
    documentFrequencies,
  });
  const published = article.published ? Date.parse(article.published) : NaN;
  // The one-line summary (/latest, digests) is chosen as its own task: the sentence that best says
  // what the whole article says, not the first of the three-sentence summary.
  const [lead] = analyzer.summarize(article.text, analysis.sentences, {
    count: 1,
    title: article.title,
    language: language.language,
  });
  return {
    id: article.id,
    title: article.title,
    standfirst: article.standfirst,
    text: article.text,
    url: article.url,
    source: article.source,
    author: article.author,
    published: Number.isFinite(published) ? published : context.fallbackPublished,
    ingestedAt: context.ingestedAt,
    tags: article.tags,
    filePath: context.filePath,
    sentences: analysis.sentences,
    summary: analysis.summary,
    headlineSummary:
      lead === undefined
        ? ''
        : (sentenceTexts({ text: article.text, sentences: analysis.sentences }, [lead])[0] ?? ''),
    keywords: analysis.keywords,
    entities: analysis.entities,
    signature: analysis.signature,
    storyKey: null,
    quotes: analysis.quotes,
  };
}
