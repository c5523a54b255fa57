// Asides between dashes (#15): inside a quote ("“We will — and I mean this — win,” she said") they are the
// speaker's words and name no one; in the attribution after a quote ("“…,” Ann Lee — an aide to the
// mayor — said") the name before the aside speaks.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: asides between dashes', () => {
  it('reads the name before a dash aside in the attribution after a quote', () => {
    const text = [
      'The talks broke down on Friday.',
      '“We used to see hustlers do this,” Ivan Petrov - then an adviser to the president - told reporters.',
      '“We will not sign,” Ann Lee — an aide to Mayor Tom Reyes — said on Monday.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      ['We used to see hustlers do this,', 'Ivan Petrov', 'Ivan Petrov'],
      ['We will not sign,', 'Ann Lee', 'Ann Lee'],
    ]);
  });

  it('keeps the speaker of a quote whose words hold a dash aside, even one naming someone else', () => {
    const text = [
      'Maria Lopez spoke in Austin on Friday.',
      '“We will — and I mean this — win,” she said.',
      '“We will win — Tom Reyes knows this — every state,” Lopez told reporters.',
      'She added: “And — as Reyes told you — we will keep winning.”',
    ].join('\n\n');
    expect(attributions(text).map(([quoted, , name]) => [quoted, name])).toEqual([
      ['We will — and I mean this — win,', 'Maria Lopez'],
      ['We will win — Tom Reyes knows this — every state,', 'Maria Lopez'],
      ['And — as Reyes told you — we will keep winning.', 'Maria Lopez'],
    ]);
  });
});
