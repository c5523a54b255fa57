// Every number Discord imposes on what we send, named once so the renderer and the tests read the same values.
// Lengths are counted in UTF-16 code units (String#length), which is never less than Discord's own count, so
// staying within them here keeps us within them there.

/** Plain message content. */
export const CONTENT_MAX = 2000;

export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FOOTER_TEXT_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Embeds in one message. */
export const EMBEDS_PER_MESSAGE_MAX = 10;
/** Title, description, field names and values, footer text and author names, summed over all embeds of a message. */
export const EMBEDS_TOTAL_CHARS_MAX = 6000;

export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const AUTOCOMPLETE_CHOICE_NAME_MAX = 100;
export const AUTOCOMPLETE_CHOICE_VALUE_MAX = 100;

export const BUTTON_LABEL_MAX = 80;
export const SELECT_OPTION_LABEL_MAX = 80;
export const CUSTOM_ID_MAX = 100;
/** Buttons in one action row. */
export const ACTION_ROW_BUTTONS_MAX = 5;

/** An interaction must be acknowledged (reply, defer or update) within this window. */
export const INTERACTION_ACK_WINDOW_MS = 3000;
/** A message nonce (used with enforce_nonce for exactly-once posting). */
export const MESSAGE_NONCE_MAX = 25;

/** Crossposts (publishing to following servers) an announcement channel may make in an hour, near enough. */
export const CROSSPOSTS_PER_HOUR = 10;
export const CROSSPOST_WINDOW_MS = 60 * 60 * 1000;
