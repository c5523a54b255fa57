// The status page's one door for the bot: watch the client, count what Discord answers, serve.
import type { Client } from 'discord.js';
import type { StatusConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { observeDiscord } from './discord-hooks.js';
import { watchGateway } from './gateway.js';
import { createMetrics } from './metrics.js';
import type { ErrorLog } from './recent-errors.js';
import { startStatusServer, type StatusServer } from './server.js';

export type { StatusServer } from './server.js';
export { createErrorLog, type ErrorLog } from './recent-errors.js';

export async function startStatus(options: {
  config: StatusConfig;
  store: Store;
  client: Client;
  logger: Logger;
  errors: ErrorLog | null;
  now: () => number;
}): Promise<StatusServer> {
  const { config, store, client, logger, now } = options;
  const gateway = watchGateway(client, now);
  const metrics = createMetrics(store.status, gateway, { now });
  observeDiscord(client, metrics, now);
  const server = await startStatusServer({
    store,
    gateway,
    metrics,
    logger,
    host: config.host,
    port: config.port,
    token: config.token,
    errors: options.errors,
    now,
  }).catch((error: unknown) => {
    throw new Error(
      `the status page could not listen on ${config.host}:${config.port} (STATUS_HOST, STATUS_PORT): ${(error as Error).message}`,
    );
  });
  logger.info('status page listening', {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${server.port}/`,
    token: config.token ? 'required' : 'not required',
  });
  return server;
}
