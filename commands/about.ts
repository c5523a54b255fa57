import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render.js';
import { storeStats } from '../src/operations/about.js';
import type { HeraldContext } from './context.js';

export const about: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder().setName('about').setDescription('What Herald has stored').toJSON(),
  execute(_interaction, { store, version }) {
    return renderAbout(storeStats(store, version));
  },
};
