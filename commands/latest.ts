import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { renderLatest } from '../src/discord/render.js';
import { valueOrUserError } from '../src/discord/words.js';
import { findLatest } from '../src/operations/latest.js';
import type { HeraldContext } from './context.js';

export const latest: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('latest')
    .setDescription('The newest stored articles, each with a one-sentence summary')
    .addStringOption((o) => o.setName('topic').setDescription('Only articles about this').setMaxLength(100))
    .addIntegerOption((o) =>
      o.setName('count').setDescription('How many (1–10, default 5)').setMinValue(1).setMaxValue(10),
    )
    .toJSON(),
  execute(interaction, { store, now }) {
    const topic = interaction.options.getString('topic')?.trim() || null;
    const count = interaction.options.getInteger('count') ?? 5;
    const stories = valueOrUserError(findLatest(store, { topic, count, now: now() }));
    return renderLatest(
      stories.map(({ lead, others }) => ({
        title: lead.title,
        url: lead.url,
        source: lead.source,
        published: lead.published ?? lead.ingestedAt,
        summary: lead.summary.slice(0, 1),
        others,
      })),
      topic,
    );
  },
};
