// The role an article gives a person: "China’s Commerce Minister, Wang Wentao", "Commerce Minister Wang
// Wentao", or "Sanjay Mehrotra, President and CEO of Micron". Read only from the words around the
// person's name, so it never invents a role the article did not write.

import { namesWithAll, type NameBook } from './names.js';
import type { WorkCount } from '../work.js';

const ROLE_NOUN =
  /\b(?:minister|president|secretary|senator|representative|congressman|congresswoman|governor|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|ceo|director|mayor|leader|candidate|nominee|adviser|advisor|aide|manager|chief|officer|ambassador|judge|attorney|professor|analyst|strategist|founder|head|commissioner|editor|economist|executive|lawyer|official|premier|chancellor|speaker|pollster|researcher|correspondent|chairperson)\b/iu;

const CLAUSE_BREAK = /[,.;:!?()“”"\n]/u;

function countWords(phrase: string): number {
  return phrase.split(/\s+/u).filter((w) => w.length > 0).length;
}

/** The phrase before `end` back to the previous clause break, or '' when there is a break right away. */
function readPhraseBefore(text: string, end: number): string {
  let i = end;
  const floor = Math.max(0, end - 80);
  while (i > floor && !CLAUSE_BREAK.test(text[i - 1] ?? '')) i--;
  return text.slice(i, end).trim();
}

/** The phrase after `start` up to the next clause break or full stop (an abbreviation's dot does not end it). */
function readPhraseAfter(text: string, start: number): string {
  const ceiling = Math.min(text.length, start + 90);
  let i = start;
  for (; i < ceiling; i++) {
    const c = text[i] ?? '';
    if (c !== '.' && CLAUSE_BREAK.test(c)) break;
    if (
      c === '.' &&
      /\s/u.test(text[i + 1] ?? ' ') &&
      !/(?:\b[A-Z\u00C0-\u00DE]|Inc|Corp|Co|Ltd|Jr|Sr)$/u.test(text.slice(i - 4, i))
    )
      break;
  }
  return text.slice(start, i).trim();
}

/** A clause that is no role: "In an interview with …", "who will remain as …", "After meeting …". */
const NOT_A_ROLE =
  /^(?:(?:in|at|on|after|before|during|when|while|with|without|speaking|asked|according|who|whom|whose|which|that|where|not)\s|(?!(?:managing|acting|presiding|ranking|founding|outgoing|incoming|serving|visiting|leading|sitting|reigning|governing|consulting|marketing|operating|organizing|organising|supervising|commanding)\s)\p{Ll}+ing\s)/u;
/** A relative clause that only links a role: "who is the party's chairman". */
const LINKING_CLAUSE = /^who\s+(?:is|was|remains|became|will\s+remain)(?:\s+also)?(?:\s+as)?\s+(?=\S)/iu;

function acceptRole(phrase: string): string | null {
  const role = phrase.replace(LINKING_CLAUSE, '');
  if (role.length === 0 || countWords(role) > 9 || !ROLE_NOUN.test(role) || NOT_A_ROLE.test(role))
    return null;
  return role.replace(/^(?:and|but|while|as)\s+/iu, '');
}

/** The role written next to any mention of `fullName`, or null. */
export function findRole(text: string, book: NameBook, fullName: string, work?: WorkCount): string | null {
  const wanted = fullName.toLowerCase().split(' ');
  for (const name of namesWithAll(book, wanted, work)) {
    // Titles in the same run: "Commerce Minister Wang Wentao".
    if (name.titles.length > 0) {
      const role = acceptRole(name.titles.join(' '));
      if (role !== null && countWords(role) > 1) return role;
    }
    // "China’s Commerce Minister, Wang Wentao,"
    let b = name.start;
    while (b > 0 && text[b - 1] === ' ') b--;
    if (text[b - 1] === ',') {
      const role = acceptRole(readPhraseBefore(text, b - 1));
      if (role !== null) return role;
    }
    // "Sanjay Mehrotra, President and CEO of Micron Technology Inc.,"
    if (text[name.end] === ',') {
      const role = acceptRole(readPhraseAfter(text, name.end + 1));
      if (role !== null) return role;
    }
    if (name.titles.length > 0) {
      const role = acceptRole(name.titles.join(' '));
      if (role !== null) return role;
    }
  }
  return null;
}
