import {
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandIntegerOption,
} from 'discord.js';
import { UserError, type CommandModule } from '../src/discord/command.js';
import { CROSSPOSTS_PER_HOUR } from '../src/discord/limits.js';
import { channelMention, notice } from '../src/discord/notice.js';
import { renderNotice } from '../src/discord/render.js';
import { createPayload, EMBED_COLOR } from '../src/discord/render-kit.js';
import { toPreviewPayload } from '../src/discord/render-post.js';
import { escapeMarkdown, truncate } from '../src/discord/text.js';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '../src/feeds/schedule.js';
import { previewFeed } from '../src/posts/preview.js';
import type { PostFormat, PostMode } from '../src/store/posts.js';
import type { HeraldContext } from './context.js';
import { checkCanPost, describePostProblem, POST_CHANNELS, requireManager, unwrap } from './post-kit.js';

const FORMATS = ['full', 'compact', 'text'].map((f) => ({ name: f, value: f }));
const MODES = ['post', 'thread', 'forum'].map((m) => ({ name: m, value: m }));

const idOption = (o: SlashCommandIntegerOption) =>
  o
    .setName('id')
    .setDescription('The feed’s number, as /feed list shows it')
    .setRequired(true)
    .setMinValue(1)
    .setAutocomplete(true);

