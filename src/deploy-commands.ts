// `npm run deploy-commands`: registers the slash commands without starting the bot.
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { ConfigError, databaseLocation, databaseWaitMs, loadConfig } from './config.js';
import { registerCommands } from './discord/register.js';
import { openStore } from './store/index.js';

try {
  const config = loadConfig({ requireToken: true });
  const rest = new REST({ api: config.apiBase }).setToken(config.discordToken ?? '');
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const store = openStore(databaseLocation(config), { waitMs: databaseWaitMs(config) });
  try {
    await registerCommands({
      rest,
      applicationId: app.id,
      guildId: config.guildId,
      definitions: commands.map((c) => c.data),
      registry: store.meta,
      force: true,
    });
  } finally {
    store.close();
  }
  process.stdout.write(
    `Registered ${commands.length} commands ${config.guildId ? `in server ${config.guildId}` : 'globally'}.\n`,
  );
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `deploy-commands: ${(error as Error).message}`}\n`,
  );
  process.exitCode = 1;
}
