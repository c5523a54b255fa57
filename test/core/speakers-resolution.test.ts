import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

/** The name shown for every quote of `text`, in order. */
function names(text: string): (string | null)[] {
  return findQuotes(text).map((q) => q.speaker?.name ?? null);
}

describe('speakers: he and she stand for the most recent person of that gender', () => {
  it.each([
    [
      'Senator Mary Hale met Governor Tom Reyes on Friday.\n\n“We agreed on the budget,” she said. “It was hard,” he said.',
      ['Mary Hale', 'Tom Reyes'],
    ],
    [
      'Paul Wendt spoke after Sarah Okafor at the hearing. Okafor left early.\n\n“I was not convinced,” he said.',
      ['Paul Wendt'],
    ],
    [
      'Mr. Dunmore answered questions from Ms. Tally. Dunmore said the plan was ready.\n\n“We start in May,” he said.\n\n“That is too late,” she said.',
      ['Dunmore', 'Tally'],
    ],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('learns a gender from an earlier pronoun when the given name says nothing', () => {
    const text =
      'Kerrigan Voss chairs the panel, and she opened the session. Dale Ortiz spoke next.\n\n' +
      'Ortiz praised the report. “It is a fine piece of work,” Voss said.\n\n“We will vote next week,” she said.';
    expect(names(text)).toEqual(['Kerrigan Voss', 'Kerrigan Voss']);
  });

  it('prefers the subject of a sentence to the object of a preposition', () => {
    const text =
      'In an interview with Radio Host Rusty Humphries, Gen. Norman Ham criticised the budget.\n\n' +
      '“It was demoralizing,” he said.';
    expect(names(text)).toEqual(['Norman Ham']);
  });

  it('never reaches back across a headline line', () => {
    const text = 'Kevin Marsh Wins Again\n\n“It was a long night,” he said.';
    expect(names(text)).toEqual([null]);
  });

  it('shows no speaker when the only person before is of the other gender', () => {
    const text = 'Hillary Clinton spoke first.\n\n“We are done here,” he said.';
    expect(names(text)).toEqual([null]);
  });
});

describe('speakers: surnames and titles are linked to the fullest name', () => {
  it.each([
    [
      'Senate Majority Leader Mitch McConnell met reporters.\n\n“The votes are there,” McConnell said.',
      ['Mitch McConnell'],
    ],
    [
      'Mayor Bill de Blasio called it an intentional act.\n\n“There is no evidence of terrorism,” the mayor said.',
      ['Bill de Blasio'],
    ],
    [
      'Former President Bill Clinton campaigned for his wife, Hillary Clinton. Bill Clinton spoke in Flint.\n\n' +
        '“It is a crazy system,” Clinton said.',
      ['Bill Clinton'],
    ],
    [
      'Trump lawyer Marc Kasowitz filed the motion.\n\n“The records are private,” Trump lawyer Marc Kasowitz said.',
      ['Marc Kasowitz'],
    ],
    ['Republican Donald Trump spoke in Ohio.\n\n“We will win,” Trump said.', ['Donald Trump']],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('speakers: no name rather than a wrong one', () => {
  it.each([
    ['“Prices will rise,” the report said.', [null]],
    ['“We are reviewing the case,” a spokesman said.', [null]],
    ['“The economy will slow,” the IMF said.', [null]],
    ['“The claim is false,” PolitiFact said.', [null]],
    ['“Nobody expected this,” it added.', [null]],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the mention even when it names no one, so the attribution is still marked', () => {
    const [q] = findQuotes('“Prices will rise,” the report said.');
    expect(q?.speaker).toMatchObject({ mention: 'the report', name: null, role: null });
  });
});

describe('speakers: a surname that is also a title', () => {
  it.each([
    [
      'Not least, said Paul King, a consultant at Cisco, the tools are old.\n\n“Criminals do what works,” said Mr King.',
      ['Paul King'],
    ],
    [
      'Eric Prince runs the firm.\n\n“We are ready,” said Mr Prince. “It is done,” said Ms Judge.',
      ['Eric Prince', 'Judge'],
    ],
    [
      'Carol King sang first and Mark Judge spoke after her.\n\n“It was a long night,” said Mr Judge.\n\n“I loved it,” Ms King said.',
      ['Mark Judge', 'Carol King'],
    ],
    ['The Saudi King met the Prime Minister on Monday.\n\n“We agreed,” the King said.', [null]],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('speakers: an ordinary word opening a sentence is not part of the name after it', () => {
  it.each([
    [
      'The ferry line reopened on Monday.\n\nEarlier Tom Reyes, the harbour master, toured the pier. “It is ready,” he said.',
      ['Tom Reyes'],
    ],
    ['Boss Ana Kovac spoke after the match. “We played well,” Kovac said.', ['Ana Kovac']],
    [
      'The council met in Millford. (See Marta Lind’s report for the figures.)\n\n“The budget is short,” Lind said.',
      ['Marta Lind'],
    ],
  ])('GIVEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Will Harlan spoke first. “We are ready,” Harlan said.', ['Will Harlan']],
    ['“The deal is done,” Labour MP Jo Pike said on Monday.', ['Jo Pike']],
    ['“It is over?” Tory MP Sam Dale asked. “Yes,” Dale said.', ['Sam Dale', 'Sam Dale']],
  ])(
    'keeps a given name that opens the run, and reads a party and "MP" before it as titles: %j',
    (text, expected) => {
      expect(names(text)).toEqual(expected);
    },
  );
});

describe('speakers: royal titles and names after "the"', () => {
  it('keeps a royal title with the one name after it, apart from a namesake named later', () => {
    const text =
      'On Friday, Prince Edmund, 41, and Lady Rowena Vale hosted a dinner at the palace. Edmund said the two were “very pleased”.\n\n' +
      'Opposition leader Edmund Carver said he was “glad” for them.';
    expect(names(text)).toEqual(['Prince Edmund', 'Edmund Carver']);
  });

  it('links a royal title to the one the article titled so in full', () => {
    const text =
      'Saudi Prince Talib bin Fahd owns a stake in the bank.\n\n“We will not sell,” Prince Talib wrote on Monday.';
    expect(names(text)).toEqual(['Talib bin Fahd']);
  });

  it('reads no person in a capitalised word after "the" ("the Night told", "the Fed said")', () => {
    const text =
      'Nora Kells is to curate the summer festival. The singer of Into the Night told a newspaper it would answer these “grim and greedy times”.\n\n' +
      '“We should salute the best art there is,” she said.\n\n' +
      'Rates held steady, and the Fed said growth was “moderate”.';
    expect(names(text)).toEqual([null, 'Nora Kells', null]);
  });
});

describe('speakers: bodies are not people', () => {
  it('reads no person in the tail of a body ("the Ministry of Justice said", "NHS Employers asked")', () => {
    const text =
      'A woman who lives near the jail said parcels came over the wall.\n\n' +
      'The Ministry of Justice said staff worked “extremely hard”. NHS Employers asked for a review.\n\n' +
      '“It is not nice,” she said.';
    expect(names(text)).toEqual([null, null]);
  });

  it('skips a trust, an authority or a prison for the person named after it', () => {
    const text =
      'Dunmore Trust chairman Sir Alan Pike said the offers were “poor”.\n\n“We need a better system,” he said.\n\n' +
      'A spokeswoman for the Kestrel Telecommunication Authority said the site was blocked.\n\n“We act on complaints,” she said.';
    expect(names(text)).toEqual(['Alan Pike', 'Alan Pike', null]);
  });
});

describe('speakers: clause openers, offices and parties are no one', () => {
  it('reads no person in a word that opens a clause ("When asked…", "And asked…", "Nobody asked…")', () => {
    const text =
      'Senator Ruth Ambler toured the plant on Monday.\n\n' +
      'When asked whether the plant would close, she said: “Not while I sit on this committee.”\n\n' +
      'Mayor Owen Tidd came later. And asked how the budget would hold, he said: “We will find the money.”\n\n' +
      'Nobody asked about the strike. “It will end soon,” Tidd said.';
    expect(names(text)).toEqual(['Ruth Ambler', 'Owen Tidd', 'Owen Tidd']);
  });

  it('reads no person in an office alone ("The party Co-Chairman said")', () => {
    const text =
      'Home Secretary Gareth Lowe has set out a new visa scheme. The Liberal Party Co-Chairman said the plan was late.\n\n' +
      'The home secretary said the checks would start in spring. “They are of great value,” he said.';
    expect(names(text)).toEqual(['Gareth Lowe']);
  });

  it('keeps parties and a member’s letters out of names, and plural parties out of people', () => {
    const text =
      'Labour MP Joan Hollis said the prisons were “full to bursting”.\n\n' +
      'Tory Neil Crane said the figures were “old”. Andrew Tolley MP said: “Let us see the data.”\n\n' +
      'The Lib Dems say they will vote against it. “We need more prison officers,” she said.';
    expect(names(text)).toEqual(['Joan Hollis', 'Neil Crane', 'Andrew Tolley', 'Joan Hollis']);
  });

  it('keeps the letters of a run that names a region, not a person ("The East Midlands MEP")', () => {
    const text =
      'Former host Ralph Denby-Hart will stand in Erewash. The East Midlands MEP left his party last year.\n\n' +
      '“Our country is being stolen from us,” he said.';
    expect(names(text)).toEqual(['Ralph Denby-Hart']);
  });

  it('reads no person in a paper, a channel or a sentence adverb, and takes describers off names', () => {
    const text =
      'Earlier Conservative Graham Tolley said the vote was “a crucial test”.\n\n' +
      'Lottie Fern told the Daily Clarion she was moving. The Law Lords ruled against her.\n\n' +
      '“I will appeal,” she said.\n\n' +
      'Interestingly Blomqvist said: “We never asked.” A Loom Radio-enabled phone went on sale.\n\n' +
      '“It is not television,” he said. Texas-based Mark Dowell said: “Support was soft.”\n\n' +
      'Billionaire Dana Kurtz said: “I am very disappointed.”';
    expect(names(text)).toEqual([
      'Graham Tolley',
      'Lottie Fern',
      'Blomqvist',
      'Blomqvist',
      'Mark Dowell',
      'Dana Kurtz',
    ]);
  });

  it('reads no person in a capitalised common noun the article also writes in lower case ("Prosecutors said")', () => {
    const text =
      'Dale Hurst sold software online for years.\n\n' +
      'Prosecutors said the product was “a fake cure in a new box”. Two prosecutors spoke to reporters.\n\n' +
      '“I did nothing wrong,” he said. Later Ferris said: “He will appeal.”';
    expect(names(text)).toEqual([null, 'Dale Hurst', 'Ferris']);
  });

  it('keeps teams and events out of people, and reads a bare surname as the one named so far', () => {
    const text =
      'Rhys Jennings says Wales are not thinking of the title.\n\n' +
      '“That is the last thing on our minds,” said Jennings, a replacement on Saturday.\n\n' +
      'Coach Matt Jennings’ side beat Rotherham United. The Wigan Warriors lost the Hopman Cup.\n\n' +
      '“An ugly win is still a win,” he said.';
    expect(names(text)).toEqual(['Rhys Jennings', 'Matt Jennings']);
  });

  it('reads no person in a group or a people ("Analysts said", "the 27-year-old Austrian said")', () => {
    const text =
      'Analysts said the stand-off would last.\n\n' +
      '“It could run for months,” Analysts said.\n\n' +
      'The Frenchman said: “I love this club.” Mara Pell, his agent, said he would stay.\n\n' +
      '“I have acted correctly,” the 27-year-old Austrian said.';
    expect(names(text)).toEqual([null, null, null]);
  });

  it('gives "she added" to the one quoted last, not the one the quotation was about', () => {
    const text =
      'Novelist Ada Quill chaired the panel on crime writing.\n\n' +
      'Rosa Penn “changed the way readers thought about women writers”, Quill said. ' +
      '“When she started, nobody wrote heroines like hers,” she added.';
    expect(names(text)).toEqual(['Ada Quill', 'Ada Quill']);
  });

  it('reads no person in a title-cased name of a song or a group ("Flying Without Wings", "Sisters In Crime")', () => {
    const text =
      'The singer Lena Tosh thanked Sisters In Crime for the prize.\n\n' +
      'Her song Flying Without Wings sold a million copies. “It was a great success,” she said.';
    expect(names(text)).toEqual(['Lena Tosh']);
  });

  it('reads "Eve" as a given name, and a Christmas Mass as no one', () => {
    const text =
      'Cardinal Owen Marle led the Christmas Midnight Mass.\n\n“Give what you can,” he said.\n\n' +
      'Dance teacher Eve Tallis said she had seen a change. “Children have less time now,” she said.';
    expect(names(text)).toEqual(['Owen Marle', 'Eve Tallis']);
  });
});
