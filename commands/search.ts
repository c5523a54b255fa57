import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { UserError } from '../src/discord/command.js';
import { decodeSearchButton, renderSearch, SEARCH_BUTTON_PREFIX } from '../src/discord/render.js';
import { noSearchMatchText, valueOrUserError } from '../src/discord/words.js';
import { searchArticles } from '../src/operations/search.js';
import type { HeraldContext } from './context.js';

function searchPage({ store }: HeraldContext, query: string, page: number, ownerId: string) {
  const found = valueOrUserError(searchArticles(store, query, page));
  if (found.total === 0) throw new UserError(noSearchMatchText(query));
  return renderSearch(found.hits, query, page, found.pages, found.capped, ownerId, found.ignoredTerms);
}

export const search: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Search stored articles; "quoted words" match as a phrase')
    .addStringOption((o) =>
      o.setName('query').setDescription('Words to find').setRequired(true).setMaxLength(90),
    )
    .addIntegerOption((o) => o.setName('page').setDescription('Result page (from 1)').setMinValue(1))
    .toJSON(),
  buttonPrefix: SEARCH_BUTTON_PREFIX,
  execute(interaction, context) {
    const query = interaction.options.getString('query', true).trim();
    return searchPage(context, query, interaction.options.getInteger('page') ?? 1, interaction.user.id);
  },
  async button(interaction, context) {
    const state = decodeSearchButton(interaction.customId);
    if (!state) throw new UserError('This button is no longer valid; run /search again.');
    const presser = interaction.user.id;
    if (state.ownerId === presser) return searchPage(context, state.query, state.page, presser);
    // Someone else's results: the searcher's message stays as it is, and the presser gets that page
    // privately, with buttons of their own.
    await interaction.reply({
      ...searchPage(context, state.query, state.page, presser),
      flags: MessageFlags.Ephemeral,
    });
    return undefined;
  },
};
