import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { UserError } from '../src/discord/command.js';
import { renderLatest } from '../src/discord/render.js';
import type { HeraldContext } from './context.js';

export const latest: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('latest')
    .setDescription('The newest stored articles, each with a one-sentence summary')
    .addStringOption((o) => o.setName('topic').setDescription('Only articles about this').setMaxLength(100))
    .addIntegerOption((o) => o.setName('count').setDescription('How many (1–10, default 5)').setMinValue(1).setMaxValue(10))
    .toJSON(),
  execute(interaction, { store }) {
    const topic = interaction.options.getString('topic')?.trim() || null;
    const count = interaction.options.getInteger('count') ?? 5;
    const articles = store.articles.latest({ topic, limit: count });
    if (articles.length === 0) {
      throw new UserError(topic ? `No stored article matches the topic “${topic}”.` : 'No articles are stored yet.');
    }
    return renderLatest(
      articles.map((a) => ({ ...a, summary: a.headlineSummary ? [a.headlineSummary] : [], quote: null })),
      topic,
    );
  },
};
