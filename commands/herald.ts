import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError, type CommandModule } from '../src/discord/command.js';
import { notice } from '../src/discord/notice.js';
import { renderNotice } from '../src/discord/render.js';
import type { HeraldContext } from './context.js';

const data = new SlashCommandBuilder()
  .setName('herald')
  .setDescription('Herald settings for this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.Administrator)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('manager-role')
      .setDescription('Let a role manage feeds and alerts without Manage Server')
      .addRoleOption((o) => o.setName('role').setDescription('The role; leave out to clear it')),
  )
  .toJSON();

export const herald: CommandModule<HeraldContext> = {
  data,
  execute(interaction, { store }) {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Settings belong to a server; use this command in one.');
    // Checked here as well: the default permission above can be changed by the server's admins.
    if (interaction.memberPermissions?.has(PermissionFlagsBits.Administrator) !== true)
      throw new UserError('Only administrators can set the manager role.');
    const role = interaction.options.getRole('role');
    store.posts.setManagerRole(guildId, role?.id ?? null);
    return renderNotice(
      role
        ? notice`Members with the role ${role.name} can now manage feeds and alerts.`
        : notice`The manager role is cleared: managing feeds and alerts needs Manage Server.`,
    );
  },
};
