import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { UserError } from '../src/discord/command.js';
import { decodeSearchButton, renderSearch, SEARCH_BUTTON_PREFIX } from '../src/discord/render.js';
import type { Store } from '../src/store/index.js';
import type { HeraldContext } from './context.js';

import { SEARCH_PAGE_SIZE } from '../src/store/types.js';

function searchPage(store: Store, query: string, page: number, ownerId: string) {
  const result = store.articles.search(query, { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE });
  const totalPages = Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
  if (result.total === 0) throw new UserError(`No stored article matches “${query.slice(0, 100)}”.`);
  if (result.hits.length === 0) throw new UserError(`There are only ${totalPages} page(s) of results for “${query.slice(0, 100)}”.`);
  return renderSearch(result.hits, query, page, totalPages, result.capped, ownerId);
}

export const search: CommandModule<HeraldContext> = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Search stored articles; "quoted words" match as a phrase')
    .addStringOption((o) => o.setName('query').setDescription('Words to find').setRequired(true).setMaxLength(90))
    .addIntegerOption((o) => o.setName('page').setDescription('Result page (from 1)').setMinValue(1))
    .toJSON(),
  buttonPrefix: SEARCH_BUTTON_PREFIX,
  execute(interaction, { store }) {
    const query = interaction.options.getString('query', true).trim();
    return searchPage(store, query, interaction.options.getInteger('page') ?? 1, interaction.user.id);
  },
  async button(interaction, { store }) {
    const state = decodeSearchButton(interaction.customId);
    if (!state) throw new UserError('This button is no longer valid; run /search again.');
    const presser = interaction.user.id;
    if (state.ownerId === presser) return searchPage(store, state.query, state.page, presser);
    // Someone else's results: the searcher's message stays as it is, and the presser gets that page
    // privately, with buttons of their own.
    await interaction.reply({ ...searchPage(store, state.query, state.page, presser), flags: MessageFlags.Ephemeral });
    return undefined;
  },
};
