// The CLI's one-line summary of a load.
import type { LoadReport } from './loader.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeIngest(r: LoadReport, stored: number): string {
  const duplicates =
    r.duplicates > 0 ? `, ${plural(r.duplicates, 'duplicate', 'duplicates')} of stored articles` : '';
  const reread = r.reread > 0 ? `; ${r.reread} read again after an update of Herald` : '';
  return (
    `${plural(r.files, 'file', 'files')}: ${r.loaded} loaded (${plural(r.articles, 'article', 'articles')}${duplicates}${reread}), ` +
    `${r.unchanged} unchanged, ${r.skipped} skipped, ${r.removed} removed; ${plural(stored, 'article', 'articles')} stored`
  );
}
