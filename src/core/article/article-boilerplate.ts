// Lines that scraped articles carry but that are not article text: ad slots, links to other stories,
// share and subscribe prompts, agency credit lines, captions' credits and separators. Each rule matches a
// whole line or paragraph, so a real sentence that merely contains "advertisement" is never touched.
import { removeGluedCaptions } from './article-captions.js';
import { removeRestatedCaptions } from './article-restated-captions.js';
import { spaceGluedStops } from './glued-stops.js';

// Boilerplate is short; anything longer is treated as text, which also keeps every test cheap.
const MAX_BOILERPLATE_LENGTH = 200;

const BOILERPLATE_RULES: readonly RegExp[] = [
  // Ad slots and "the story continues" markers.
  /^(advertisement|advertising|advert|ad|sponsored( content)?|promoted( content)?|paid content)\s*[:.]?$/i,
  /^(story continues below( (this )?(advertisement|ad))?|continue reading( below| the main story)?|scroll to continue( with content)?)[.…]*$/i,
  // Links to other stories: "Also Read", "Read more: …", "Related: …".
  /^(also read|read also|also see|read more|more to read|see also|recommended( reading| for you)?|related( articles?| stories| news| coverage| reading| content| topics)?|don['’]t miss|must read|trending( now)?|most (read|popular|viewed)|you may (also )?like|more from [\w .&'-]{1,40}|more on this( story)?)\b\s*([:|»›>\-–—]\s*.*|\.\.\.|…)?$/i,
  /^(also read|read also|read more|see also)\b.*$/i,
  // Share, follow and subscribe prompts.
  /^share( this| the)?( article| story| post| page| video| link)?[:!.]?$/i,
  /^share (this|the) (article|story|post|page|video|link)\b.{0,80}$/i,
  /^share (on|via|to|with) (facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|social media|reddit|pinterest)\b.{0,60}$/i,
  /^(tweet|email|print|comments?|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|save|bookmark)(\s*[|,/·•]\s*\w+)*$/i,
  /^(follow|like|find|join) us (on|at|@)\b.*$/i,
  // The writer's own prompt: "Follow Pam Key on Twitter @pamkeyNEN.", "Follow Jo Kim and Al Roe on X: …".
  /^follow [\p{L}.'’ -]{2,60}?( on (twitter|x|facebook|instagram|threads|bluesky|mastodon)\b| @\w+).{0,120}$/iu,
  /^(subscribe|sign up|register|join|get)\b.{0,80}\b(newsletters?|updates|alerts|channel|subscription|inbox|podcast|digest)\b.*$/i,
  /^subscribe( now| here| today| to .{1,60})?[.!]?$/i,
  /^(click|tap|press) here\b.*$/i,
  /^(download|get|install) (the|our) .{0,40}\bapp\b.*$/i,
  /^(for|to get) (the )?(latest|more) (news|updates|stories)\b.*$/i,
  // Credit lines, usually in parentheses: "(With inputs from agencies)", "(Reporting by …; Editing by …)".
  /^\(\s*(with )?(inputs?|agency inputs|reporting|additional reporting|editing|edited|writing|written|compiled|translated|research|graphics|production|produced|contributing|contributions)\b[^()]*\)\.?$/i,
  /^\(\s*(this|the) (story|article|report|copy) (has been|was|is)\b[^()]*\)\.?$/i,
  /^(with (agency )?inputs? from|inputs? from) [\w ,.&'-]{1,60}\.?$/i,
  /^(reporting|additional reporting|editing) by [^.]{1,80};.*$/i,
  /^(©|\(c\)|copyright)\s.*$/i,
  /^all rights reserved\.?$/i,
  // Bare media labels and credits left where a picture was.
  /^(image|photo|picture|video|graphic|gallery|audio|media)( caption| credit)?s?:?$/i,
  /^(image|photo|picture|credit|source|photograph|illustration)s?( credit)?\s*:\s*\S.{0,60}$/i,
  // The same labels in other languages, a caption's own or its credit's, bracketed or not: "图注：…",
  // "(Bild: Hersteller)", "Foto: Reuters", "写真：…".
  /^[(（]?(图注|图片来源|图片|图为|配图|摄影|写真|画像|キャプション|foto|bild|imagem|imagen|immagine|afbeelding|фото)\s*[:：]\s*[^)）]{1,150}[)）]?$/iu,
  // Datelines of the page, not of the story.
  /^(published|updated|last updated|posted|first published)( on| at)?\s*:\s*.{0,60}\d.{0,20}$/i,
  /^(published|updated|last updated|posted|first published)( on| at)? [\w ,:/-]{0,40}\d[\w ,:/-]{0,20}$/i,
  // A page's time stamp, alone or with the byline: "2/26/2015 7:11 AM PST BY TMZ STAFF", "March 3, 2016, 9:05 a.m.".
  /^(\d{1,2}\/\d{1,2}\/\d{2,4}|(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2},? \d{4})(,? (at )?\d{1,2}:\d{2}( ?[AaPp]\.?[Mm]\.?)?( [A-Z]{2,4})?)?( [Bb][Yy] [A-Z][\w.'’-]*( (?:[A-Z][\w.'’-]*|and|&)){0,5})?$/,
  // Separators.
  /^([-_=*~#•·.]\s*){3,}$/,
];

/**
 * The rules as one pattern for each set of flags: every rule is anchored at the start, so the alternation
 * matches exactly when some rule does, and a line costs one search instead of one per rule.
 */
const BOILERPLATE_TESTS: readonly RegExp[] = [...new Set(BOILERPLATE_RULES.map((rule) => rule.flags))].map(
  (flags) =>
    new RegExp(
      BOILERPLATE_RULES.filter((rule) => rule.flags === flags)
        .map((rule) => `(?:${rule.source})`)
        .join('|'),
      flags,
    ),
);

/**
 * An entry of an encyclopedia's reference list, of any length: it opens with the caret that links back to
 * the text ('^ "Protocol for…". Ministry for Culture and Heritage. Retrieved 17 February 2008.', '- ^ a b
 * …'); no prose does.
 */
const REFERENCE_ENTRY = /^(?:[-*•]\s*)?\^\s/u;

/**
 * The line a blogging platform adds under every item of its feeds, naming the post, which may be long:
 * WordPress's "The post … appeared first on …." and Medium's "… was originally published in … on Medium,
 * where people are continuing the conversation by highlighting and responding to this story." The site's
 * name holds no comma, so a sentence of prose ("The post office appeared first on the list, she said.")
 * is none.
 */
const FEED_FOOTER =
  /^(?:the post .{1,300} appeared first on [^,;:!?]{1,80}|.{1,300} was originally published in [^,;:!?]{1,80} on medium, where people are continuing the conversation by highlighting and responding to this story)[.!]?$/iu;

/** Whether a whole line or paragraph is page furniture rather than article text. */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (REFERENCE_ENTRY.test(text) || FEED_FOOTER.test(text)) return true;
  if (text === '' || text.length > MAX_BOILERPLATE_LENGTH) return false;
  return BOILERPLATE_TESTS.some((rule) => rule.test(text));
}

