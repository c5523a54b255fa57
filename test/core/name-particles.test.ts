import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { isNameWords, surnameStart } from '../../src/core/text/index.js';

// Short articles written for the project, with the names a news bot meets whose family names hold a
// lower-case particle (or the Arabic article joined by a hyphen).
const analyzer = createAnalyzer();
const { extractEntities } = analyzer;

const BRUSSELS = [
  'Ursula von der Leyen, the president of the European Commission, spoke in Brussels on Monday.',
  'Von der Leyen said talks with Chris Van Hollen and Mayor Bill de Blasio had gone well.',
  'Later, de Blasio said the city would follow, and Van Hollen agreed.',
].join('\n');

const MIDDLE_EAST = [
  'Abu Bakr al-Baghdadi led the group for years, officials said on Sunday.',
  'Crown Prince Mohammed bin Salman met Recep Tayyip Erdoğan in Ankara.',
  'Officials said al-Baghdadi had not been seen since March, while bin Salman flew home.',
].join('\n');

const PAINTERS = [
  'A drawing by Leonardo da Vinci was sold on Tuesday, beside a letter from Charles de Gaulle.',
  'Pieter de Vries, a curator, said the da Vinci drawing was rare. De Vries said Jan-Peter Balkenende once owned it.',
  'A delivery van brought the drawing to the University of Texas, where de Vries will show it.',
].join('\n');

describe('people whose names hold particles', () => {
  it.each([
    [BRUSSELS, ['Ursula von der Leyen', 'Bill de Blasio', 'Chris Van Hollen']],
    [MIDDLE_EAST, ['Abu Bakr al-Baghdadi', 'Mohammed bin Salman', 'Recep Tayyip Erdoğan']],
    [PAINTERS, ['Pieter de Vries', 'Leonardo da Vinci', 'Charles de Gaulle', 'Jan-Peter Balkenende']],
  ])('are read whole, and their short forms are folded into them', (text, people) => {
    const found = extractEntities(text).people;
    expect([...found].sort()).toEqual([...people].sort());
  });

  it('are not joined across an ordinary "van" or an "of" before a lower-case word', () => {
    const entities = extractEntities(PAINTERS);
    expect(entities.organizations).toEqual(['University of Texas']);
    expect(entities.people.some((p) => p.includes('van'))).toBe(false);
  });
});

describe('isNameWords', () => {
  it.each([
    [['Bill', 'de', 'Blasio'], true],
    [['de', 'Blasio'], true],
    [['Ursula', 'von', 'der', 'Leyen'], true],
    [['Abu', 'Bakr', 'al-Baghdadi'], true],
    [['Bill', 'de'], false],
    [['delivery', 'van'], false],
    [['University', 'of', 'Texas'], false],
  ])('%j → %s', (words, expected) => {
    expect(isNameWords(words)).toBe(expected);
  });
});

describe('surnameStart', () => {
  it.each([
    [['Bill', 'de', 'Blasio'], 1],
    [['Ursula', 'von', 'der', 'Leyen'], 1],
    [['Chris', 'Van', 'Hollen'], 1],
    [['Van', 'Morrison'], 1],
    [['Donald', 'Trump'], 1],
    [['Trump'], 0],
  ])('%j → %i', (words, expected) => {
    expect(surnameStart(words)).toBe(expected);
  });
});

