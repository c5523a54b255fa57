import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { UserError } from '../src/discord/command.js';
import { renderQuotes } from '../src/discord/render.js';
import { findArticle, headlineChoices, toQuoteView } from '../src/operations/articles.js';
import type { HeraldContext } from './context.js';

const QUOTES_LIMIT = 15;

export const quotes: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('quotes')
    .setDescription('Who said what: quotes from an article, or by a speaker across the archive')
    .addStringOption((o) => o.setName('article').setDescription('Headline (pick from the list) or article id').setAutocomplete(true))
    .addStringOption((o) => o.setName('speaker').setDescription('Part of a speaker’s name').setAutocomplete(true).setMaxLength(100))
    .toJSON(),
  execute(interaction, { store }) {
    const articleText = interaction.options.getString('article');
    const speaker = interaction.options.getString('speaker')?.trim() || null;
    if (!articleText && !speaker) throw new UserError('Give an article, a speaker, or both.');
    const article = articleText ? findArticle(store, articleText) : null;
    const found = store.quotes.find({ articleId: article?.id ?? null, speaker, limit: QUOTES_LIMIT });
    const scope = [speaker ? `by “${speaker}”` : null, article ? `in “${article.title}”` : null].filter(Boolean).join(' ');
    if (found.length === 0) throw new UserError(`No quotes found ${scope}.`);
    return renderQuotes(found.map(toQuoteView), `Quotes ${scope}`);
  },
  autocomplete(interaction, { store }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'speaker') return store.quotes.speakers(focused.value, 25).map((s) => ({ name: s, value: s }));
    return headlineChoices(store, focused.value);
  },
};
