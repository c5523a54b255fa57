// Headlines written in Title Case capitalise every word, so a capital there proves nothing; a feed item's
// headline is still often the only place its people are named. The reader keeps a headline word as a
// name only on other evidence: a known given name before it, a place of the gazetteer, the same word
// capitalised inside a sentence of the text. Short items written for the project.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const analyzer = createAnalyzer();

describe('names in a Title Case headline', () => {
  it('reads a person named only in the headline after a known given name, and the place', () => {
    const { entities } = analyzer.analyze({
      title: 'Two Teenagers Plotted Attacks on Kamala Ortiz’s Lisbon Shows, Police Say',
      text: 'One suspect admitted planning to use knives against fans, officials said. The singer’s three shows were called off.',
    });
    expect(entities).toEqual({ people: ['Kamala Ortiz'], organizations: [], places: ['Lisbon'] });
  });

  it('takes the word after a given name as the surname, never as the next given name', () => {
    const { entities } = analyzer.analyze({
      title: 'Sam Paul Lends His Fame to a Harbour Rowing Race',
      text: 'The influencer usually promotes boxing nights; now he backs a charity race on the river.',
    });
    expect(entities.people).toEqual(['Sam Paul']);
  });

  it('reads no person from a given name that headlines use as a word, nor from words the text writes in lower case', () => {
    const { entities } = analyzer.analyze({
      title: 'Hope Fades for Miners Trapped Below Chile Copper Pit',
      text: 'Rescuers said the air in the copper pit was running out and the miners were still trapped.',
    });
    expect(entities).toEqual({ people: [], organizations: [], places: ['Chile'] });
  });

  it('keeps a name the text capitalises too, but no lone word on that evidence alone', () => {
    const { entities } = analyzer.analyze({
      title: 'Court Disbands Forward Unity, the Most Popular Political Party',
      text: 'Since Forward Unity won the last election with a call for change, the Unity movement has been kept out of power by the Party Council.',
    });
    // "Party" alone in the headline is no second mention of anything; "Party Council" is the text's own.
    expect(entities.organizations).toEqual(['Party Council']);
  });
});
