// Verbs are no keywords in Norwegian, Swedish and Danish: a word never written after an article or a
// determiner goes when it follows an auxiliary, a modal or a pronoun ("vil bygge", "ska börja") or is an
// infinitive after its marker ("å bygge", "att bygga", "at bygge") (romance-words.ts, Nordic cues). A
// lower-case word after a place's name stays ("Tromsø kommune"). Short articles written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, null, language) }).keywords;
}

describe('verbs are no keywords in Norwegian, Swedish and Danish', () => {
  it.each([
    [
      'no',
      'Regjeringen vil bygge nytt sykehus i Tromsø',
      'Regjeringen vil bygge et nytt sykehus i Tromsø. Helseministeren sier at sykehuset skal stå ferdig i ' +
        '2030, og at regjeringen vil bygge flere sykehus i nord. Sykehuset får 400 senger. Tromsø kommune ' +
        'har ventet lenge, og kommunen er fornøyd.',
      ['regjeringen', 'sykehus', 'Tromsø'],
    ],
    [
      'sv',
      'Regeringen vill bygga nya bostäder i Malmö',
      'Regeringen vill bygga tusen nya bostäder i Malmö. Bostadsministern säger att bygget ska börja i vår, ' +
        'och att regeringen vill bygga fler bostäder i söder. Malmö stad har väntat länge, och staden är nöjd ' +
        'med bostäder.',
      ['bostäder', 'regeringen', 'Malmö'],
    ],
    [
      'da',
      'Regeringen vil bygge nye boliger i Aarhus',
      'Regeringen vil bygge tusind nye boliger i Aarhus. Boligministeren siger, at byggeriet skal starte til ' +
        'foråret, og at regeringen vil bygge flere boliger. Aarhus Kommune har ventet længe på boliger.',
      ['boliger', 'regeringen', 'Aarhus Kommune'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });
});
