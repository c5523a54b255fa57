// A quote attributed by whose words it is, not by a speech verb (#15: "X's words"): before the quote
// ("In Dr. Shadlen’s words, “…”", "In the words of his colleague Ana Ruiz: “…”") or after it ("“…,” in
// Forbes’ words."). "In other words" names no one.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: "in X’s words" and "in the words of X"', () => {
  it('reads the name before or after the quote, and links a titled surname to the full name', () => {
    const text = [
      'Michael Shadlen, a neuroscientist at Columbia, led the study of how people decide.',
      'In Dr. Shadlen’s words, “Could the moment the brain commits be the moment we feel we chose?”',
      'In the words of his colleague Ana Ruiz: “We cannot yet say.”',
      'The court has not ruled. “The answer matters for law,” in Lena Ortiz’s own words.',
      'The museum hired Tom Baker. “It is the best job I have had,” in the words of Baker.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      [
        'Could the moment the brain commits be the moment we feel we chose?',
        'Dr. Shadlen',
        'Michael Shadlen',
      ],
      ['We cannot yet say.', 'Ana Ruiz', 'Ana Ruiz'],
      ['The answer matters for law,', 'Lena Ortiz', 'Lena Ortiz'],
      ['It is the best job I have had,', 'Baker', 'Tom Baker'],
    ]);
  });

  it('names no one for "in other words" or words that are not someone’s', () => {
    const text = [
      'The inquiry took two years. In other words, “the jury is still out.”',
      'The sign read, in large words: “Closed for repairs.”',
    ].join('\n\n');
    // The sign's words are read by the sign's own cue ("read"), not by "words".
    expect(attributions(text)).toEqual([
      ['the jury is still out.', null, null],
      ['Closed for repairs.', 'The sign', null],
    ]);
  });
});

describe('speakers: a sentence that opens on its cue verb ("Said Comey, “…”")', () => {
  it('names the speaker after the verb, with a title, and links the surname to the full name', () => {
    const text = [
      'James Corder spoke to the committee on Thursday. Said Corder, “We will not stop the inquiry.”',
      'Paula Stone spoke next. Continued Stone: “We have waited long enough.”',
      'Ian Fogg runs the shop. Said Mr Fogg: “The shop will stay open.”',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      ['We will not stop the inquiry.', 'Corder', 'James Corder'],
      ['We have waited long enough.', 'Stone', 'Paula Stone'],
      ['The shop will stay open.', 'Mr Fogg', 'Ian Fogg'],
    ]);
  });

  it('reads no name from a heading run into the text', () => {
    const [quote] = attributions('Said Of Wall Street, “Markets rose on Friday.”');
    expect(quote).toEqual(['Markets rose on Friday.', null, null]);
  });
});
