// Names written with a middle initial, as American papers write most names ("Antony J. Blinken",
// "Donald J. Trump"): the initial's full stop ends no name, so the reader finds the whole name (and the
// keywords name the person once), where it used to find "Antony J" and a lone "Blinken". A letter after a
// labelling noun ("Plan B.", "vitamin D.") is no initial, and seas, dams and villages are places.
// Short articles written for the project.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';

const analyzer = createAnalyzer();

describe('names with middle initials', () => {
  it('reads each name whole, links the later surname to it, and leaves "Plan B." out', () => {
    const { entities, keywords } = analyzer.analyze({
      title: 'Talks on the harbour resume',
      text:
        'Secretary of State Antony J. Blinken met Mayor Ines K. Costa in Port Avel on Monday. Mr. Blinken ' +
        'said the talks on the harbour would resume in June. Costa said the city had chosen Plan B. ' +
        'Officials said the cost would fall. J. R. Okafor, who chairs the harbour board, welcomed the talks.',
    });
    expect(entities).toEqual({
      people: ['Antony J. Blinken', 'Ines K. Costa', 'J. R. Okafor'],
      organizations: [],
      places: ['Port Avel'],
    });
    for (const name of ['Antony J. Blinken', 'Ines K. Costa', 'J. R. Okafor'])
      expect(keywords).toContain(name);
    for (const piece of ['Blinken', 'Antony', 'Costa', 'Ines', 'Okafor', 'Plan B'])
      expect(keywords).not.toContain(piece);
  });

  it('reads an initial at the start of a sentence, and a letter that ends one', () => {
    const { entities, keywords } = analyzer.analyze({
      title: 'Clinic trial grows',
      text:
        'Patients at the Lumen Bay clinic were given vitamin D. Doctors said the results were mixed. Ana M. ' +
        'Ortiz led the study, and Ortiz said a larger trial would follow in the autumn. The study was ' +
        'named for Malcolm X. He had visited the clinic in 1964.',
    });
    expect(entities).toEqual({
      people: ['Ana M. Ortiz', 'Malcolm X'],
      organizations: [],
      places: ['Lumen Bay'],
    });
    expect(keywords).toContain('Ana M. Ortiz');
    expect(keywords).not.toContain('Ana');
  });
});

describe('one person or two', () => {
  it('keeps two people of one surname apart, and a lone surname goes to the one named first', () => {
    const { entities, keywords } = analyzer.analyze({
      title: 'Bush rallies in Columbia',
      text:
        'Jeb Bush campaigned in Columbia on Saturday with his brother, George W. Bush. Bush told the crowd ' +
        'that the race was far from over. Bush said his rivals had not laid out a plan.',
    });
    expect(entities.people).toEqual(['Jeb Bush', 'George W. Bush']);
    expect(keywords[0]).toBe('Jeb Bush');
  });

  it('folds the name without its initial into the name with it, not the other way round', () => {
    const { entities, keywords } = analyzer.analyze({
      title: 'A new life of Feynman',
      text:
        'The physicist Richard P. Feynman won the Nobel Prize in 1965. A new book on Richard Feynman traces ' +
        'his work on light. Feynman taught at Caltech for decades, and Feynman loved to play the bongos.',
    });
    expect(entities.people).toEqual(['Richard P. Feynman']);
    expect(keywords[0]).toBe('Richard P. Feynman');
    expect(keywords).not.toContain('Richard Feynman');
  });
});

describe('places named by their last word', () => {
  it('reads a sea, a village and a dam as places, not people', () => {
    const { entities } = analyzer.analyze({
      title: 'Heat hits the reef',
      text:
        'A study found that temperatures in the Coral Sea have reached a record. Divers at the Olympic ' +
        'Village pool and engineers at the Hoover Dam said the summer was the hottest they had known. ' +
        'Gita R. Rao, who led the study, said the reef could recover.',
    });
    expect(entities).toEqual({
      people: ['Gita R. Rao'],
      organizations: [],
      places: ['Coral Sea', 'Olympic Village', 'Hoover Dam'],
    });
  });
});
