// `herald` on a terminal: the same store and operations as the bot. Exit 0 on success, 1 on bad
// usage or input, 2 on an internal error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { databaseLocation, databaseWaitMs, loadConfig, ConfigError, type Config } from '../config.js';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { runAnalyze, runGroup } from './analyze.js';
import { DB_USAGE, runDbCommand } from './db.js';
import { FEED_USAGE } from './feed-usage.js';
import { showFilterTest } from './filter.js';
import { showArticle, showLatest, showQuotes, showSearch, showSummary, type Out } from './show.js';
import { createLogger } from '../logger.js';
import { createLoader, emptyReport } from '../ingest/loader.js';
import { poolWhenAsked } from '../ingest/bulk-scan.js';
import { poolThreads } from '../ingest/pool.js';
import { describeIngest } from '../ingest/report-text.js';
import { describeStoreError } from '../store-error-text.js';
import { StoreError, toStoreError } from '../store/errors.js';
import { parseStoredArticleFile as parseFile } from '../ingest/parse-file.js';
import { toStoredArticle } from '../ingest/to-stored.js';
import { openStore, type Store } from '../store/index.js';

const USAGE = `Usage: herald <command> [options]

  ingest [PATH…]                  load article files (default: ARTICLES_DIR) into the store
  latest [--topic T] [--limit N]  the newest articles
  search QUERY [--page N]         full-text search; "quoted words" match as a phrase
  show ID                         one stored article
  filter FILTER [--limit N]       which of the newest N (100) stored articles a live-post filter matches, and why
  summary ID|FILE [--sentences N] an article's summary, strongest quote and keywords
  quotes ID|FILE                  an article's quotes with their speakers
  analyze [--sentences N]         JSONL {id, text, title?, lang?} on stdin → one JSON analysis per line
  group                           JSONL {id, text, title?, published?} on stdin → {id, story} per line
${FEED_USAGE}
${DB_USAGE}

Options: --json for machine-readable output; --help.`;

const BOOLEANS = ['json', 'help', 'all'] as const;

/** The options each command reads; any other is a mistake worth saying, not one to ignore. */
const COMMAND_FLAGS: Record<string, readonly string[]> = {
  ingest: [],
  latest: ['topic', 'limit'],
  search: ['page'],
  show: [],
  filter: ['limit'],
  summary: ['sentences'],
  quotes: [],
  analyze: ['sentences'],
  group: [],
  feed: ['name', 'interval', 'full-text', 'limit', 'all'],
  db: ['to', 'from'],
};

