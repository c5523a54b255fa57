// Reading a keyword's forms as the text writes them: shared by the readers that fold several forms of one
// noun or name into one keyword (german-numbers.ts, slavic-names.ts, nordic-forms.ts).

/** How often `form` stands as a whole word (or phrase) in `text`. */
export function timesWritten(text: string, form: string): number {
  let n = 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}
