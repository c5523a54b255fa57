// Plain view models the renderers take. Commands build them from the store; nothing here knows SQLite.
// Times are milliseconds since the epoch; text is raw (the renderer escapes it).

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
  databasePath: string;
  databaseBytes: number;
  version: string;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}
