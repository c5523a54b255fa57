// Norwegian, Danish and Swedish write the definite article and the plural as endings: a noun's forms
// ("sykehus", "sykehuset", "sykehusene") are one keyword, in the form the article writes most
// (nordic-forms.ts). Short articles written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, null, language) }).keywords;
}

describe('definite and plural forms of a noun are one keyword', () => {
  it.each([
    [
      'no',
      'Nytt bibliotek i Bodø',
      'Bodø får et nytt bibliotek i sentrum. Biblioteket åpner i mai, og biblioteket blir byens største. ' +
        'Bibliotekene i bydelene blir også pusset opp, sier ordføreren. Bodø kommune betaler for biblioteket.',
      ['Bodø', 'biblioteket'],
    ],
    [
      'sv',
      'Ny färja till Gotland',
      'Gotland får en ny färja nästa år. Färjan tar 1 500 passagerare, och färjan går till Visby varje dag. ' +
        'De gamla färjorna säljs. Resenärerna har väntat länge på färjan, säger regionen.',
      ['färjan', 'Gotland', 'Visby'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });
});
