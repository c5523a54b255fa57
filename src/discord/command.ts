// The shape of a slash command module, and the one error type a handler throws to tell the user what was wrong.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { noticePlainText, untrustedNotice, type Notice } from './notice.js';
import type { MessagePayload, ReplyPayload } from './render-kit.js';

/**
 * An expected failure: an unknown article, an empty result, a bad option, a missing permission. The router
 * shows its message (written for the user) as an ephemeral reply and logs it only at debug level.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** What the user reads. A plain string message is all escaped; a Notice keeps Herald's own markup. */
  readonly notice: Notice;

  constructor(message: string | Notice) {
    super(typeof message === 'string' ? message : noticePlainText(message));
    this.notice = typeof message === 'string' ? untrustedNotice(message) : message;
  }
}

/** Whatever the wiring in start.ts hands every handler: the store, the config, the scheduler… */
export type CommandContext = object;

type MaybePromise<T> = T | Promise<T>;

/**
 * How the router acknowledges before running the handler: `true` defers publicly, `'ephemeral'` privately,
 * `false`/absent replies directly (right when the work takes well under a second). For buttons, any truthy
 * value means deferUpdate.
 */
export type DeferMode = boolean | 'ephemeral';

export interface CommandModule<TContext extends CommandContext = CommandContext> {
  /** The definition registered with Discord. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * Returns the answer for the router to send (reply, or edit after a defer), or nothing when the handler
   * answered by itself. Throw UserError for expected failures.
   */
  execute(interaction: ChatInputCommandInteraction, ctx: TContext): MaybePromise<ReplyPayload | void>;
  /** Returns the choices for the focused option; the router clamps them to Discord's limits. */
  autocomplete?(
    interaction: AutocompleteInteraction,
    ctx: TContext,
  ): MaybePromise<readonly { name: string; value: string | number }[] | void>;
  /** Handles a click on a button whose custom id starts with `<buttonPrefix>:`; the answer replaces the message. */
  button?(interaction: ButtonInteraction, ctx: TContext): MaybePromise<MessagePayload | void>;
  /** Custom id prefix routed to `button` (the text before the first ':'); defaults to `data.name`. */
  buttonPrefix?: string;
  defer?: DeferMode;
}
