import { describe, it, expect } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

const SEED =
  'In a recent diplomatic development, China’s Commerce Minister, Wang Wentao, held a meeting with Sanjay ' +
  'Mehrotra, President and CEO of Micron Technology Inc., in Beijing.\n\n' +
  'In his remarks during the meeting, Minister Wang stated, “We welcome Micron Technology to continue to ' +
  'establish a strong presence in the Chinese market.”\n\n' +
  'It coincided with a declaration by the Group of Seven that they would seek to “de-risk, not decouple” from China.';

/** The one quote of `text`, its offsets checked: a second, spurious quote fails the test. */
function onlyQuote(text: string) {
  const quotes = findQuotes(text);
  expect(quotes).toHaveLength(1);
  expectOffsets(text, quotes);
  return quotes[0];
}

/** Every quote's offsets, and its speaker's, point at its own words in the text. */
function expectOffsets(text: string, quotes: ReturnType<typeof findQuotes>): void {
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
  }
}

describe('findQuotes: marks and offsets', () => {
  it.each([
    ['straight marks', '"We will win this race," Smith said.', 'We will win this race,'],
    ['curly marks', '“We will win this race,” Smith said.', 'We will win this race,'],
  ])('reads %s', (_name, text, quoted) => {
    const q = onlyQuote(text)!;
    expect(q.text).toBe(quoted);
    expect(q.partial).toBe(false);
    expect(q.speaker?.mention).toBe('Smith');
  });

  it('returns nothing for text without quotation marks', () => {
    expect(findQuotes('The council met on Tuesday and adjourned.')).toEqual([]);
  });
});

describe('findQuotes: speakers', () => {
  it('splits a quote around its cue and gives both halves the same speaker', () => {
    const text = 'Ann Lee spoke first.\n\n“We are ready,” she said. “The city is ready too.”';
    const quotes = findQuotes(text);
    expectOffsets(text, quotes);
    expect(quotes.map((q) => q.text)).toEqual(['We are ready,', 'The city is ready too.']);
    expect(quotes.map((q) => q.speaker?.mention)).toEqual(['she', 'she']);
  });

  it('resolves a pronoun to the last named person before it', () => {
    const text = 'Mayor Ann Lee opened the session.\n\n“We are ready,” she said.';
    const q = onlyQuote(text);
    expect(q?.speaker?.mention).toBe('she');
    expect(q?.speaker?.name).toBe('Ann Lee');
  });

  it('reads the inverted order "said Mayor Ann Lee"', () => {
    const text = '“The bridge will reopen in May,” said Mayor Ann Lee.';
    const q = onlyQuote(text);
    expect(q?.speaker?.mention).toBe('Mayor Ann Lee');
    expect(q?.speaker?.name).toBe('Ann Lee');
  });

  it('attributes a cue before the quote to its subject, resolving the fullest name and the role', () => {
    const quotes = findQuotes(SEED);
    expectOffsets(SEED, quotes);
    expect(quotes.map((q) => q.text)).toEqual([
      'We welcome Micron Technology to continue to establish a strong presence in the Chinese market.',
      'de-risk, not decouple',
    ]);
    const welcome = quotes.find((q) => q.text.startsWith('We welcome'));
    expect(welcome?.partial).toBe(false);
    expect(welcome?.speaker?.mention).toBe('Minister Wang');
    expect(welcome?.speaker?.name).toBe('Wang Wentao');
    expect(welcome?.speaker?.role).toBe('China’s Commerce Minister');
    const mention = welcome?.speaker;
    expect(SEED.slice(mention?.start, mention?.end)).toBe('Minister Wang');
  });

  it('takes the speaker from an introducing paragraph that ends with a colon', () => {
    const text = 'Senator Cruz continued:\n\n“You look at the questions. None of them are about policy.”';
    const q = onlyQuote(text);
    expect(q?.speaker?.mention).toBe('Senator Cruz');
  });

  it('gives a following quote paragraph without a cue the speaker of the previous one', () => {
    const text = '“Taxes will fall,” Smith said.\n\n“And wages will rise next year.”';
    const quotes = findQuotes(text);
    expectOffsets(text, quotes);
    expect(quotes.map((q) => [q.text, q.speaker?.mention])).toEqual([
      ['Taxes will fall,', 'Smith'],
      ['And wages will rise next year.', 'Smith'],
    ]);
  });

  it('steps over an appositive to the name before it', () => {
    const text = 'Jane Roe, a spokeswoman for the campaign, said, “We expect to win.”';
    const q = onlyQuote(text);
    expect(q?.speaker?.mention).toBe('Jane Roe');
    expect(q?.speaker?.role).toBe('a spokeswoman for the campaign');
  });
});

