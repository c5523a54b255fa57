// The only place that wires Herald together: config → store → ingest → client → router → digests;
// and the orderly shutdown on SIGINT/SIGTERM.
import { Events } from 'discord.js';
import { commands, type HeraldContext } from '../commands/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createDiscordClient } from './discord/client.js';
import { registerCommands } from './discord/register.js';
import { createRouter } from './discord/router.js';
import { createDelivery } from './digests/delivery.js';
import { createScheduler } from './digests/scheduler.js';
import { createDigestService } from './digests/service.js';
import { createLoader } from './ingest/loader.js';
import { parseStoredArticleFile as parseFile } from './ingest/parse-file.js';
import { watchArticles } from './ingest/watcher.js';
import { createLogger, type Logger } from './logger.js';
import { openStore } from './store/index.js';
import { readVersion } from './version.js';

const SHUTDOWN_LIMIT_MS = 9_000;

function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[token]') : text;
}

async function run(config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  const store = openStore(config.databasePath);
  const now = () => Date.now();
  const loader = createLoader(config.articlesDir, { store, parse: parseFile, logger, now });
  const report = loader.scan();
  logger.info('articles loaded', { ...report, stored: store.articles.count(), dir: config.articlesDir });
  const watcher = watchArticles(loader, { logger });

  const client = createDiscordClient(config.apiBase);
  const delivery = createDelivery({ store, rest: client.rest, logger, now });
  const scheduler = createScheduler({ logger, onSlot: (id, slot) => delivery.runSlot(id, slot) });
  const digests = createDigestService({
    store, delivery, scheduler, logger, now,
    defaultTimeZone: config.defaultTimeZone,
    minIntervalSeconds: config.digestMinInterval,
  });
  const context: HeraldContext = { store, config, logger, now, version: readVersion(), digests };
  const router = createRouter({ commands, context, logger });

  let accepting = true;
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const handled = router.handle(interaction).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  client.on(Events.Error, (error) => logger.error(`Discord client error: ${redact(error.message, config.discordToken)}`));
  client.rest.on('rateLimited', (info) => logger.debug('rate limited', { route: info.route, retryAfter: info.retryAfter }));

  client.once(Events.ClientReady, async (ready) => {
    logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size, ms: Date.now() - started });
    try {
      const changed = await registerCommands({
        rest: client.rest,
        applicationId: ready.application.id,
        guildId: config.guildId,
        definitions: router.definitions(),
        registry: store.meta,
      });
      logger.info(changed ? 'slash commands registered' : 'slash commands unchanged', { scope: config.guildId ?? 'global' });
    } catch (error) {
      logger.error(`registering slash commands failed: ${redact((error as Error).message, config.discordToken)}`);
    }
    await digests.start();
    logger.info('ready', { ms: Date.now() - started, digests: scheduler.scheduledCount() });
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    accepting = false;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.warn('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    watcher.close();
    await Promise.allSettled([...inFlight]);
    await digests.stop();
    await client.destroy();
    store.close();
    logger.info('stopped');
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await client.login(config.discordToken);
  } catch (error) {
    logger.error(`could not connect to Discord: ${redact((error as Error).message, config.discordToken)}`);
    watcher.close();
    store.close();
    process.exit(1);
  }
}

let config: Config;
try {
  config = loadConfig({ requireToken: true });
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
process.on('unhandledRejection', (reason) => {
  logger.error(`unexpected failure: ${redact(reason instanceof Error ? reason.message : String(reason), config.discordToken)}`);
});
await run(config, logger);
