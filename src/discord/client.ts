import { Client, GatewayIntentBits } from 'discord.js';

/**
 * The discord.js client: the Guilds intent only (no privileged intents), REST through the configured
 * base (Discord's own, a proxy, or the test stand-in), and no mentions allowed by default.
 */
export function createDiscordClient(apiBase: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiBase },
    allowedMentions: { parse: [], repliedUser: false },
  });
}
