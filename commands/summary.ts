import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { renderSummary } from '../src/discord/render.js';
import { valueOrUserError } from '../src/discord/words.js';
import { findArticle, headlineChoices, toArticleView } from '../src/operations/articles.js';
import type { HeraldContext } from './context.js';

export const summary: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription("An article's summary, its strongest quote and keywords")
    .addStringOption((o) =>
      o
        .setName('article')
        .setDescription('Headline (pick from the list) or article id')
        .setRequired(true)
        .setAutocomplete(true),
    )
    .addIntegerOption((o) =>
      o
        .setName('sentences')
        .setDescription('Summary sentences, exactly (1–10; default 3, or 2 when a third adds little)')
        .setMinValue(1)
        .setMaxValue(10),
    )
    .toJSON(),
  execute(interaction, { store }) {
    const article = valueOrUserError(findArticle(store, interaction.options.getString('article', true)));
    return renderSummary(toArticleView(article, interaction.options.getInteger('sentences')));
  },
  autocomplete(interaction, { store }) {
    return headlineChoices(store, interaction.options.getFocused());
  },
};
