// Opens the PostgreSQL store at argv[2] (migrating it), stores one article, and prints the schema
// version: several of these start at once in pg-store.test.ts. Uses the build (npm test builds first).
import process from 'node:process';
import { URL } from 'node:url';

const { openStore } = await import(new URL('../../dist/src/store/index.js', import.meta.url).href);
const [url, id] = process.argv.slice(2);
const store = openStore(url);
const now = Date.now();
store.articles.upsert([
  {
    id,
    title: `Article ${id}`,
    standfirst: null,
    text: `Stored by process ${id}.`,
    url: null,
    source: null,
    author: null,
    published: now,
    ingestedAt: now,
    tags: [],
    filePath: null,
    sentences: [],
    summary: [],
    headlineSummary: '',
    keywords: [],
    entities: { people: [], organizations: [], places: [] },
    signature: [],
    storyKey: null,
    quotes: [],
  },
]);
const version = store.pg.get('SELECT version FROM herald_schema').version;
store.close();
process.stdout.write(`${JSON.stringify({ id, version })}\n`);