/** Refuses an option the command does not have, naming the ones it has. */
function checkFlags(command: string, args: ParsedArgs): void {
  const known = COMMAND_FLAGS[command];
  if (known === undefined) return;
  for (const flag of args.flags.keys()) {
    if (flag === 'json' || flag === 'help' || known.includes(flag)) continue;
    const options = [...known, 'json'].map((name) => `--${name}`).join(', ');
    throw new UsageError(
      `${command} has no option --${flag} (its options: ${options}); ` +
        'settings such as the database and the articles folder come from .env (see .env.example)',
    );
  }
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs a command; the exit status is 1 when some input lines were bad, else 0 (errors are thrown). */
async function dispatch(
  command: string,
  args: ParsedArgs,
  out: Out,
  getConfig: () => Config,
): Promise<number> {
  if (command === 'analyze') return runAnalyze(readStdin(), args, out) > 0 ? 1 : 0;
  if (command === 'group') return runGroup(readStdin(), out) > 0 ? 1 : 0;
  const isFile = (p: string | undefined) => p !== undefined && existsSync(p) && statSync(p).isFile();
  const target = args.positionals[0];
  if ((command === 'summary' || command === 'quotes') && isFile(target)) {
    const bytes = readFileSync(target as string);
    const parsed = parseFile(target as string, bytes);
    for (const p of parsed.problems) out.err(`${target}: ${p}`);
    if (parsed.articles.length === 0)
      throw new UsageError(`${target}: no article could be read from this file`);
    const articles = parsed.articles.map((a) =>
      toStoredArticle(a, {
        ingestedAt: Date.now(),
        fallbackPublished: Math.round(statSync(target as string).mtimeMs),
        filePath: target as string,
      }),
    );
    if (command === 'summary') showSummary(articles, args, out);
    else showQuotes(articles, args, out);
    return 0;
  }
  const config = getConfig();
  if (command === 'db') {
    runDbCommand(args, out, config);
    return 0;
  }
  try {
    const store = openStore(databaseLocation(config), { waitMs: databaseWaitMs(config) });
    try {
      await withStore(command, args, out, store, config);
    } finally {
      store.close();
    }
    return 0;
  } catch (error) {
    throw toStoreError(error, config.databasePath);
  }
}

async function withStore(
  command: string,
  args: ParsedArgs,
  out: Out,
  store: Store,
  config: Config,
): Promise<void> {
  switch (command) {
    case 'ingest': {
      const logger = createLogger(args.flags.has('json') ? 'error' : 'warn', (line) => out.err(line));
      const paths = args.positionals.length > 0 ? args.positionals : [config.articlesDir];
      const totals = emptyReport();
      for (const path of paths)
        if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
      // One pool for every PATH, started by the first scan with enough changed files.
      const pool = poolWhenAsked(poolThreads(config.ingestWorkers));
      try {
        for (const path of paths) {
          // Each PATH is a root: what is read stays inside it, as ARTICLES_DIR's scan stays inside that.
          const loader = createLoader(path, {
            store,
            parse: parseFile,
            logger,
            now: Date.now,
            followSymlinks: config.followSymlinks,
          });
          const report = await loader.scanBulk(pool.open);
          for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += report[key];
        }
      } finally {
        await pool.close();
      }
      const stored = store.articles.count();
      if (args.flags.has('json')) out.line(JSON.stringify({ ...totals, stored }));
      else out.line(describeIngest(totals, stored));
      return;
    }
    case 'feed': {
      // Loaded when asked for: the poller and its parsers would slow every other command's start.
      const { runFeedCommand } = await import('./feed.js');
      return runFeedCommand(args, out, store, config);
    }
    case 'latest':
      return showLatest(store, args, out);
    case 'search':
      return showSearch(store, args, out);
    case 'filter':
      return showFilterTest(store, args, out);
    case 'show':
    case 'summary':
    case 'quotes': {
      if (!target(args)) throw new UsageError(`${command} needs an article id or a file`);
      const article = store.articles.get(target(args) as string);
      if (!article)
        throw new UsageError(`no stored article has the id "${target(args)}", and no such file exists`);
      if (command === 'show') return showArticle(article, args, out);
      if (command === 'quotes') return showQuotes([article], args, out);
      return showSummary([article], args, out);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

const target = (args: ParsedArgs) => args.positionals[0];

export async function runCli(argv: string[], out: Out = defaultOut()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(rest, BOOLEANS);
    if (!command || command === '--help' || command === 'help' || args.flags.has('help')) {
      out.line(USAGE);
      return command ? 0 : 1;
    }
    checkFlags(command, args);
    return await dispatch(command, args, out, () => loadConfig({ requireToken: false }));
  } catch (error) {
    if (error instanceof UsageError) {
      out.err(`herald: ${error.message}`);
      return 1;
    }
    if (error instanceof StoreError) {
      out.err(`herald: ${describeStoreError(error)}`);
      return 1;
    }
    if (error instanceof ConfigError) {
      out.err(error.message);
      return 1;
    }
    out.err(`herald: internal error: ${(error as Error).message}`);
    return 2;
  }
}

/**
 * stdout and stderr. A reader that stops early (`herald search x | head -1`) closes the pipe: the rest
 * of the output is dropped and the command ends as it would have, quietly, like other Unix tools.
 */
function defaultOut(): Out {
  const write = (stream: NodeJS.WriteStream) => {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      closed = true;
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      if (stream !== process.stderr)
        process.stderr.write(`herald: cannot write the output: ${error.message}\n`);
      process.exit(2);
    });
    return (text: string) => {
      if (!closed) stream.write(`${text}\n`);
    };
  };
  return { line: write(process.stdout), err: write(process.stderr) };
}