describe('keywords of names with particles', () => {
  const keywordsOf = (text: string): string[] => analyzer.analyze({ text, language: 'en' }).keywords;

  it.each([
    [BRUSSELS, ['Ursula von der Leyen', 'Bill de Blasio', 'Chris Van Hollen'], []],
    [MIDDLE_EAST, ['Abu Bakr al-Baghdadi', 'Mohammed bin Salman'], []],
    // Its "delivery van" is an ordinary van.
    [PAINTERS, ['Pieter de Vries', 'Leonardo da Vinci', 'Charles de Gaulle'], ['van']],
  ])('are the full names, never their pieces or particles', (text, names, words) => {
    const keywords = keywordsOf(text);
    for (const name of names) expect(keywords).toContain(name);
    const particles = ['de', 'da', 'van', 'von', 'der', 'bin', 'Van', 'De', 'Von', 'al'];
    for (const keyword of keywords) {
      // No particle alone, no surname or given name beside the full name that holds it.
      if (!words.includes(keyword)) expect(particles).not.toContain(keyword);
      const others = names.filter((name) => name !== keyword && name.split(' ').includes(keyword));
      expect([keyword, others]).toEqual([keyword, []]);
    }
  });

  it('keep a name with an apostrophe whole, while contractions stay out', () => {
    const text =
      "Beto O'Rourke spoke in El Paso on Monday. O'Rourke said he didn't expect to lose. " +
      "Fans of O'Rourke cheered, and Gordon D'Arcy said they're right.";
    const keywords = keywordsOf(text);
    expect(keywords).toContain("Beto O'Rourke");
    expect(keywords).toContain("Gordon D'Arcy");
    for (const piece of ['Rourke', 'Arcy', "didn't", "they're", 't', 're'])
      expect(keywords).not.toContain(piece);
  });

  it('keep an ordinary "van" as a word of its own', () => {
    const text =
      'A delivery van hit a wall in Leeds. The van driver was hurt. Police said the van had been stolen.';
    expect(keywordsOf(text)).toContain('van');
  });
});

describe('speakers whose names hold particles', () => {
  const speakersOf = (text: string): Array<string | null> =>
    analyzer.analyze({ text, language: 'en' }).quotes.map((q) => q.speaker?.name ?? null);

  it.each([
    [
      'Mayor Bill de Blasio spoke on Monday. "We are ready," de Blasio said. "So are we," said Chris Van Hollen. "Good," Van Hollen added.',
      ['Bill de Blasio', 'Chris Van Hollen', 'Chris Van Hollen'],
    ],
    [
      'Ursula von der Leyen spoke in Brussels on Monday. "Europe will not wait," von der Leyen said.',
      ['Ursula von der Leyen'],
    ],
    [
      'Pieter de Vries, an economist, said prices would rise. "Inflation is sticky," De Vries said.',
      ['Pieter de Vries'],
    ],
    [
      'Abu Bakr al-Baghdadi led the group. "We will win," al-Baghdadi said in a recording.',
      ['Abu Bakr al-Baghdadi'],
    ],
    [
      'Crown Prince Mohammed bin Salman met the president. "We have a plan," bin Salman said.',
      ['Mohammed bin Salman'],
    ],
  ])('are resolved to the full name as single surnames are: %s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });

  it('leave a quote whose speaker is unnamed without one', () => {
    const text = 'Abu Bakr al-Baghdadi led the group. "He is gone," a general said of al-Baghdadi.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a particle before a lone surname at a speech cue', () => {
  const analysisOf = (text: string) => analyzer.analyze({ text, language: 'en' });

  it.each([
    ['"We are ready," de Blasio said on Monday. The mayor spoke at City Hall.', 'de Blasio'],
    ['"Europe will not wait," von der Leyen said. "Slowly," von der Leyen added.', 'von der Leyen'],
  ])('belongs to the speaker, the person and the keyword: %s', (text, name) => {
    const analysis = analysisOf(text);
    expect(analysis.quotes.map((q) => q.speaker?.name)).toEqual(analysis.quotes.map(() => name));
    expect(analysis.entities.people).toEqual([name]);
    expect(analysis.keywords).toContain(name);
  });

  it('is a noun after a determiner: "the van Kowalski drove"', () => {
    const analysis = analysisOf('A truck hit the van. "It was loud," the van Kowalski said.');
    expect(analysis.quotes.map((q) => q.speaker?.name)).toEqual(['Kowalski']);
    expect(analysis.keywords).toContain('van');
    expect(analysis.keywords).not.toContain('van Kowalski');
  });
});
