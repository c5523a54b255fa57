// Registers the slash commands only when their definitions (or where they go) changed since the last
// registration; a hash of both is kept in the database.
import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';

export interface CommandRegistry {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

const HASH_KEY = 'commands_hash';

export function hashDefinitions(
  definitions: unknown[],
  applicationId: string,
  guildId: string | undefined,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ definitions, applicationId, scope: guildId ?? 'global' }))
    .digest('hex');
}

/** Returns true when the commands were sent to Discord, false when nothing had changed. */
export async function registerCommands(options: {
  rest: REST;
  applicationId: string;
  guildId: string | undefined;
  definitions: unknown[];
  registry: CommandRegistry;
  force?: boolean;
}): Promise<boolean> {
  const { rest, applicationId, guildId, definitions, registry } = options;
  const hash = hashDefinitions(definitions, applicationId, guildId);
  if (!options.force && registry.get(HASH_KEY) === hash) return false;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: definitions });
  registry.set(HASH_KEY, hash);
  return true;
}
