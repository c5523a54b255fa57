import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError, type CommandModule } from '../src/discord/command.js';
import { channelMention, notice } from '../src/discord/notice.js';
import { renderNotice } from '../src/discord/render.js';
import { createPayload, EMBED_COLOR } from '../src/discord/render-kit.js';
import { escapeMarkdown, truncate } from '../src/discord/text.js';
import { testFilter } from '../src/operations/filters.js';
import type { HeraldContext } from './context.js';
import { checkCanPost, describePostProblem, requireManager, unwrap } from './post-kit.js';

const TESTED = 100;

const data = new SlashCommandBuilder()
  .setName('alert')
  .setDescription('Post every new story from any source that matches a filter')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Tell a channel about anything matching a filter')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where to post')
          .setRequired(true)
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      )
      .addStringOption((o) =>
        o
          .setName('filter')
          .setDescription('words, "phrases", -excluded, OR, title:, source:')
          .setRequired(true)
          .setMaxLength(300),
      )
      .addRoleOption((o) => o.setName('ping').setDescription('A role to mention with each post')),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's alerts"))
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Delete an alert')
      .addIntegerOption((o) =>
        o
          .setName('id')
          .setDescription('The alert’s number, as /alert list shows it')
          .setRequired(true)
          .setMinValue(1)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('test')
      .setDescription('Which of the last 100 stored stories a filter matches, and why')
      .addStringOption((o) =>
        o
          .setName('filter')
          .setDescription('words, "phrases", -excluded, OR, title:, source:')
          .setRequired(true)
          .setMaxLength(300),
      ),
  )
  .toJSON();

export const alert: CommandModule<HeraldContext> = {
  data,
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Alerts post to a server; use this command in one.');
    const { service } = ctx.posts;
    const sub = interaction.options.getSubcommand();
    if (sub !== 'list' && sub !== 'test') requireManager(interaction, ctx.store);
    switch (sub) {
      case 'add': {
        const channel = interaction.options.getChannel('channel', true);
        await checkCanPost(interaction, channel.id, 'post');
        const added = unwrap(
          service.addAlert({
            guildId,
            channelId: channel.id,
            filter: interaction.options.getString('filter', true).trim(),
            roleId: interaction.options.getRole('ping')?.id ?? null,
            format: 'full',
            mode: 'post',
            publish: false,
            userId: interaction.user.id,
          }),
        );
        return renderNotice(
          notice`Alert #${added.subscription.id} added: new stories matching ${added.subscription.filter ?? ''} will be posted in ${channelMention(channel.id)}.`,
        );
      }
      case 'list': {
        const lines = service
          .listAlerts(guildId)
          .map(
            (a) =>
              `**#${a.id}** <#${a.channelId}> \`${(a.filter ?? '').replace(/`/g, "'")}\`${a.roleId ? ` pings <@&${a.roleId}>` : ''}${a.pausedReason ? ` — paused: ${escapeMarkdown(a.pausedReason)}` : ''}`,
          );
        return {
          ...createPayload([
            {
              title: 'Alerts',
              description: lines.join('\n') || 'No alerts yet. /alert add adds one.',
              color: EMBED_COLOR,
            },
          ]),
          flags: MessageFlags.Ephemeral as const,
        };
      }
      case 'remove': {
        const removed = unwrap(service.removeAlert(interaction.options.getInteger('id', true), guildId));
        return renderNotice(notice`Alert #${removed.subscription.id} removed.`);
      }
      case 'test': {
        const text = interaction.options.getString('filter', true);
        const tested = testFilter(ctx.store, text, TESTED);
        if (!tested.ok)
          throw new UserError(describePostProblem({ code: 'filter', problem: tested.problem, filter: text }));
        const { checked, matches, timedOut } = tested.test;
        const lines = [
          ...matches.map(({ article, reasons }) => {
            const why = reasons.map((r) => `${escapeMarkdown(r.term)} in ${r.field ?? 'text'}`);
            return `• ${escapeMarkdown(truncate(article.title, 90))} — ${why.join(', ') || 'no excluded term'}`;
          }),
          ...timedOut.map(
            (a) =>
              `• ${escapeMarkdown(truncate(a.title, 90))} — not checked: the filter ran out of time on it`,
          ),
        ];
        const description = lines.length > 0 ? truncate(lines.join('\n'), 4000) : 'None of them matches.';
        return {
          ...createPayload([
            {
              title: `${matches.length} of the last ${checked} stories match`,
              description,
              color: EMBED_COLOR,
            },
          ]),
          flags: MessageFlags.Ephemeral as const,
        };
      }
      default:
        throw new UserError(`Unknown subcommand ${sub}.`);
    }
  },
  autocomplete(interaction, { posts }) {
    const typed = String(interaction.options.getFocused()).toLowerCase();
    return posts.service
      .listAlerts(interaction.guildId ?? '')
      .filter((a) => `${a.id} ${a.filter ?? ''}`.toLowerCase().includes(typed))
      .map((a) => ({ name: `#${a.id} ${a.filter ?? ''}`, value: a.id }));
  },
};
