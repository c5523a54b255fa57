import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { frequencyKey, isBareWord, verbCueOf, withFullNames } from '../../src/core/keywords/index.js';

const { extractKeywords } = createAnalyzer();

const SENATE = [
  'Donald Trump met senators in New York on Monday. Donald Trump said the talks went well.',
  'Trump later flew from New York to Ohio, where Trump spoke about steel tariffs. Critics said steel tariffs hurt farmers.',
  "Aides said they don't expect a deal. Trump recently placed new tariffs on Canadian steel.",
].join('\n\n');

describe('keywords an editor would pick', () => {
  const keywords = extractKeywords(SENATE, 'Trump pushes steel tariffs');

  it('shows the full name once, not its last word beside it', () => {
    expect(keywords).toContain('Donald Trump');
    expect(keywords).not.toContain('Trump');
  });

  it('keeps a name with a stop word in it whole', () => {
    expect(keywords).toContain('New York');
    expect(keywords).not.toContain('York');
  });

  it('keeps every keyword free of contractions, bare verbs and adverbs', () => {
    for (const k of keywords) {
      expect(k).not.toMatch(/['’]/);
      expect(k.split(' ').length > 1 || !isBareWord(k)).toBe(true);
    }
    expect(keywords).not.toContain("don't");
    expect(keywords).not.toContain('recently');
    expect(keywords).not.toContain('placed');
  });

  it('never glues a description to a name', () => {
    const words = extractKeywords(
      'Pop star Michael Buble married actress Luisana Lopilato. Fans cheered pop star Michael Buble and ' +
        'actress Luisana Lopilato outside. Pop star Michael Buble waved.',
      'Michael Buble weds',
    );
    for (const k of words) {
      const parts = k.split(' ');
      const capitals = parts.filter((p) => p !== p.toLowerCase()).length;
      expect(capitals === 0 || capitals === parts.length).toBe(true);
    }
    expect(words).toContain('Michael Buble');
    expect(words).toContain('Luisana Lopilato');
  });

  it('weighs a word by how rare it is across the archive', () => {
    const text =
      'The harbour and the lighthouse. The harbour and the lighthouse. The harbour and the lighthouse.';
    const archive = { documents: 1000, counts: new Map([[frequencyKey('harbour'), 900]]) };
    expect(extractKeywords(text, undefined, 2, undefined, archive)).toEqual(['lighthouse', 'harbour']);
    const other = { documents: 1000, counts: new Map([[frequencyKey('lighthouse'), 900]]) };
    expect(extractKeywords(text, undefined, 2, undefined, other)).toEqual(['harbour', 'lighthouse']);
  });
});

describe('isBareWord', () => {
  it.each([
    ['left', true],
    ['recent', true],
    ['best', true],
    ['placed', true],
    ['slightly', true],
    ['services', true],
    ['issues', true],
    ['story', true],
    ['four', true],
    ['family', false],
    ['harbour', false],
    ['tariffs', false],
    ['Placed', false],
    ['January', true],
    ['Oct', true],
    ['Sept.', true],
    ['May', false],
    ['march', false],
  ])('%s → %s', (word, bare) => {
    expect(isBareWord(word)).toBe(bare);
  });
});

describe('frequencyKey', () => {
  it.each([
    ['Markets', 'market'],
    ['café', 'cafe'],
    ['running', 'run'],
  ])('%s → %s', (word, key) => {
    expect(frequencyKey(word)).toBe(key);
  });
});

describe('withFullNames', () => {
  const entities = {
    people: ['Donald Trump', 'James Mattis'],
    organizations: ['Marine Corps', 'Kenya Red Cross'],
    places: ['Kenya', 'Lake Victoria'],
  };

  it('replaces name pieces by the full name, once, and keeps everything else in order', () => {
    expect(
      withFullNames(
        ['Trump', 'waiver', 'Corps', 'Marine', 'Kenya', 'Victoria', 'President-elect', 'Mattis', 'Pentagon'],
        entities,
        10,
      ),
    ).toEqual([
      'Donald Trump',
      'waiver',
      'Marine Corps',
      'Kenya',
      'Lake Victoria',
      'James Mattis',
      'Pentagon',
    ]);
  });

  it('drops an office or honorific alone, and keeps a royal title that names one person', () => {
    expect(
      withFullNames(
        ['President', 'waiver', 'Minister', 'Senator', 'Sir', 'Queen', 'Chancellor', 'Pope'],
        entities,
        10,
      ),
    ).toEqual(['waiver', 'Queen', 'Pope']);
  });

  it('reads a person by the surname only: a first name alone stays', () => {
    expect(withFullNames(['Donald', 'James'], entities, 10)).toEqual(['Donald', 'James']);
  });

  it('stops at the limit', () => {
    expect(withFullNames(['Trump', 'waiver', 'Pentagon'], entities, 2)).toEqual(['Donald Trump', 'waiver']);
  });
});

describe('the analysis keywords', () => {
  it('names people, organisations and places in full and types them', () => {
    const analysis = createAnalyzer().analyze({
      title: 'Flooding closes schools near Lake Victoria',
      text: [
        'President-elect Donald Trump spoke to the Kenya Red Cross about flooding near Lake Victoria.',
        'The Kenya Red Cross said flooding had closed schools. Trump said flooding was a disaster.',
        'Victoria rose again on Monday, and flooding reached the World Cup stadium. Trump promised help.',
      ].join('\n\n'),
    });
    expect(analysis.entities.people).toEqual(['Donald Trump']);
    expect(analysis.entities.organizations).toEqual(['Kenya Red Cross']);
    expect(analysis.entities.places).toEqual(['Lake Victoria']);
    expect(analysis.keywords).toContain('Donald Trump');
    expect(analysis.keywords).toContain('Lake Victoria');
    expect(analysis.keywords).not.toContain('Trump');
    expect(analysis.keywords).not.toContain('President-elect');
    expect(analysis.keywords).not.toContain('Victoria');
  });
});

describe('the analysis keywords leave dates out', () => {
  it('never gives a month as a keyword, however often the article names it', () => {
    const analysis = createAnalyzer().analyze({
      title: 'Harbour dredging plan approved',
      text: [
        'The harbour board approved the dredging plan in January. Dredging starts in March and ends in October.',
        'Fishermen asked the harbour board in February to delay the dredging until April.',
        'The board said the dredging would cost £4m. A report due in Oct. will set the dredging depth.',
        'The harbour reopens in November, the board said, and the dredging report comes in December.',
      ].join('\n\n'),
    });
    expect(analysis.keywords).toContain('dredging');
    for (const month of ['January', 'February', 'March', 'April', 'October', 'Oct', 'November', 'December'])
      expect(analysis.keywords).not.toContain(month);
  });
});

describe('the analysis keywords leave out words the article uses only as verbs', () => {
  it('drops a verb the text puts after a modal or a pronoun, and keeps a word it also uses as a noun', () => {
    const analysis = createAnalyzer().analyze({
      title: 'Ferry crews strike over pay',
      text: [
        'Ferry crews began a strike over pay on Monday. The crews say they deserve a fair rise, and the union said members would strike again.',
        'The operator said it could not afford the rise. Crews wore orange vests at the harbour. We wore them for the cameras, one crew member said.',
        'The strike halted ferry services to the islands. Islanders were relaying messages by radio, and shops were relaying orders by phone.',
        'The operator said ferry pay talks would resume. They deserve better, said the union.',
      ].join('\n\n'),
    });
    expect(analysis.keywords).toContain('strike');
    expect(analysis.keywords).toContain('pay');
    for (const verb of ['deserve', 'wore', 'relaying']) expect(analysis.keywords).not.toContain(verb);
  });
});

describe('verbCueOf', () => {
  it('says what each cue word makes of the next word, a determiner first', () => {
    const cases: Array<[string, number]> = [
      ['the', 1],
      ['their', 1],
      ['every', 1],
      ['will', 2],
      ["didn't", 2],
      ['they', 2],
      ['was', 3],
      ['being', 3],
      ['council', 0],
      ['said', 0],
      ['', 0],
    ];
    for (const [word, cue] of cases) expect(verbCueOf(word), word).toBe(cue);
  });
});
