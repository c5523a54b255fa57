// Run by native-lifecycle.test.ts in a child process under `node --expose-gc`: the SQLite binding's
// native objects are created and dropped in bulk, collected (also from tasks of their own), used from worker threads (one ends on its
// own with its database still open, one is terminated mid-query), and the process exits with a store
// still open. better-sqlite3 12 aborted in exactly these places on Node 24.19 and later
// (`RemoveEnvironmentCleanupHook`, from a statement's destructor during collection or teardown).
import process from 'node:process';
import { setTimeout } from 'node:timers/promises';
import { URL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const { openStore } = await import(new URL('../../dist/src/store/index.js', import.meta.url).href);

const TOPICS = ['harbour', 'election', 'vaccine', 'drought'];

function article(i) {
  const topic = TOPICS[i % TOPICS.length];
  const text = `Report ${i} on the ${topic}. Officials said the ${topic} plans changed this week.`;
  return {
    id: `a${i}`,
    title: `${topic} update ${i}`,
    standfirst: null,
    text,
    url: null,
    source: 'Lifecycle Times',
    author: null,
    published: Date.UTC(2026, 0, 1 + i),
    ingestedAt: Date.UTC(2026, 0, 1 + i),
    tags: [topic],
    filePath: null,
    sentences: [[0, text.length]],
    summary: [0],
    headlineSummary: text,
    keywords: [topic],
    entities: { people: [], organizations: [], places: [] },
    signature: [],
    storyKey: null,
    quotes: [],
  };
}

/**
 * Prepares `perRound` distinct statements a round and drops them (some mid-iteration), then has them
 * collected by a collection that runs as a task of its own (execution: 'async'), outside any JavaScript
 * call, as a busy process's collections do: that is where a binding built on the raw node::ObjectWrap
 * found no environment. Returns how many statements answered with a row.
 */
async function churn(store, rounds, perRound) {
  let rows = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < perRound; i++) {
      const statement = store.db.prepare(
        `SELECT id, title FROM articles WHERE rowid > ? /* ${round}.${i} */`,
      );
      if (i % 50 === 0)
        rows += statement.iterate(i % 7).next().done ? 0 : 1; // an iterator left open
      else if (i % 10 === 0) rows += statement.all(i % 7).length > 0 ? 1 : 0;
      else rows += statement.get(i % 7) === undefined ? 0 : 1;
    }
    await globalThis.gc({ type: round % 2 === 0 ? 'major' : 'minor', execution: 'async' });
    await setTimeout(0);
  }
  return rows;
}

/** The ids found for each topic, in the order the store ranks them. */
function searchAll(store) {
  return Object.fromEntries(
    TOPICS.map((t) => [
      t,
      store.articles
        .search(t, { limit: 50, offset: 0 })
        .hits.map((h) => h.id)
        .sort(),
    ]),
  );
}

function runWorker(dbPath, mode) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dbPath, mode } });
    let answer = null;
    worker.on('message', (message) => {
      answer ??= message;
      if (mode === 'terminate') void worker.terminate();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => done({ code, answer }));
  });
}

if (isMainThread) {
  const dbPath = process.argv[2];
  const store = openStore(dbPath);
  store.articles.upsert(Array.from({ length: 40 }, (_, i) => article(i)));
  const churned = await churn(store, 20, 1500);
  const finished = await runWorker(dbPath, 'finish');
  const terminated = await runWorker(dbPath, 'terminate');
  const again = await churn(store, 10, 1500);
  // The store stays open, its statements alive: the binding's cleanup runs at process teardown.
  process.stdout.write(
    `${JSON.stringify({ churned, again, found: searchAll(store), finished, terminated: terminated.answer })}\n`,
  );
} else {
  const store = openStore(workerData.dbPath);
  if (workerData.mode === 'finish') {
    const churned = await churn(store, 10, 1500);
    parentPort.postMessage({ churned, found: searchAll(store) });
    // Ends with its database open and statements alive, torn down with the worker's environment.
  } else {
    for (;;) {
      parentPort.postMessage({ count: store.articles.count() });
      await churn(store, 1, 1500);
    }
  }
}
