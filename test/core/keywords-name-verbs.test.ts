// A feed item's line opens with a name and its verb ("Lin secures a place…"): with one sentence there is no
// other evidence that the word is a verb, and it stood among the keywords. A present tense between a name
// and a determiner or another name is read as a verb in a short text; plural nouns of people ("Greek
// sprinters Dora Vell") and a noun before a day ("White House grounds Tuesday") stay nouns. Items
// written for the project.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const analyzer = createAnalyzer();

describe('the verb after the name that opens a short item', () => {
  it.each([
    ['Mara Tull secures a place in the rowing final after a long appeal over her eligibility.', 'secures'],
    [
      'Harbour pilot Ivo Brandt confronts Norway’s Ola Sand after the collision in the fjord race.',
      'confronts',
    ],
    ['Veteran skater Ines Moll represents Team Arvel in the park competition at the games.', 'represents'],
  ])('is no keyword: %s', (text, verb) => {
    const { keywords } = analyzer.analyze({ title: 'Ferry race ends in protest', text });
    expect(keywords).not.toContain(verb);
    expect(keywords.length).toBeGreaterThan(3);
  });

  it.each([
    ['Greek sprinters Dora Vell and Ana Kost missed three doping tests before the games.', 'sprinters'],
    ['A toddler crossed the White House grounds Tuesday and met the Secret Service.', 'grounds'],
  ])('leaves nouns alone: %s', (text, noun) => {
    const { keywords } = analyzer.analyze({ title: 'Ferry race ends in protest', text });
    expect(keywords).toContain(noun);
  });
});
