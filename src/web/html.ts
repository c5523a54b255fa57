// The one way HTML is written on the status page: every interpolated value is escaped unless it is
// already Html built by this module, so a hostile title or reason can only ever be text, and its
// bidirectional controls are closed where it ends (closeBidi).
import { closeBidi } from './bidi.js';

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(closeBidi(String(value as string | number)));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** A link target only when it is http(s); anything else (javascript:, data:, relative tricks) is null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside page, or plain text when the URL is not http(s). */
export function externalLink(url: string | null | undefined, text: string): Html {
  const href = safeUrl(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`${text}`;
}
