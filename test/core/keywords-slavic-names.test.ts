// A name's case forms are one keyword in Russian, Polish and Czech ("Путин", "Путина", "Путину"; "Tusk",
// "Tuska"; "Fiala", "Fialy"), and a lone surname joins the full name that ends in a form of it; a
// surname suffix is no case ending, so "Иван" and "Иванов" stay two. Short articles written for these
// checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { foldNameCases } from '../../src/core/keywords/index.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language) }).keywords;
}

describe('case forms of a name are one keyword', () => {
  it.each([
    [
      'ru',
      'Встреча Путина с губернатором',
      'Владимир Путин встретился в Кремле с губернатором Новосибирской области Андреем Травниковым. ' +
        'Губернатор рассказал Путину о строительстве нового моста через Обь. По словам Травникова, мост ' +
        'откроют в следующем году. Путин поддержал проект, сообщили в Кремле. Мост через Обь станет третьим ' +
        'в Новосибирске. Ранее Травников обсуждал проект с правительством.',
      ['Путин', 'Кремле', 'губернатором', 'Обь', 'мост', 'проект', 'Новосибирской', 'Андреем Травниковым'],
    ],
    [
      'cs',
      'Fiala jednal s Babišem',
      'Premiér Petr Fiala jednal ve Sněmovně s Andrejem Babišem o rozpočtu. Babiš podle Fialy odmítl návrh ' +
        'vlády. Fiala řekl, že vláda rozpočet předloží znovu. Babišovi vadí vyšší daně. Opozice v čele s ' +
        'Babišem chce mimořádnou schůzi.',
      ['Petr Fiala', 'Andrejem Babišem', 'Sněmovně'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });

  it('folds Polish forms to the one written most, and keeps a surname suffix apart', () => {
    const text = 'Tusk w Warszawie. Tusk i Tuska żona. Warszawa, Warszawy. Iwan i Iwanow.';
    expect(foldNameCases(['Tusk', 'Warszawie', 'Tuska', 'Warszawy', 'Iwan', 'Iwanow'], text)).toEqual([
      'Tusk',
      'Warszawie',
      'Iwan',
      'Iwanow',
    ]);
  });
});
