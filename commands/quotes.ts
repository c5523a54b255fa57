import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { renderQuotes } from '../src/discord/render.js';
import { quotesScope, valueOrUserError } from '../src/discord/words.js';
import { headlineChoices, toQuoteView } from '../src/operations/articles.js';
import { findQuotes, speakerChoices } from '../src/operations/quotes.js';
import type { HeraldContext } from './context.js';

export const quotes: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('quotes')
    .setDescription('Who said what: quotes from an article, or by a speaker across the archive')
    .addStringOption((o) =>
      o
        .setName('article')
        .setDescription('Headline (pick from the list) or article id')
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Part of a speaker’s name').setAutocomplete(true).setMaxLength(100),
    )
    .toJSON(),
  execute(interaction, { store }) {
    const found = valueOrUserError(
      findQuotes(store, {
        article: interaction.options.getString('article'),
        speaker: interaction.options.getString('speaker'),
      }),
    );
    const heading = `Quotes ${quotesScope(found.speaker, found.article?.title ?? null)}`;
    return renderQuotes(found.quotes.map(toQuoteView), heading);
  },
  autocomplete(interaction, { store }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'speaker') return speakerChoices(store, focused.value);
    return headlineChoices(store, focused.value);
  },
};
