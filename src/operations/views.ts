// Plain view models the renderers take. Commands build them from the store; nothing here knows SQLite.
// Times are milliseconds since the epoch; text is raw (the renderer escapes it).

/** Another article of the same story: a copy in another format, or another outlet's write-up. */
export interface OtherSourceView {
  title: string;
  url: string | null;
  source: string | null;
}

/** One /latest line: a story's lead article and the story's other articles. */
export interface LatestView extends Pick<ArticleView, 'title' | 'url' | 'source' | 'published' | 'summary'> {
  others?: readonly OtherSourceView[];
}

export interface QuoteView {
  text: string;
  speaker: string | null;
  role: string | null;
  articleId: string;
  articleTitle: string;
  url: string | null;
  published: number | null;
}

export interface ArticleView {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: number | null;
  /** Summary sentences, in the order to show them. */
  summary: string[];
  /** The strongest quote, or null when the article has none. */
  quote: QuoteView | null;
  keywords: string[];
}

export interface SearchHitView {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: number | null;
  /** Matched terms wrapped in \u0002 … \u0003 (see HIGHLIGHT_START/END in text.ts). */
  snippet: string;
}

export interface StatsView {
  articles: number;
  newest: { title: string; published: number | null } | null;
  databaseBytes: number;
  version: string;
  /** Feeds by health. */
  feeds: { ok: number; failing: number; paused: number };
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}
