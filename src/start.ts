// The bot process (`npm start` runs it through main.ts): validate the config, start the bot, and stop it in order on SIGINT/SIGTERM.
import { startBot, redact } from './bot.js';
import { ConfigError, databaseLocation, loadConfig, type Config } from './config.js';
import { startFeedPolling, type FeedPolling } from './feeds/run.js';
import { createLogger } from './logger.js';
import { StoreError } from './store/errors.js';
import { describeStoreError } from './store-error-text.js';
import { describePgUrl, isPostgresUrl } from './store/pg/index.js';
import { createStoreOutage } from './work/outage.js';
import { createErrorLog } from './web/index.js';

const SHUTDOWN_LIMIT_MS = 9_000;

let config: Config;
try {
  config = loadConfig({ requireToken: true });
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
const errorLog = createErrorLog(createLogger(config.logLevel));
const logger = errorLog.logger;
process.on('unhandledRejection', (reason) => {
  logger.error(
    `unexpected failure: ${redact(reason instanceof Error ? reason.message : String(reason), config.discordToken)}`,
  );
});

// An unreachable database is logged once, in words, by every periodic loop together, and once when back.
const location = databaseLocation(config);
const outage = createStoreOutage({
  logger,
  where: isPostgresUrl(location) ? describePgUrl(location) : location,
  describe: describeStoreError,
});

let bot: ReturnType<typeof startBot>;
try {
  bot = startBot(config, logger, { errors: errorLog, outage });
} catch (error) {
  const message = error instanceof StoreError ? describeStoreError(error) : (error as Error).message;
  logger.error(`could not start: ${redact(message, config.discordToken)}`);
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  const force = setTimeout(() => {
    logger.warn('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  force.unref();
  await feedPolling?.stop();
  await bot.stop();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

let feedPolling: FeedPolling | null = null;
bot.ready.then(
  () => {
    if (!stopping) feedPolling = startFeedPolling(config, logger, { outage });
  },
  () => undefined,
);

bot.ready.catch(async (error: unknown) => {
  logger.error((error as Error).message);
  await bot.stop();
  process.exit(1);
});
