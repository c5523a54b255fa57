import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render.js';
import type { HeraldContext } from './context.js';

export const about: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder().setName('about').setDescription('What Herald has stored').toJSON(),
  execute(_interaction, { store, version }) {
    const newest = store.articles.newest();
    return renderAbout({
      articles: store.articles.count(),
      newest: newest ? { title: newest.title, published: newest.published } : null,
      databaseBytes: store.sizeOnDisk(),
      version,
    });
  },
};
