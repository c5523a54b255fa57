// Picture captions and credits are the page's furniture, not the story: Readability keeps them as text,
// where a caption ("United Nations peacekeepers at a refugee camp in Sudan on Monday.") becomes the
// article's first sentence, or a credit ("© Provided by …") is glued to it. They are left out when
// Readability's choice of the page's main text is turned into paragraphs (taking them out before it
// reads the page changes what it picks).

import type { DomElement } from './html-metadata.js';

/**
 * A class name that names a caption or a credit: "caption", "pb-caption", "image-credit",
 * "wp-caption-text"; not "captioned-image", nor a page's flag that an item has none ("no_caption").
 */
const CAPTION_CLASS =
  /^(?!(?:no|has|with|without)[-_])(?:[\w]+[-_])*(?:caption|credits?|attribution)(?:[-_]text)?$/i;

function namesCaption(classes: string): boolean {
  return classes.split(/\s+/).some((name) => CAPTION_CLASS.test(name));
}

/** Longer than this, an element with such a class wraps the story itself, which stays. */
const MAX_CAPTION_CHARS = 600;

/** True for a caption or picture credit: a <figcaption>, or a short element whose class names one. */
export function isCaption(element: DomElement): boolean {
  if (element.nodeName.toUpperCase() === 'FIGCAPTION') return true;
  if (!namesCaption(element.getAttribute('class') ?? '')) return false;
  return (element.textContent ?? '').length <= MAX_CAPTION_CHARS;
}
