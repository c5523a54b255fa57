import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { suggestTimeZones } from '../src/core/schedule/index.js';
import { UserError, type CommandModule } from '../src/discord/command.js';
import { checkBotCanPost, requireManageGuild } from '../src/discord/permissions.js';
import { renderDigest, renderNotice } from '../src/discord/render.js';
import {
  renderSubscriptionAdded,
  renderSubscriptionList,
  subscriptionTitle,
  toLine,
} from '../src/discord/render-subscriptions.js';
import { valueOrUserError as unwrap } from '../src/discord/words.js';
import { channelMention, notice, timestamp } from '../src/discord/notice.js';
import type { HeraldContext } from './context.js';

const POSTABLE = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
] as const;

const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('Scheduled news digests in this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Post a digest to a channel on a schedule')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where to post')
          .setRequired(true)
          .addChannelTypes(...POSTABLE),
      )
      .addStringOption((o) =>
        o
          .setName('schedule')
          .setDescription("'daily 09:00', 'weekdays 18:30', 'every 6 hours' or cron")
          .setRequired(true)
          .setMaxLength(100),
      )
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('IANA zone, e.g. Europe/Berlin')
          .setAutocomplete(true)
          .setMaxLength(64),
      )
      .addStringOption((o) => o.setName('topic').setDescription('Only articles about this').setMaxLength(100))
      .addIntegerOption((o) =>
        o
          .setName('max')
          .setDescription('Stories per digest (1–10, default 5)')
          .setMinValue(1)
          .setMaxValue(10),
      )
      .addStringOption((o) =>
        o.setName('name').setDescription('A name to tell digests apart').setMaxLength(80),
      ),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's digests"))
  .addSubcommand((s) => s.setName('remove').setDescription('Delete a digest').addIntegerOption(idOption))
  .addSubcommand((s) => s.setName('pause').setDescription('Pause a digest').addIntegerOption(idOption))
  .addSubcommand((s) =>
    s.setName('resume').setDescription('Resume a paused digest').addIntegerOption(idOption),
  )
  .addSubcommand((s) =>
    s.setName('send').setDescription('Post a digest now (its schedule stays)').addIntegerOption(idOption),
  )
  .addSubcommand((s) =>
    s
      .setName('preview')
      .setDescription('See what a digest would hold now (only you see it)')
      .addStringOption((o) =>
        o.setName('topic').setDescription('Only articles about this').setMaxLength(100),
      ),
  )
  .toJSON();

function idOption(o: import('discord.js').SlashCommandIntegerOption) {
  return o
    .setName('id')
    .setDescription('The digest’s number, as /digest list shows it')
    .setRequired(true)
    .setMinValue(1)
    .setAutocomplete(true);
}

const ephemeral = <T extends object>(payload: T) => ({ ...payload, flags: MessageFlags.Ephemeral as const });

export const digest: CommandModule<HeraldContext> = {
  data,
  async execute(interaction, { digests }) {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Digests belong to a server; use this command in one.');
    const sub = interaction.options.getSubcommand();
    const id = () => interaction.options.getInteger('id', true);
    if (sub !== 'list' && sub !== 'preview') requireManageGuild(interaction);
    switch (sub) {
      case 'add': {
        const channel = interaction.options.getChannel('channel', true);
        await checkBotCanPost(interaction, channel.id);
        const added = unwrap(
          digests.add({
            guildId,
            channelId: channel.id,
            schedule: interaction.options.getString('schedule', true),
            timeZone: interaction.options.getString('timezone'),
            topic: interaction.options.getString('topic')?.trim() || null,
            max: interaction.options.getInteger('max') ?? 5,
            name: interaction.options.getString('name')?.trim() || null,
            userId: interaction.user.id,
          }),
        );
        const status = { subscription: added.sub, words: added.words, nextRun: added.nextRun, last: null };
        return renderSubscriptionAdded(toLine(status));
      }
      case 'list':
        return renderSubscriptionList(digests.list(guildId).map(toLine));
      case 'remove': {
        const removed = unwrap(digests.remove(id(), guildId));
        return renderNotice(notice`Digest ${subscriptionTitle(removed.sub.id, removed.sub.name)} removed.`);
      }
      case 'pause': {
        const paused = unwrap(digests.pause(id(), guildId, interaction.user.username));
        return renderNotice(
          notice`Digest ${subscriptionTitle(paused.sub.id, paused.sub.name)} paused. /digest resume starts it again.`,
        );
      }
      case 'resume': {
        const found = unwrap(digests.get(id(), guildId));
        await checkBotCanPost(interaction, found.sub.channelId);
        const resumed = unwrap(digests.resume(id(), guildId));
        const title = subscriptionTitle(resumed.sub.id, resumed.sub.name);
        return renderNotice(
          resumed.nextRun
            ? notice`Digest ${title} resumed. Next digest ${timestamp(resumed.nextRun.getTime())}.`
            : notice`Digest ${title} resumed. It has no future run.`,
        );
      }
      case 'send': {
        // Posting may meet rate limits and retries: acknowledge first, privately.
        if (!interaction.deferred && !interaction.replied)
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const sent = unwrap(await digests.sendNow(id(), guildId));
        const n = sent.sub.id;
        const said = {
          sent: notice`Digest #${n} posted in ${channelMention(sent.sub.channelId)}.`,
          empty: notice`Nothing new since digest #${n}'s previous digest, so nothing was posted.`,
          paused: notice`Digest #${n} could not post and is now paused; see /digest list.`,
          failed: notice`Digest #${n} could not be posted; it will be tried again at its next slot.`,
          skipped: notice`Digest #${n} was already posted for this moment.`,
        };
        return renderNotice(said[sent.outcome]);
      }
      case 'preview': {
        const topic = interaction.options.getString('topic')?.trim() || null;
        const preview = digests.preview(topic, 5);
        if (!preview)
          throw new UserError(
            topic
              ? `Nothing published in the last 24 hours matches “${topic}”.`
              : 'Nothing was published in the last 24 hours.',
          );
        return ephemeral(renderDigest(preview));
      }
      default:
        throw new UserError(`Unknown subcommand ${sub}.`);
    }
  },
  autocomplete(interaction, { digests }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'timezone')
      return suggestTimeZones(focused.value, 25).map((z) => ({ name: z, value: z }));
    const typed = String(focused.value).toLowerCase();
    return digests
      .choices(interaction.guildId ?? '')
      .filter((s) => `${s.id} ${s.name ?? ''} ${s.topic ?? ''}`.toLowerCase().includes(typed))
      .map((s) => ({
        name: `#${s.id} ${s.name ?? s.schedule}${s.topic ? ` · ${s.topic}` : ''}`,
        value: s.id,
      }));
  },
};
