// The one place that wires the bot: config → store → ingest → client → router → digests (the commands
// get a small HeraldContext, not this whole world); and stops it in order. start.ts only calls startBot.
import { Events } from 'discord.js';
import { commands, type HeraldContext } from '../commands/index.js';
import { databaseLocation, databaseWaitMs, type Config } from './config.js';
import { createDiscordClient } from './discord/client.js';
import { registerCommands } from './discord/register.js';
import { createRouter } from './discord/router.js';
import { createDelivery } from './digests/delivery.js';
import { createScheduler } from './digests/scheduler.js';
import { createDigestService } from './digests/service.js';
import { startBackgroundLoader } from './ingest/background.js';
import { poolThreads } from './ingest/pool.js';
import type { Logger } from './logger.js';
import { openStore } from './store/index.js';
import { setUpFeeds } from './feeds/setup.js';
import { createPostDelivery } from './posts/delivery.js';
import { createPostService } from './posts/service.js';
import { readVersion } from './version.js';
import { startStatus, type ErrorLog } from './web/index.js';
import { createClaimedDigests } from './digests/claimed.js';
import { startClaims } from './work/claims.js';
import { postsKey } from './work/keys.js';
import { startLeadership } from './work/leader.js';
import { logEachFailure, type StoreOutage } from './work/outage.js';

export interface Bot {
  /** Resolves when connected, commands registered, the folder first scanned and digests scheduled. */
  ready: Promise<void>;
  /** Stops accepting work, finishes what is in flight, closes the client and the database. */
  stop(): Promise<void>;
}

export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[token]') : text;
}

export function startBot(
  config: Config,
  logger: Logger,
  options: { now?: () => number; errors?: ErrorLog; outage?: StoreOutage } = {},
): Bot {
  const started = Date.now();
  const now = options.now ?? (() => Date.now());
  // The periodic loops say an unreachable store once, not at every turn (start.ts shares one with feed polling).
  const report = options.outage?.report ?? logEachFailure(logger);
  const store = openStore(databaseLocation(config), {
    waitMs: databaseWaitMs(config),
    ...(options.outage && { onConnection: options.outage.onConnection }),
  });
  // The path (a URL without its password) is for the operator: /about no longer shows it to every member.
  logger.info('database opened', { path: store.path });
  // Periodic work (feed polls, live posts per channel, digest slots, the folder) is claimed in the store,
  // so with several processes each unit is done by one of them (src/work/).
  const claims = startClaims(store.leases, config, now, logger, report);
  // The folder is scanned (then watched) on the loader's own thread while the client connects, by the
  // process that leads; the bot is ready when both are done, and answers interactions whatever the loader does.
  const leader = startLeadership({
    claims,
    logger,
    report,
    everyMs: claims.ttlMs / 3,
    startLoader: () => {
      const loader = startBackgroundLoader({
        databasePath: databaseLocation(config),
        articlesDir: config.articlesDir,
        followSymlinks: config.followSymlinks,
        ingestWorkers: poolThreads(config.ingestWorkers),
        logger,
      });
      loader.scanned.then(
        ({ report, stored }) =>
          logger.info('articles loaded', { ...report, stored, dir: config.articlesDir }),
        (error: unknown) => logger.error(`loading ${config.articlesDir} failed: ${(error as Error).message}`),
      );
      return loader;
    },
  });
  const scanned = leader.firstScan.catch(() => undefined);

  const client = createDiscordClient(config.apiBase, config.shards);
  const status = config.status
    ? startStatus({ config: config.status, store, client, logger, errors: options.errors ?? null, now })
    : null;
  const delivery = createClaimedDigests({
    store,
    claims,
    logger,
    report,
    enqueue: (id, slot) => scheduler.enqueue(id, slot),
    delivery: createDelivery({
      store,
      rest: client.rest,
      logger,
      now,
      onPaused: (ids) => ids.forEach((id) => scheduler.sync(id, store.subscriptions.get(id))),
    }),
  });
  const scheduler = createScheduler({ logger, report, onSlot: (id, slot) => delivery.runSlot(id, slot) });
  const digests = createDigestService({
    store,
    delivery,
    scheduler,
    logger,
    now,
    defaultTimeZone: config.defaultTimeZone,
    minIntervalSeconds: config.digestMinInterval,
    mayCatchUp: delivery.mayCatchUp,
  });
  const feeds = setUpFeeds(store, config.feeds, {
    version: readVersion(),
    now,
    analysisThreads: poolThreads(config.ingestWorkers),
  });
  const postDelivery = createPostDelivery({
    store,
    rest: client.rest,
    logger,
    report,
    now,
    mayPost: (channelId) => claims.take(postsKey(channelId)),
  });
  const posts = { service: createPostService({ store, feeds: feeds.service, now }), delivery: postDelivery };
  // Live posts follow the store, whichever process stored the articles: a round after loading and then on a timer.
  let postTimer: NodeJS.Timeout | null = null;
  const context: HeraldContext = {
    store,
    config: { feeds: config.feeds },
    now,
    version: readVersion(),
    digests,
    posts,
  };
  const router = createRouter({ commands, context, logger });

  let accepting = true;
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const handled = router.handle(interaction).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  client.on(Events.Error, (error) =>
    logger.error(`Discord client error: ${redact(error.message, config.discordToken)}`),
  );

  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, async (me) => {
      logger.info('connected to Discord', {
        user: me.user.tag,
        guilds: me.guilds.cache.size,
        shards: `${me.ws.shards.map((s) => s.id).join(',')} of ${me.options.shardCount ?? 1}`,
        ms: Date.now() - started,
      });
      // Commands are registered at once, so a new server sees them while a large folder is still read;
      // they answer from what is stored so far. Digests and live posts wait for the first scan.
      try {
        const changed = await registerCommands({
          rest: client.rest,
          applicationId: me.application.id,
          guildId: config.guildId,
          definitions: router.definitions(),
          registry: store.meta,
        });
        logger.info(changed ? 'slash commands registered' : 'slash commands unchanged', {
          scope: config.guildId ?? 'global',
        });
      } catch (error) {
        logger.error(
          `registering slash commands failed: ${redact((error as Error).message, config.discordToken)}`,
        );
      }
      await scanned;
      logger.info('ready', { ms: Date.now() - started });
      resolve();
      digests
        .start()
        .catch((error: unknown) => logger.error(`starting digests failed: ${(error as Error).message}`));
      delivery.start(scheduler, claims.ttlMs / 3);
      void postDelivery.tick();
      postTimer = setInterval(() => void postDelivery.tick(), config.postCheckSeconds * 1000);
    });
    client.login(config.discordToken).catch((error: unknown) => {
      reject(
        new Error(`could not connect to Discord: ${redact((error as Error).message, config.discordToken)}`),
      );
    });
  });

  let stopping: Promise<void> | null = null;
  return {
    // A status page that can't listen (port taken, say) stops start-up with its reason.
    ready: status ? Promise.all([ready, status]).then(() => undefined) : ready,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        await (await status?.catch(() => null))?.close();
        await leader.stop();
        await Promise.allSettled([...inFlight]);
        delivery.stop();
        await digests.stop();
        if (postTimer) clearInterval(postTimer);
        await postDelivery.stop();
        feeds.close();
        await client.destroy();
        claims.stop();
        store.close();
      })();
      return stopping;
    },
  };
}