describe('findQuotes: paragraphs and fragments', () => {
  it('continues a quote that runs over two paragraphs', () => {
    const text = 'Jones said: “The first part is here.\n\n“The second part follows.”\n\nThe meeting ended.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expectOffsets(text, quotes);
    expect(quotes[0]?.text).toContain('The first part is here.');
    expect(quotes[0]?.text).toContain('The second part follows.');
    expect(quotes[0]?.speaker?.mention).toBe('Jones');
  });

  it('marks a fragment inside the writer’s sentence as partial and finds its cue', () => {
    const text = 'Smith said the move was “a costly mistake for the city” and left.';
    const q = onlyQuote(text);
    expect(q?.partial).toBe(true);
    expect(q?.text).toBe('a costly mistake for the city');
    expect(q?.speaker?.mention).toBe('Smith');
  });

  it('keeps the seed’s “de-risk, not decouple” as a partial quote', () => {
    const q = findQuotes(SEED).find((x) => x.text === 'de-risk, not decouple');
    expect(q?.partial).toBe(true);
  });
});

describe('findQuotes: not quotes', () => {
  it.each([
    ['a film title', 'She starred in the film “Gone Girl” last year.'],
    ['a book title', 'His new book “The Long Road Home” sold well.'],
    ['a scare quote', 'The so-called “reform” failed in the Senate.'],
    ['a nickname', 'Fans call the striker “the Hammer” at home games.'],
  ])('rejects %s', (_name, text) => {
    expect(findQuotes(text)).toEqual([]);
  });
});

describe('findQuotes: marks of other languages', () => {
  const texts = (text: string): string[] => findQuotes(text, undefined, false).map((q) => q.text);

  it('pairs « » with and without the inner spaces, and keeps “ ” inside them', () => {
    expect(texts('Il a dit : « Nous partons. » Elle : «Pas moi, “jamais”».')).toEqual([
      'Nous partons.',
      'Pas moi, “jamais”',
    ]);
  });

  it('pairs „ with “ (German) and with ” (Dutch, Polish)', () => {
    expect(texts('Sie sagte: „Wir bleiben.“ Er: „Wij gaan.”')).toEqual(['Wir bleiben.', 'Wij gaan.']);
  });

  it('pairs 「 」 and 『 』, a 『 』 inside 「 」 staying part of it', () => {
    expect(texts('彼は「『計画』は良い」と言った。『次へ』。')).toEqual(['『計画』は良い', '次へ']);
  });

  it('pairs “ ” after a full-width colon, as a whole-sentence quote', () => {
    const quotes = findQuotes('部长表示：“能源计划是全国的机会。”', undefined, false);
    expect(quotes.map((q) => [q.text, q.partial])).toEqual([['能源计划是全国的机会。', false]]);
  });

  it('ends a « quote left open at its paragraph', () => {
    expect(texts('Il a dit : « Nous partons\n\nAutre chose. « Oui » dit-elle.')).toEqual([
      'Nous partons',
      'Oui',
    ]);
  });
});

describe('speaker names as the article writes them', () => {
  it.each([
    [
      'an initial keeps its full stop, a trailing comma goes',
      'Mayor Julie A. Diaz, who leads the city, spoke on Monday.\n\n“We will win this,” said Julie A. Diaz.',
      'Julie A. Diaz',
    ],
    [
      'titles and a comma after the name are not part of it',
      'Former Gov. Mary Smith, the chair, arrived.\n\n“I am ready,” said Mary Smith, the chair.',
      'Mary Smith',
    ],
    [
      'a possessive is not part of the name',
      'Ann Lee’s aides met Ann Lee’s rival Tom Hall.\n\n“We won,” said Ann Lee.',
      'Ann Lee',
    ],
  ])('%s', (_, text, name) => {
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });
});
