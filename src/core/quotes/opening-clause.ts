// "While predicting Mr. Weiner's latest scandal would not doom her, Ms. Kovner sighed: “…”", "In line with
// most of his fellow Americans, Sen. Ted Cruz was critical, telling Breitbart: “…”": a sentence that opens
// on a clause of its own before a comma has its subject after that clause; the names inside it are not
// the one who speaks. A prepositional phrase may hold commas of its own ("In a long, candid interview
// with reporter Ada Moss last year, Lane said"): the subject is the first name right after a comma.

/** Words that open a clause or phrase set before a sentence's subject. */
const OPENING =
  /^(?:(?:And|But|So|Yet)[ \u00a0]+)?(?:While|When|Whereas|Although|Though|Because|Since|After|Before|If|Unlike|Like|Despite|In line with|Asked about|In response to|Responding to|In|At|On|During|Amid|Following|Speaking|Appearing|Asked|With|Without)\b/u;

/**
 * A subject right after a comma: he or she, or capitalised words (not a possessive: "Clinton’s campaign
 * manager" is an appositive inside the clause), then a lower-case word.
 */
const SUBJECT_AFTER_COMMA =
  /^,[ \u00a0]+(?:he|she|they|(?:[A-Z\u00C0-\u00DE][\p{L}.’'-]*[ \u00a0]+)*[A-Z\u00C0-\u00DE][\p{L}.-]*(?<![’']s))[ \u00a0]+[a-z]/u;

/** Where the subject part of [from, to) begins: after an opening clause and its comma, or at `from`. */
export function skipOpeningClause(text: string, from: number, to: number): number {
  const window = text.slice(from, Math.min(to, from + 240));
  if (!OPENING.test(window)) return from;
  for (let comma = window.indexOf(','); comma > 0; comma = window.indexOf(',', comma + 1)) {
    // No sentence ends inside the clause ("Mr." and initials do not end one).
    const clause = window
      .slice(0, comma)
      .replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|[A-Z])\./gu, '');
    if (/[.;:!?“”"\n]/u.test(clause)) return from;
    if (SUBJECT_AFTER_COMMA.test(window.slice(comma))) return from + comma + 1;
  }
  return from;
}
