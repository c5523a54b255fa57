// Short messages Herald writes itself: errors and confirmations. Their words and the markup Herald makes
// (timestamps, channel mentions, which ping nobody) must render; any value that came from a user or an
// article must not format, link or ping. So a notice keeps the two apart until it is rendered: the
// literal parts of a `notice` template are ours, every interpolated value is escaped unless it is
// Markup built here.
import { discordTime } from './render-kit.js';
import { collapseWhitespace, escapeMarkdown } from './text.js';

/** A piece of Discord markup Herald made itself; only the builders below create one. */
export interface Markup {
  readonly markup: string;
}

export type NoticeValue = string | number | Markup;

export interface Notice {
  /** Our own text and markup, kept as written. */
  readonly trusted: readonly string[];
  /** The values between them, one fewer than `trusted`. */
  readonly values: readonly NoticeValue[];
}

const SNOWFLAKE = /^\d{15,21}$/;

/** `<#id>`: shows the channel's name and links to it. An id that is not a snowflake shows as typed. */
export function channelMention(id: string): Markup | string {
  return SNOWFLAKE.test(id) ? { markup: `<#${id}>` } : id;
}

/** `<t:…>`: a time shown in each reader's own zone (relative by default). */
export function timestamp(ms: number, style: 'R' | 'f' | 'F' | 'd' | 't' = 'R'): Markup {
  return { markup: discordTime(ms, style) };
}

/** Tagged template: notice`Herald can't post in ${channelMention(id)}: it lacks ${missing}.` */
export function notice(strings: TemplateStringsArray, ...values: NoticeValue[]): Notice {
  return { trusted: [...strings], values };
}

/** A message that is all untrusted text, such as one built from a user's input elsewhere. */
export function untrustedNotice(text: string): Notice {
  return { trusted: ['', ''], values: [text] };
}

export function isNotice(value: unknown): value is Notice {
  return typeof value === 'object' && value !== null && 'trusted' in value && 'values' in value;
}

function isMarkup(value: NoticeValue): value is Markup {
  return typeof value === 'object';
}

/** The notice as Discord markdown: our parts as written, values escaped, markup kept. */
export function renderNoticeText(n: Notice): string {
  return join(n, (value) =>
    isMarkup(value) ? value.markup : escapeMarkdown(collapseWhitespace(String(value))),
  );
}

/** The notice as plain text, for logs and Error messages. */
export function noticePlainText(n: Notice): string {
  return join(n, (value) => (isMarkup(value) ? value.markup : String(value)));
}

function join(n: Notice, show: (value: NoticeValue) => string): string {
  let out = '';
  n.trusted.forEach((part, i) => {
    out += part;
    const value = n.values[i];
    if (value !== undefined) out += show(value);
  });
  return out;
}