// "By" in the languages Herald reads ("Por Ana Ruiz e Rui Sá", "Par Jean Roy et Léa Marc", "Von Jo Kim
// und Al Roe", "Door Jan de Vries"), in any case; then only capitalised names, and the words that join
// or sit inside them, so "Von Montag an ruht die Arbeit" is a sentence.
const BYLINE_LEAD = /^(?:by|byline:|por|par|von|door|av|af)\s+/i;
const BYLINE_NAMES =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|e|y|et|und|en|och|og|de|del|la|le|du|di|do|dos|das|van|von|der|den|ter|da|bin|al|,))*)\s*$/u;
const MAX_BYLINE_LENGTH = 80;

/** The author's name when a paragraph is only a byline ("By Jane Doe and John Roe", "BYLINE: Jo Kim", "Por Ana Ruiz"), else null. */
export function readByline(paragraph: string): string | null {
  const text = paragraph.trim();
  if (text.length > MAX_BYLINE_LENGTH) return null;
  const lead = BYLINE_LEAD.exec(text);
  const match = lead === null ? null : BYLINE_NAMES.exec(text.slice(lead[0].length));
  if (match === null) return null;
  // A full stop after a surname ends the line ("BYLINE: Amber Phillips."); an initial keeps its own.
  const name = (match[1] ?? '')
    .replace(/[\s,]+$/, '')
    .replace(/(\p{L}{2,})\.$/u, '$1')
    .trim();
  // "By then, …" or "By Monday" are sentences, not bylines: require a capitalised first and last word.
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !/^\p{Lu}/u.test(first) || !/^\p{Lu}/u.test(last)) return null;
  return name;
}

/**
 * Page furniture that scrapers glue into the text with no break around it: the BBC's share bar ("Share
 * this withEmailFacebook…Copy this link") and its video placeholder ("Media playback is not supported on
 * this device"), the Daily Mail's "Scroll down for video" and its closed-comments note. Matched anywhere,
 * since nothing separates them from the sentences either side.
 */
const GLUED_BOILERPLATE =
  /Share this with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Linked[Ii]n|Reddit|X)*Copy this link|Media playback is (?:not supported|unsupported) on (?:this|your) device|Scroll down for video|SCROLL DOWN FOR VIDEO|Sorry we are not currently accepting comments on this article\./g;

