// `herald` on a terminal: the same store and operations as the bot. Exit 0 on success, 1 on bad
// usage or input, 2 on an internal error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadConfig, ConfigError, type Config } from './config.js';
import { parseArgs, UsageError, type ParsedArgs } from './cli-args.js';
import { runAnalyze, runGroup } from './cli-analyze.js';
import { FEED_USAGE, runFeedCommand } from './cli-feed.js';
import { showArticle, showLatest, showQuotes, showSearch, showSummary, type Out } from './cli-show.js';
import { createLogger } from './logger.js';
import { createLoader } from './ingest/loader.js';
import { parseStoredArticleFile as parseFile } from './ingest/parse-file.js';
import { toStoredArticle } from './ingest/to-stored.js';
import { openStore, type Store } from './store/index.js';

const USAGE = `Usage: herald <command> [options]

  ingest [PATH…]                  load article files (default: ARTICLES_DIR) into the store
  latest [--topic T] [--limit N]  the newest articles
  search QUERY [--page N]         full-text search; "quoted words" match as a phrase
  show ID                         one stored article
  summary ID|FILE [--sentences N] an article's summary, strongest quote and keywords
  quotes ID|FILE                  an article's quotes with their speakers
  analyze [--sentences N]         JSONL {id, text, title?} on stdin → one JSON analysis per line
  group                           JSONL {id, text, title?} on stdin → {id, story} per line
${FEED_USAGE}

Options: --json for machine-readable output; --help.`;

const BOOLEANS = ['json', 'help', 'all'] as const;

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

async function dispatch(command: string, args: ParsedArgs, out: Out, getConfig: () => Config): Promise<void> {
  if (command === 'analyze') return runAnalyze(readStdin(), args, out);
  if (command === 'group') return runGroup(readStdin(), out);
  const isFile = (p: string | undefined) => p !== undefined && existsSync(p) && statSync(p).isFile();
  const target = args.positionals[0];
  if ((command === 'summary' || command === 'quotes') && isFile(target)) {
    const bytes = readFileSync(target as string);
    const parsed = parseFile(target as string, bytes);
    for (const p of parsed.problems) out.err(`${target}: ${p}`);
    if (parsed.articles.length === 0) throw new UsageError(`${target}: no article could be read from this file`);
    const articles = parsed.articles.map((a) =>
      toStoredArticle(a, { ingestedAt: Date.now(), fallbackPublished: Math.round(statSync(target as string).mtimeMs), filePath: target as string }),
    );
    return command === 'summary' ? showSummary(articles, args, out) : showQuotes(articles, out);
  }
  const config = getConfig();
  const store = openStore(config.databasePath);
  try {
    await withStore(command, args, out, store, config);
  } finally {
    store.close();
  }
}

async function withStore(command: string, args: ParsedArgs, out: Out, store: Store, config: Config): Promise<void> {
  switch (command) {
    case 'ingest': {
      const logger = createLogger(args.flags.has('json') ? 'error' : 'warn', (line) => out.err(line));
      const paths = args.positionals.length > 0 ? args.positionals : [config.articlesDir];
      const totals = { files: 0, loaded: 0, unchanged: 0, skipped: 0, removed: 0, articles: 0 };
      for (const path of paths) {
        if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
        const isDir = statSync(path).isDirectory();
        const loader = createLoader(isDir ? path : '.', { store, parse: parseFile, logger, now: Date.now });
        const report = isDir ? loader.scan() : loader.loadPaths([path]);
        for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += report[key];
      }
      if (args.flags.has('json')) out.line(JSON.stringify({ ...totals, stored: store.articles.count() }));
      else
        out.line(
          `${totals.files} files: ${totals.loaded} loaded (${totals.articles} articles), ${totals.unchanged} unchanged, ` +
            `${totals.skipped} skipped, ${totals.removed} removed; ${store.articles.count()} articles stored`,
        );
      return;
    }
    case 'feed':
      return runFeedCommand(args, out, store, config);
    case 'latest':
      return showLatest(store, args, out);
    case 'search':
      return showSearch(store, args, out);
    case 'show':
    case 'summary':
    case 'quotes': {
      if (!target(args)) throw new UsageError(`${command} needs an article id or a file`);
      const article = store.articles.get(target(args) as string);
      if (!article) throw new UsageError(`no stored article has the id "${target(args)}", and no such file exists`);
      if (command === 'show') return showArticle(article, args, out);
      if (command === 'quotes') return showQuotes([article], out);
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
    await dispatch(command, args, out, () => loadConfig({ requireToken: false }));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      out.err(`herald: ${error.message}`);
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

function defaultOut(): Out {
  return {
    line: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}
