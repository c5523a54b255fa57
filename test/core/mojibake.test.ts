import { describe, expect, it } from 'vitest';
import { parseArticleFile, parseTextArticle, repairMojibake } from '../../src/core/article/index.js';

describe('UTF-8 read as Windows-1252', () => {
  it.each([
    ['a licence can cost Â£1,000', 'a licence can cost £1,000'],
    ['Enrique PeÃ±a Nieto met FranÃ§ois Delattre', 'Enrique Peña Nieto met François Delattre'],
    ['the prison at GuantÃ¡namo Bay and the cafÃ©', 'the prison at Guantánamo Bay and the café'],
    ['it isnâ€™t over â€” not yet â€œreallyâ€\u009d', 'it isn’t over — not yet “really”'],
    ['a price of 5 â‚¬ in Ä°stanbul', 'a price of 5 € in İstanbul'],
    ['fans sent ðŸ˜€ after the goal', 'fans sent 😀 after the goal'],
  ])('puts right %s', (text, repaired) => {
    expect(repairMojibake(text)).toBe(repaired);
  });

  it.each([
    'SÃO PAULO and ÂNGELO stay as written',
    'café, naïve, Zürich, Ærø and ß are real letters',
    'the letter Â alone, and Ã before a space',
  ])('leaves real text alone: %s', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('puts right a whole pair and leaves a lone lead letter', () => {
    expect(repairMojibake('Ãª at the start, a lone Ã at the end Ã')).toBe(
      'ê at the start, a lone Ã at the end Ã',
    );
  });

  it('is put right in the headline and body of a stored text file', () => {
    const parsed = parseTextArticle(
      'PeÃ±a Nieto visits\n\nThe visit cost Â£2m, officials said.\n\nIt wasnâ€™t cheap.\n',
    );
    const [article] = parsed.articles;
    expect(article?.title).toBe('Peña Nieto visits');
    expect(article?.paragraphs).toEqual(['The visit cost £2m, officials said.', 'It wasn’t cheap.']);
  });

  it('is put right in a JSON record’s headline, standfirst and author', () => {
    const record = {
      title: 'CafÃ© owners win appeal',
      standfirst: 'A ruling worth Â£40,000.',
      author: 'JosÃ© Ruiz',
      text: 'The cafÃ© owners won on Tuesday.\n\nThey said it wasnâ€™t about money.',
    };
    const parsed = parseArticleFile('a.json', new TextEncoder().encode(JSON.stringify(record)));
    const [article] = parsed.articles;
    expect(article?.title).toBe('Café owners win appeal');
    expect(article?.standfirst).toBe('A ruling worth £40,000.');
    expect(article?.author).toBe('José Ruiz');
    expect(article?.paragraphs).toEqual([
      'The café owners won on Tuesday.',
      'They said it wasn’t about money.',
    ]);
  });
});
