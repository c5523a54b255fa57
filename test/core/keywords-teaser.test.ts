// A feed item whose body is a teaser (a line or two under the headline) has keywords from its headline
// too: the headline is read as the teaser's first line, so a name or noun only the headline holds can be
// a keyword; before, such items had a word or two from the teaser, or none. A Title Case headline is not
// read so, since each of its words would pass for a name. Short items written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language) }).keywords;
}

describe('keywords of a teaser under its headline', () => {
  it.each([
    [
      'ru',
      'В Тамбове открыли новый мост через Цну',
      'Строители закончили работы на два месяца раньше срока, сообщили в мэрии.',
      ['Тамбове', 'мост', 'Цну'],
    ],
    [
      'pt',
      'Incêndio destrói armazém de cortiça em Santa Maria da Feira',
      'Os bombeiros combateram as chamas durante toda a noite.',
      ['Incêndio', 'armazém', 'cortiça', 'Santa Maria', 'Feira'],
    ],
  ])('%s: the headline’s words', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });

  it('en: a sentence-case headline is read, a Title Case one is not', () => {
    const teaser = 'Work stopped at dawn and the union said talks would resume on Friday.';
    expect(keywordsOf('Harbour cranes idle as dockers strike in Felixstowe', teaser, 'en')).toEqual([
      'Harbour',
      'cranes',
      'idle',
      'dockers',
      'strike',
      'Felixstowe',
      'dawn',
      'union',
      'talks',
    ]);
    expect(keywordsOf('Harbour Cranes Idle as Dockers Strike in Felixstowe', teaser, 'en')).toEqual([
      'dawn',
      'union',
      'talks',
    ]);
  });
});
