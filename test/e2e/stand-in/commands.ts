// Registered application commands, global and per guild. A bulk overwrite (PUT) replaces the set
// but keeps the id of a command whose name and type survive, as Discord does, so an id a test saw
// before a re-registration still resolves.
import type { Json } from './api-shapes.js';
import type { SnowflakeSource } from './snowflake.js';

export interface StoredCommand extends Json {
  id: string;
  name: string;
  type: number;
}

const GLOBAL = 'global';

export class CommandRegistry {
  private readonly scopes = new Map<string, StoredCommand[]>();
  private version = 0;

  constructor(
    private readonly ids: SnowflakeSource,
    private readonly applicationId: string,
  ) {}

  list(guildId: string | null): StoredCommand[] {
    return this.scopes.get(guildId ?? GLOBAL) ?? [];
  }

  overwrite(guildId: string | null, definitions: readonly Json[]): StoredCommand[] {
    const previous = this.list(guildId);
    const next = definitions.map((definition) => this.store(guildId, definition, previous));
    this.scopes.set(guildId ?? GLOBAL, next);
    return next;
  }

  upsert(guildId: string | null, definition: Json): StoredCommand {
    const previous = this.list(guildId);
    const command = this.store(guildId, definition, previous);
    this.scopes.set(guildId ?? GLOBAL, [...previous.filter((c) => c.id !== command.id), command]);
    return command;
  }

  remove(guildId: string | null, commandId: string): boolean {
    const previous = this.list(guildId);
    const next = previous.filter((c) => c.id !== commandId);
    this.scopes.set(guildId ?? GLOBAL, next);
    return next.length !== previous.length;
  }

  /** The command a user would run by that name in that guild: guild commands shadow global ones. */
  find(guildId: string | null, name: string): StoredCommand | undefined {
    return (
      (guildId ? this.list(guildId).find((c) => c.name === name) : undefined) ??
      this.list(null).find((c) => c.name === name)
    );
  }

  private store(guildId: string | null, definition: Json, previous: readonly StoredCommand[]): StoredCommand {
    const type = typeof definition.type === 'number' ? definition.type : 1;
    const name = String(definition.name ?? '');
    const kept = previous.find((c) => c.name === name && c.type === type);
    this.version += 1;
    const command: StoredCommand = {
      description: '',
      options: [],
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...definition,
      id: kept?.id ?? this.ids.next(),
      application_id: this.applicationId,
      version: String(this.version),
      name,
      type,
    };
    if (guildId) command.guild_id = guildId;
    return command;
  }
}
