// Articles for digest and delivery tests: each its own outlet and link, a one-sentence text, and the two
// times that matter (publication, and when Herald stored it).
import type { StoredArticle } from '../../src/store/types.js';

export function newsArticle(id: string, title: string, published: number | null, ingestedAt: number): StoredArticle {
  const text = `${title}. The report on ${id} gives the details of what happened.`;
  return {
    id,
    title,
    standfirst: null,
    text,
    url: `https://news.example/${id}`,
    source: `Outlet ${id}`,
    author: null,
    published,
    ingestedAt,
    tags: [],
    filePath: null,
    sentences: [[0, text.length]],
    summary: [0],
    headlineSummary: text,
    keywords: [],
    entities: { people: [], organizations: [], places: [] },
    signature: [],
    storyKey: null,
    quotes: [],
  };
}
