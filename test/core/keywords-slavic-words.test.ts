// Verbs and adjectives are no one-word keywords in Russian, Polish and Czech: their past tense and their
// adjectives end as nouns hardly do (slavic-words.ts). Short articles written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language) }).keywords;
}

describe('verbs and adjectives are no keywords in Slavic languages', () => {
  it.each([
    [
      'ru',
      'В Перми открылась новая библиотека',
      'В Перми в субботу открылась городская библиотека. Читатели получили новые читательские билеты. ' +
        'Библиотека работает ежедневно, сообщили в мэрии Перми.',
      ['Перми', 'библиотека'],
    ],
    [
      'pl',
      'Gdańsk: rada przyjęła budżet',
      'Rada miasta w Gdańsku przyjęła budżet na przyszły rok. Prezydent miasta przyjął budżet bez zmian. ' +
        'Radni przyjęli też plan inwestycji w szkołach, a budżet miejski przewiduje nowe inwestycje.',
      ['budżet', 'miasta', 'Rada', 'Gdańsku'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });
});
