// “…” introduced by "which read" or "which notes" after a sign or a report: the words are the sign’s or the
// report’s, not those of the person the sentence is about.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a quote introduced by a relative clause', () => {
  it('shows no one for the words of a sign or a report', () => {
    expect(
      attributions(
        'Mayor Jon Park spotted a fan in the crowd. He held up her sign — which read “Park for Governor” — and waved it.',
      ),
    ).toEqual([['Park for Governor', null, null]]);
    expect(
      attributions(
        'Senator Ida Moss linked to the state auditor’s new report, which notes, “Half of the roads need repair within five years.”',
      ),
    ).toEqual([['Half of the roads need repair within five years.', null, null]]);
  });
});
