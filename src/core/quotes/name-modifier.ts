// A name that only modifies the noun after it ("the Trump campaign", "a Clinton campaign official",
// "Obama administration officials"): the phrase names a group, or a role whose holder may follow ("Sanders
// campaign manager Jeff Weaver"), never the person the name belongs to.

import { CUE_WORDS, SKIPPABLE, STOP_WORDS } from './quote-cues.js';
import type { Mention } from './speakers.js';

/** Nouns of a group or a role a name can modify. */
const MODIFIED_NOUN =
  'campaign|camp|administration|team|foundation|family|government|organi[sz]ation|staff|aides?|spokes(?:man|woman|person)|officials?|advisers?|supporters?|allies|loyalists|surrogates?|lawyers?|attorneys?';

/** The noun right after the name. */
const NOUN_AFTER_NAME = new RegExp(String.raw`^[ \u00a0]+(?:${MODIFIED_NOUN})\b`, 'u');

/** The same noun, a few more lower-case words, then a name ("campaign manager Jeff Weaver"). */
const HOLDER_AFTER_NAME = new RegExp(
  String.raw`^[ \u00a0]+(?:${MODIFIED_NOUN})((?:[ \u00a0]+[a-z][a-z-]*){0,3})[ \u00a0]+([A-Z\u00C0-\u00DE][\p{L}’'.-]*(?:[ \u00a0]+[A-Z\u00C0-\u00DE][\p{L}’'.-]*)+)`,
  'u',
);
/** After a possessive, a few lower-case words then a holder: "’s top foreign policy aide Jake Sullivan". */
const HOLDER_AFTER_POSSESSIVE = new RegExp(
  String.raw`^((?:[ \u00a0]+[a-z][a-z-]*){0,3}[ \u00a0]+(?:${MODIFIED_NOUN}|manager|chairman|chairwoman|director|secretary|adviser|advisor|strategist|pollster|aide))[ \u00a0]+([A-Z\u00C0-\u00DE][\p{L}’'.-]*(?:[ \u00a0]+[A-Z\u00C0-\u00DE][\p{L}’'.-]*)+)`,
  'u',
);
const CUE = new RegExp(String.raw`^(?:${CUE_WORDS})$`, 'u');

/** Words between the noun and a name that still describe the holder ("manager", "press secretary"). */
function isRoleWords(words: string): boolean {
  return words
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .every((w) => !STOP_WORDS.has(w) && !SKIPPABLE.has(w) && !CUE.test(w) && !/(?:ed|ing)$/u.test(w));
}

/**
 * The mention when the name written there goes on to modify a group or role noun: the role's holder when
 * the text names one, otherwise the whole phrase (which names no one). Other mentions are kept.
 */
export function readPastNameModifier(text: string, mention: Mention): Mention {
  const written = text.slice(mention.start, mention.end);
  // A capitalised name, or its possessive ("Clinton’s top foreign policy aide Jake Sullivan"), not a pronoun.
  const possessive = /[’']s$/u.test(written);
  if (!/[A-Z\u00C0-\u00DE][\p{L}.’'-]*$/u.test(written) || /^(?:He|She|It|They|We|I)$/u.test(written))
    return mention;
  const after = text.slice(mention.end, mention.end + 160);
  const holder = (possessive ? HOLDER_AFTER_POSSESSIVE : HOLDER_AFTER_NAME).exec(after);
  const name = holder?.[2];
  if (holder !== null && name !== undefined && isRoleWords(holder[1] ?? '')) {
    const start = mention.end + holder[0].length - name.length;
    // "…aide Jake Sullivan." — the full stop ends the sentence, not an initial.
    const trimmed = /\p{L}{2}\.$/u.test(name) ? name.length - 1 : name.length;
    return { start, end: start + trimmed };
  }
  // "Ryan’s campaign" with no holder is read where the name is resolved (speaker-names.ts).
  if (possessive) return mention;
  const noun = NOUN_AFTER_NAME.exec(after);
  return noun === null ? mention : { start: mention.start, end: mention.end + noun[0].length };
}
