// Articles for digest and delivery tests: each its own outlet and link, a one-sentence text, and the two
// times that matter (publication, and when Herald stored it).
import type { StoredArticle } from '../../src/store/types.js';
import { storedArticle } from './varied-articles.js';

export function newsArticle(
  id: string,
  title: string,
  published: number | null,
  ingestedAt: number,
): StoredArticle {
  const text = `${title}. The report on ${id} gives the details of what happened.`;
  return storedArticle(id, title, text, { source: `Outlet ${id}`, published, ingestedAt });
}
