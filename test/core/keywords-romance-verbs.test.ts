// Verbs and predicates are no keywords in Portuguese, Spanish, Italian and French (romance-words.ts): a
// word never written after an article or determiner goes when it follows an auxiliary, a negation, a
// pronoun or a capitalised subject ("Iberdrola compra"), is an infinitive after a preposition, or ends as
// only a verb ends; a noun written once after an article stays, whatever its ending ("um jantar"). Short
// articles written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language) }).keywords;
}

describe('verbs are no keywords in Romance languages', () => {
  it.each([
    [
      'pt',
      'Autarca de Viseu condenado por desvio de verbas',
      'O antigo autarca de Viseu foi condenado ontem pelo tribunal. O autarca chegou ao tribunal de manhã e ' +
        'não quis falar. Os juízes decidiram que o autarca desviou verbas da câmara. A defesa vai recorrer ' +
        'da decisão e tentará apurar os erros do processo. O autarca chegou a pagar parte das verbas ' +
        'e um jantar. Esse jantar custou mil euros.',
      ['autarca', 'verbas', 'tribunal', 'Viseu', 'jantar'],
    ],
    [
      'es',
      'El alcalde de Soria dimite tras la polémica',
      'El alcalde de Soria anunció ayer su dimisión. El alcalde se retiró de la reunión sin hablar. La ' +
        'oposición había pedido la dimisión del alcalde por la polémica del mercado. Los concejales ' +
        'aceptaron la dimisión y ya preparan la elección de un nuevo alcalde. El alcalde anunció que no ' +
        'volverá a la política.',
      ['alcalde', 'dimisión', 'Soria', 'polémica'],
    ],
    [
      'es',
      'Iberdrola compra un parque eólico en Lugo',
      'Iberdrola compra el parque a una empresa gallega por 90 millones. El parque produce energía para ' +
        '40.000 hogares. Según la empresa, Iberdrola compra también la red de la comarca.',
      ['Iberdrola', 'parque', 'empresa'],
    ],
    [
      'it',
      'Il sindaco di Lecce lascia il porto turistico',
      'Il sindaco di Lecce annunciò ieri le dimissioni. Il sindaco ha lasciato la guida del porto dopo le ' +
        'proteste dei pescatori, che chiedevano di spostare il porto. Il consiglio comunale annunciò un ' +
        'nuovo bando per il porto.',
      ['porto', 'sindaco', 'Lecce'],
    ],
    [
      'fr',
      'Le maire de Brest répond aux pêcheurs',
      'Le maire de Brest répond aux pêcheurs du port. Les pêcheurs manifestaient depuis lundi contre le ' +
        'nouveau quai. Le maire a promis de rencontrer les pêcheurs. Il répond aussi aux critiques de ' +
        "l'opposition sur le quai. Les pêcheurs attendaient une réponse du maire.",
      ['pêcheurs', 'maire', 'Brest', 'quai'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });
});
