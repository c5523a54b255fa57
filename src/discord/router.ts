// One place that runs every interaction handler: it acknowledges in time, sends what the handler returns,
// turns a UserError into an ephemeral message, and logs anything else under a short reference the user sees.
import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { UserError, type CommandContext, type CommandModule } from './command.js';
import type { Notice } from './notice.js';
import { autocompleteChoices, renderError, type MessagePayload, type ReplyPayload } from './render.js';

export { UserError } from './command.js';
export { requireManageGuild } from './permissions.js';

export interface RouterOptions<TContext extends CommandContext> {
  commands: readonly CommandModule<TContext>[];
  /** Handed to every handler as `ctx`. */
  context: TContext;
  logger: Logger;
  /** Milliseconds clock, for the durations logged. */
  now?: () => number;
  /** The reference shown to the user and logged with an unexpected error. */
  createRef?: () => string;
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
  /** The definitions to register, in the order the commands were given. */
  definitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/** Six characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out to an admin. */
export function createReference(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function createRouter<TContext extends CommandContext>(options: RouterOptions<TContext>): Router {
  const { commands, context, logger } = options;
  const now = options.now ?? Date.now;
  const createRef = options.createRef ?? createReference;
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byPrefix = new Map(commands.filter((c) => c.button).map((c) => [c.buttonPrefix ?? c.data.name, c]));

  async function runCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    if (command === undefined) throw new UserError(`Unknown command /${interaction.commandName}.`);
    if (command.defer && !isAcknowledged(interaction)) {
      await interaction.deferReply(command.defer === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    }
    const answer = await command.execute(interaction, context);
    if (answer) await sendAnswer(interaction, answer);
  }

  async function runButton(interaction: ButtonInteraction): Promise<void> {
    const prefix = interaction.customId.split(':', 1)[0] ?? '';
    const command = byPrefix.get(prefix);
    if (command?.button === undefined)
      throw new UserError('This button no longer works; run the command again.');
    if (command.defer && !isAcknowledged(interaction)) await interaction.deferUpdate();
    const answer = await command.button(interaction, context);
    if (!answer) return;
    if (!isAcknowledged(interaction)) await interaction.update(answer);
    else await interaction.editReply(answer);
  }

  async function runAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    const choices = command?.autocomplete ? await command.autocomplete(interaction, context) : [];
    if (choices && !interaction.responded) await interaction.respond(autocompleteChoices(choices));
  }

  async function handleAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      await runAutocomplete(interaction);
    } catch (error) {
      // Typing must not show an error box: answer "no choices" and keep the detail in the log.
      logger.warn('autocomplete failed', {
        ref: createRef(),
        command: interaction.commandName,
        error: describe(error),
      });
      if (!interaction.responded) await interaction.respond([]);
    }
  }

  async function handleRepliable(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    run: () => Promise<void>,
    label: string,
  ): Promise<void> {
    try {
      await run();
    } catch (error) {
      await sendFailure(interaction, error, label);
    }
  }

  async function sendFailure(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    error: unknown,
    label: string,
  ): Promise<void> {
    let message: string | Notice;
    if (error instanceof UserError) {
      logger.debug('user error', { interaction: label, message: error.message });
      message = error.notice;
    } else {
      const ref = createRef();
      logger.error('interaction failed', {
        ref,
        interaction: label,
        error: describe(error),
        stack: stackOf(error),
      });
      message = `Something went wrong (ref ${ref}).`;
    }
    await sendEphemeral(interaction, renderError(message));
  }

  return {
    async handle(interaction) {
      const started = now();
      const label = labelOf(interaction);
      try {
        if (interaction.isChatInputCommand())
          await handleRepliable(interaction, () => runCommand(interaction), label);
        else if (interaction.isAutocomplete()) await handleAutocomplete(interaction);
        else if (interaction.isButton())
          await handleRepliable(interaction, () => runButton(interaction), label);
        else logger.debug('interaction ignored', { type: interaction.type });
      } catch (error) {
        // Even the error answer failed (an expired token, Discord down): nothing is left to tell the user.
        logger.warn('could not answer interaction', { interaction: label, error: describe(error) });
      }
      logger.debug('interaction handled', { interaction: label, ms: now() - started });
    },
    definitions: () => commands.map((c) => c.data),
  };
}

function isAcknowledged(interaction: { replied: boolean; deferred: boolean }): boolean {
  return interaction.replied || interaction.deferred;
}

/** Sends a handler's answer the way the interaction's state allows. */
async function sendAnswer(interaction: ChatInputCommandInteraction, answer: ReplyPayload): Promise<void> {
  if (!isAcknowledged(interaction)) {
    await interaction.reply(answer);
  } else if (interaction.deferred && !interaction.replied) {
    if (answer.flags === MessageFlags.Ephemeral && interaction.ephemeral !== true)
      await replaceWithEphemeral(interaction, answer);
    else await interaction.editReply(withoutFlags(answer));
  } else {
    await interaction.followUp(answer);
  }
}

/** An error is for the one who asked: ephemeral whatever state the interaction is in. */
async function sendEphemeral(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  payload: ReplyPayload,
): Promise<void> {
  if (!isAcknowledged(interaction)) {
    await interaction.reply(payload);
  } else if (interaction.isButton() || interaction.replied) {
    // After deferUpdate or a reply, a follow-up is a new message of its own and may be ephemeral.
    await interaction.followUp(payload);
  } else if (interaction.ephemeral === true) {
    await interaction.editReply(withoutFlags(payload));
  } else {
    await replaceWithEphemeral(interaction, payload);
  }
}

/**
 * A public "thinking…" message cannot turn ephemeral, and the first follow-up after a defer would only edit it.
 * So delete it, then follow up ephemerally; if the delete fails, say it in the deferred message after all.
 */
async function replaceWithEphemeral(
  interaction: ChatInputCommandInteraction,
  payload: ReplyPayload,
): Promise<void> {
  try {
    await interaction.deleteReply();
  } catch {
    await interaction.editReply(withoutFlags(payload));
    return;
  }
  await interaction.followUp(payload);
}

function withoutFlags(payload: ReplyPayload): MessagePayload {
  const { flags: _flags, ...rest } = payload;
  return rest;
}

function labelOf(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isButton()) return `button ${interaction.customId.split(':', 1)[0] ?? ''}`;
  return `type ${interaction.type}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}
