import { SlashCommandBuilder } from 'discord.js';
import { latestStories } from '../src/core/digest.js';
import { ARTICLES_PER_STORY, toDigestArticles } from '../src/digests/candidates.js';
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
  execute(interaction, { store, now }) {
    const topic = interaction.options.getString('topic')?.trim() || null;
    const count = interaction.options.getInteger('count') ?? 5;
    const t = now();
    // Newest by publication (undated: first stored), as digests go: a file loaded today is not news
    // for that reason alone, and an article dated in the future waits for its date.
    const articles = store.articles.publishedBetween(Number.MIN_SAFE_INTEGER, t, count * ARTICLES_PER_STORY, { topic });
    if (articles.length === 0) {
      throw new UserError(topic ? `No stored article matches the topic “${topic}”.` : 'No articles are stored yet.');
    }
    const stories = latestStories(toDigestArticles(articles), { now: t, count });
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
