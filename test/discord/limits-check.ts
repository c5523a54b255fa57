// Lists every Discord limit a payload breaks; an empty list means Discord would accept it.
import type { APIEmbed } from 'discord.js';
import * as L from '../../src/discord/limits.js';
import type { MessagePayload } from '../../src/discord/render.js';

export function findLimitBreaches(payload: MessagePayload): string[] {
  const breaches: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) breaches.push(what);
  };
  check((payload.content?.length ?? 0) <= L.CONTENT_MAX, 'content');
  check(payload.embeds.length <= L.EMBEDS_PER_MESSAGE_MAX, 'embed count');
  let total = 0;
  payload.embeds.forEach((embed: APIEmbed, i) => {
    check((embed.title?.length ?? 0) <= L.EMBED_TITLE_MAX, `embed ${i} title`);
    check((embed.description?.length ?? 0) <= L.EMBED_DESCRIPTION_MAX, `embed ${i} description`);
    check((embed.footer?.text.length ?? 0) <= L.EMBED_FOOTER_TEXT_MAX, `embed ${i} footer`);
    check((embed.author?.name.length ?? 0) <= L.EMBED_AUTHOR_NAME_MAX, `embed ${i} author`);
    check((embed.fields?.length ?? 0) <= L.EMBED_FIELDS_MAX, `embed ${i} field count`);
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.name.length <= L.EMBED_FIELD_NAME_MAX, `embed ${i} field name`);
      check(
        field.value.length > 0 && field.value.length <= L.EMBED_FIELD_VALUE_MAX,
        `embed ${i} field value`,
      );
      total += field.name.length + field.value.length;
    }
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  });
  check(total <= L.EMBEDS_TOTAL_CHARS_MAX, `embeds total ${total}`);
  for (const row of payload.components) {
    for (const button of row.components) {
      if ('custom_id' in button) check(button.custom_id.length <= L.CUSTOM_ID_MAX, 'custom_id');
      if ('label' in button) check((button.label?.length ?? 0) <= L.BUTTON_LABEL_MAX, 'button label');
    }
  }
  check(payload.allowedMentions.parse.length === 0, 'allowed mentions');
  return breaches;
}

/** Every text Discord would show, joined, for "does it contain …" assertions. */
export function visibleText(payload: MessagePayload): string {
  const parts: string[] = [payload.content ?? ''];
  for (const e of payload.embeds) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}
