// Paragraphs joined without a space ("the setting sun.He accepted", "in December.Brian Wright said"): the
// sentence splitter reads such a stop as a sentence end, but a name reader sees one word, and a speaker
// became "December.Brian Wright". A space after the stop makes every reader see two words.

/**
 * A stop after a lower-case word of two letters or more, a digit, or a closing bracket or quote after
 * one, glued to a capitalised word ("sun.He", "2016.The", '"poor".The', "(2013).It", "forward.”But") or to
 * "A" or "I". A straight quote after the stop is left alone: it may close a quotation or open the next.
 */
const GLUED_STOP = /(?:\p{Ll}{2}|\d)[)"”’']?[.!?]”?(?=\p{Lu}\p{Ll}|[AI] )/gu;

/** The whitespace-free run around `at`. */
function tokenAround(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/\s/u.test(text[a - 1] ?? ' ')) a--;
  let b = at;
  while (b < text.length && !/\s/u.test(text[b] ?? ' ')) b++;
  return text.slice(a, b);
}

/** A web or mail address, or a dotted name such as "Halo.Bungie.Org": left as written. */
function isAddress(token: string): boolean {
  return (
    token.includes('@') || token.includes('://') || /www\./iu.test(token) || /\.\p{L}+\.\p{L}/u.test(token)
  );
}

/** The text with a space after every stop glued to the next sentence. */
export function spaceGluedStops(text: string): string {
  if (!/[.!?]”?\p{Lu}/u.test(text)) return text;
  return text.replace(GLUED_STOP, (stop: string, offset: number) =>
    isAddress(tokenAround(text, offset)) ? stop : `${stop} `,
  );
}
