// A nickname in quotation marks inside a person's name: Thomas "Tip" O'Neill, Kenneth ‘Ken’ Clarke. The
// marks are no quotation, and the name runs on over them. The person is named by the given name and the
// surname ("John Tiegen" for John “Tig” Tiegen), or by the nickname and the surname when the article
// writes them so elsewhere ("Bobby Scott" for Robert C. “Bobby” Scott, later just Bobby Scott).
import { genderOfGivenName } from './person-words.js';
import type { MarkSpan } from './quote-marks.js';

/** A capitalised word in quotation marks, as a word of a name between two capitalised words. */
export const NICKNAME = String.raw`(?<=[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*[ \u00a0])["“‘][A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+["”’](?=[ \u00a0][A-Z\u00C0-\u00DE])`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when `text` writes the nickname right before the surname without marks: "Bobby Scott". */
function writesNicknameForm(text: string, nickname: string, surname: string): boolean {
  return new RegExp(
    String.raw`(?<![\p{L}’'])${escape(nickname)}[ \u00a0]${escape(surname)}(?![\p{L}])`,
    'u',
  ).test(text);
}

/**
 * The words of a name holding a nickname in marks ("Robert", "C.", "“Bobby”", "Scott"), as the person
 * is named: the given name right before the nickname (with its initials) and the surname, or the
 * nickname and the surname when `text` writes them so. Words without a nickname come back as they are.
 */
export function readNicknameName(text: string, words: string[]): string[] {
  const at = words.findIndex((w) => /^["“‘]/u.test(w));
  if (at < 0) return words;
  const nickname = (words[at] ?? '').slice(1, -1);
  const after = words.slice(at + 1);
  if (writesNicknameForm(text, nickname, after[0] ?? '')) return [nickname, ...after];
  let given = at - 1;
  while (given > 0 && /^[A-Z]\.$/u.test(words[given] ?? '')) given--;
  return [...words.slice(Math.max(0, given), at), ...after];
}

const WITH_NICKNAME = new RegExp(NICKNAME, 'u');

/**
 * The name words of a mention written with a nickname ("Former chancellor Kenneth ‘Ken’ Clarke"), as
 * `readNicknameName` names the person ("Kenneth Clarke"); any other mention comes back as it is.
 */
export function withoutNickname(text: string, written: string): string {
  if (!WITH_NICKNAME.test(written)) return written;
  return readNicknameName(text, written.split(/[ \u00a0]+/u)).join(' ');
}

const WORD_BEFORE = /(?:^|[^\p{L}’'.-])([A-Z\u00C0-\u00DE][\p{L}’'-]*\.?)[ \u00a0]$/u;
const WORD_AFTER = /^[ \u00a0][A-Z\u00C0-\u00DE][\p{L}’'-]/u;

/**
 * True when the quotation marks of `span` hold a nickname inside a name: one capitalised word, a
 * capitalised word right before and after it, and either that word before or the nickname a known
 * given name (or an initial before it): "Thomas "Tip" O'Neill", "Lance Corporal Trimaan "Harry" Dhillon".
 */
export function isNickname(text: string, span: MarkSpan): boolean {
  if (!span.closed || span.close - span.end !== 1 || span.start - span.open !== 1) return false;
  const inner = text.slice(span.start, span.end);
  if (!/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+$/u.test(inner)) return false;
  if (!WORD_AFTER.test(text.slice(span.close, span.close + 3))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, span.open - 30), span.open))?.[1];
  if (before === undefined) return false;
  return genderOfGivenName(before) !== null || genderOfGivenName(inner) !== null || /^[A-Z]\.$/u.test(before);
}