/**
 * A wire dateline at the start of a paragraph, glued to the first sentence or set off by a dash: "(CNN)They
 * may…", "New Delhi, India (CNN)As…", "WASHINGTON (AP) — A…", "Dec 29 (Reuters) - U.S.…", and as
 * agencies write it in other languages: "MOSCOU, 24 SET (ANSA) - O…", "Nova York, 24 set (EFE).- O…".
 * The place and the agency belong to the page, not the story (which names its places again).
 */
const AGENCIES =
  'CNN|AP|UPI|Reuters|AFP|Bloomberg|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|PTI|IANS|CNN Student News|CNNMoney|' +
  'Lusa|Agência Brasil|Europa Press|TASS|Interfax|RIA Novosti|Anadolu|Belga|ANP|PAP|ČTK|CTK|APA|Notimex|' +
  'Prensa Latina|Télam|AGI|Adnkronos|AAP|Bernama|Antara|' +
  'The Hollywood Reporter|Variety|EW\\.com|Entertainment Weekly|Mashable|People\\.com|Health\\.com|Billboard';
const WIRE_CREDIT = new RegExp(String.raw`\((?:${AGENCIES})\)`, 'u');
const WIRE_DATELINE = new RegExp(
  String.raw`^[^\S\n]*(?:\p{Lu}[\p{L}\d.'’ ,-]{0,50}? )?\((?:${AGENCIES})\)\.?[^\S\n]*(?:--|—|–|-)?[^\S\n]*(?=[\p{Lu}\d"“‘'])`,
  'gmu',
);

function removeWireDatelines(text: string): string {
  return WIRE_CREDIT.test(text) ? text.replace(WIRE_DATELINE, '') : text;
}

/**
 * A date or a place set off by a dash before the lede's first word: "Feb. 23, 2015 -- Life-threatening…". Only the
 * first paragraph is read: further down, "Jan. 5, 2016 — The court rules" is a timeline's entry.
 */
const DATE_DATELINE = /^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s+(?:--|—|–)\s*(?=[\p{Lu}\d"“‘'])/u;

/** A place in capitals set off by a dash: "CAIRO — Gunmen…", "SAN JUAN, Puerto Rico -- The…". */
const PLACE_DATELINE =
  /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?\s+(?:--|—|–)\s*(?=[\p{Lu}\d"“‘'])/u;

/** WIRE_DATELINE once, at the lede's start. */
const WIRE_LEDE = new RegExp(WIRE_DATELINE.source, 'u');

/**
 * The lede without a wire, date or place dateline before it. Feed items reach the store without the load's
 * normalising (see normaliseText), so their wire datelines go here.
 */
export function removeDateDateline(lede: string): string {
  if (WIRE_CREDIT.test(lede) && WIRE_LEDE.test(lede)) return lede.replace(WIRE_LEDE, '');
  if (DATE_DATELINE.test(lede)) return lede.replace(DATE_DATELINE, '');
  return PLACE_DATELINE.test(lede) ? lede.replace(PLACE_DATELINE, '') : lede;
}

/**
 * The text with glued page furniture replaced by a paragraph break, so the sentences either side stay
 * apart, without wire datelines, and with glued captions taken out: those the next sentence restates (see
 * removeRestatedCaptions), and those glued between sentences (see removeGluedCaptions).
 */
/**
 * A subheading in capitals glued to the sentence after it: "HOW IT ALL STARTED The first Academy Awards…",
 * "REASON IT MIGHT HAPPEN: Vaughan is…". Three words or more, so that "AT&T CEO Randall…" stays a sentence.
 */
const GLUED_HEADING =
  /(^|[.!?]["'”’)]?[ \t]+)((?:[A-Z0-9][A-Z0-9'’&.,-]*[ \t]+){2,11}[A-Z0-9][A-Z0-9'’&.-]*:?)[ \t]+(?=[A-Z][a-z])/gm;

/** Subheadings glued to the next sentence set apart as paragraphs of their own. */
function splitGluedHeadings(text: string): string {
  if (!/[A-Z]{2}[ \t]+[A-Z]{2}/.test(text)) return text;
  return text.replace(GLUED_HEADING, (all: string, before: string, heading: string) => {
    // Words, not numbers: "p. 107. ISBN 978-1-…" and "200 OK, 201 Created" are not headings.
    if ((heading.match(/[A-Z]{2,}/g) ?? []).length < 2) return all;
    return before === '' ? `${heading}\n\n` : `${before.trimEnd()}\n\n${heading}\n\n`;
  });
}

export function removeGluedBoilerplate(text: string): string {
  const cleaned =
    text.includes('Share this with') ||
    text.includes('Media playback') ||
    text.includes('Scroll down') ||
    text.includes('SCROLL DOWN') ||
    text.includes('Sorry we are not')
      ? text.replace(GLUED_BOILERPLATE, '\n\n')
      : text;
  return spaceGluedStops(
    removeGluedCaptions(removeRestatedCaptions(splitGluedHeadings(removeWireDatelines(cleaned)))),
  );
}