const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Feeds and the channels their new stories are posted to')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add a feed, and post its new stories to a channel')
      .addStringOption((o) =>
        o.setName('url').setDescription('The feed or site address').setRequired(true).setMaxLength(2000),
      )
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where to post new stories')
          .addChannelTypes(...POST_CHANNELS),
      )
      .addStringOption((o) => o.setName('name').setDescription('A name for the feed').setMaxLength(100))
      .addIntegerOption((o) =>
        o
          .setName('interval')
          .setDescription('Minutes between checks')
          .setMinValue(MIN_INTERVAL_MINUTES)
          .setMaxValue(MAX_INTERVAL_MINUTES),
      )
      .addStringOption((o) =>
        o
          .setName('filter')
          .setDescription('Only stories matching: words, "phrases", -excluded, OR, title:, source:')
          .setMaxLength(300),
      )
      .addRoleOption((o) => o.setName('ping').setDescription('A role to mention with each post'))
      .addStringOption((o) =>
        o
          .setName('format')
          .setDescription('full (default), compact or text')
          .addChoices(...FORMATS),
      )
      .addStringOption((o) =>
        o
          .setName('mode')
          .setDescription('post (default), thread per post, or forum post')
          .addChoices(...MODES),
      )
      .addBooleanOption((o) =>
        o.setName('publish').setDescription('In announcement channels, publish posts to following servers'),
      ),
  )
  .addSubcommand((s) => s.setName('list').setDescription('Feeds, their health and where they post'))
  .addSubcommand((s) =>
    s.setName('remove').setDescription('Remove a feed and its posting').addIntegerOption(idOption),
  )
  .addSubcommand((s) => s.setName('pause').setDescription('Stop checking a feed').addIntegerOption(idOption))
  .addSubcommand((s) =>
    s
      .setName('resume')
      .setDescription('Check a paused feed again and resume its posting')
      .addIntegerOption(idOption),
  )
  .addSubcommand((s) =>
    s
      .setName('test')
      .setDescription('See a feed’s newest three items as they would be posted (only you see it)')
      .addStringOption((o) =>
        o.setName('url').setDescription('The feed or site address').setRequired(true).setMaxLength(2000),
      )
      .addStringOption((o) =>
        o
          .setName('format')
          .setDescription('full (default), compact or text')
          .addChoices(...FORMATS),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('send')
      .setDescription('Post a feed’s newest item now, to test the setup')
      .addIntegerOption(idOption),
  )
  .toJSON();

/** Said in /feed list when posts went unpublished: Discord's hourly crosspost budget for the channel was spent. */
function describeSkipped(skipped: number): string {
  if (skipped === 0) return '';
  const posts = skipped === 1 ? '1 post was' : `${skipped} posts were`;
  return ` (publishing skipped: ${posts} not published to following servers in the last hour; Discord allows ${CROSSPOSTS_PER_HOUR} an hour per channel)`;
}

const ephemeral = <T extends object>(payload: T) => ({ ...payload, flags: MessageFlags.Ephemeral as const });

export const feed: CommandModule<HeraldContext> = {
  data,
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Feeds post to a server; use this command in one.');
    const { service, delivery } = ctx.posts;
    const sub = interaction.options.getSubcommand();
    const id = () => interaction.options.getInteger('id', true);
    // Only the list is for everyone: /feed test makes Herald fetch the URL it is given, as /feed add does.
    if (sub !== 'list') requireManager(interaction, ctx.store);
    switch (sub) {
      case 'add': {
        const channel = interaction.options.getChannel('channel');
        const mode = (interaction.options.getString('mode') ?? 'post') as PostMode;
        if (channel) await checkCanPost(interaction, channel.id, mode);
        const filter = interaction.options.getString('filter')?.trim() || null;
        const bad = service.checkFilter(filter);
        if (bad) throw new UserError(describePostProblem(bad));
        const added = unwrap(
          await service.addFeed(
            interaction.options.getString('url', true).trim(),
            {
              name: interaction.options.getString('name')?.trim() || null,
              intervalMinutes: interaction.options.getInteger('interval'),
            },
            channel && {
              guildId,
              channelId: channel.id,
              filter,
              roleId: interaction.options.getRole('ping')?.id ?? null,
              format: (interaction.options.getString('format') ?? 'full') as PostFormat,
              mode,
              publish: interaction.options.getBoolean('publish') ?? false,
              userId: interaction.user.id,
            },
          ),
        );
        const title = truncate(added.feed.title, 100);
        const verb = added.existed ? 'was already added' : 'added';
        if (!channel) return renderNotice(notice`Feed #${added.feed.id} ${verb}: ${title}.`);
        return renderNotice(
          notice`Feed #${added.feed.id} ${verb}: ${title}. New stories will be posted in ${channelMention(channel.id)}; the ${added.items} items it has now are not.`,
        );
      }
      case 'list': {
        const lines = service.listFeeds(guildId).map(({ feed: f, subscriptions }) => {
          const health =
            f.state === 'ok'
              ? 'ok'
              : f.state === 'paused'
                ? `paused: ${f.reason ?? 'by hand'} (/feed resume ${f.id})`
                : `failing: ${f.reason ?? 'unknown'}, next try <t:${Math.floor(f.nextFetchAt / 1000)}:R>`;
          const posts = subscriptions.map(
            (s) =>
              `<#${s.channelId}>${s.pausedReason ? ` (paused: ${escapeMarkdown(s.pausedReason)})` : ''}${s.filter ? ` filter \`${s.filter.replace(/`/g, "'")}\`` : ''}${describeSkipped(service.publishSkipped(s))}`,
          );
          return `**#${f.id}** ${escapeMarkdown(truncate(f.title, 80))} — ${escapeMarkdown(health)}${posts.length > 0 ? `\nposts to ${posts.join(', ')}` : ''}`;
        });
        const description = lines.length > 0 ? lines.join('\n') : 'No feeds yet. /feed add adds one.';
        return ephemeral(createPayload([{ title: 'Feeds', description, color: EMBED_COLOR }]));
      }
      case 'remove': {
        const removed = unwrap(service.removeFeed(id(), guildId));
        if (removed.shared)
          return renderNotice(
            notice`Feed #${removed.feed.id} no longer posts in this server; another server still posts it, so the feed stays.`,
          );
        return renderNotice(notice`Feed #${removed.feed.id} removed, with its posting.`);
      }
      case 'pause': {
        const paused = unwrap(service.pauseFeed(id(), guildId));
        const where = paused.shared ? ' in this server (another server still posts it)' : '';
        return renderNotice(
          notice`Feed #${paused.feed.id} paused${where}. /feed resume ${paused.feed.id} starts it again.`,
        );
      }
      case 'resume': {
        for (const s of service.subscriptionsOfFeed(id(), guildId))
          await checkCanPost(interaction, s.channelId, s.mode);
        const resumed = unwrap(service.resumeFeed(id(), guildId));
        return renderNotice(
          notice`Feed #${resumed.feed.id} resumed${resumed.resumed.length > 0 ? `, posting again in ${resumed.resumed.length} channel(s)` : ''}.`,
        );
      }
      case 'test': {
        const format = (interaction.options.getString('format') ?? 'full') as PostFormat;
        const preview = await previewFeed(interaction.options.getString('url', true).trim(), {
          config: ctx.config.feeds,
          version: ctx.version,
          now: ctx.now,
          format,
          count: 3,
        });
        if (!preview.ok) throw new UserError(describePostProblem({ code: 'feed', problem: preview.problem }));
        if (preview.posts.length === 0) throw new UserError('That feed has no items yet.');
        const payload = preview.posts.map(toPreviewPayload);
        const embeds = payload.flatMap((p) => p.embeds);
        const content = [
          `Newest ${payload.length} of ${escapeMarkdown(truncate(preview.title, 100))}, as they would be posted:`,
          ...payload.map((p) => p.content ?? '').filter((c) => c !== ''),
        ].join('\n\n');
        return ephemeral(createPayload(embeds, [], content));
      }
      case 'send': {
        const subs = service.subscriptionsOfFeed(id(), guildId);
        if (subs.length === 0)
          throw new UserError(
            `Feed #${id()} posts to no channel in this server; /feed add with a channel sets that up.`,
          );
        const newest = ctx.store.feeds.newestItems(id(), 1)[0];
        if (!newest) throw new UserError(`Feed #${id()} has no items yet.`);
        const outcomes = await Promise.all(subs.map((s) => delivery.sendNow(s, newest.id)));
        const said = outcomes.map((o) => (o === 'already' ? 'already posted there' : o)).join(', ');
        return renderNotice(notice`Feed #${id()}'s newest item, in ${subs.length} channel(s): ${said}.`);
      }
      default:
        throw new UserError(`Unknown subcommand ${sub}.`);
    }
  },
  autocomplete(interaction, { posts }) {
    const typed = String(interaction.options.getFocused()).toLowerCase();
    if (!interaction.guildId) return [];
    return posts.service
      .listFeeds(interaction.guildId)
      .map(({ feed: f }) => f)
      .filter((f) => `${f.id} ${f.title} ${f.url}`.toLowerCase().includes(typed))
      .map((f) => ({ name: `#${f.id} ${f.title}`, value: f.id }));
  },
};
