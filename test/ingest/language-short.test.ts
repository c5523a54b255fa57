import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOf } from '../../src/ingest/language.js';
import { functionWordCounts } from '../../src/ingest/function-words.js';

// Feed items written for the project: a title and a sentence or two, in each language the analyzer has
// rules for. Trigrams alone read several of them as a neighbour (Czech as Serbian, Russian as
// Bulgarian, Italian as Spanish, German as Dutch).
const SHORT: Record<string, string[]> = {
  en: [
    'Storm closes schools in Leeds. Heavy snow kept buses off the roads on Tuesday.',
    'Bank raises rates again. The central bank said prices were still rising too fast.',
    'Police arrest two men after a fire at a warehouse in Bristol on Sunday night.',
    'Mayor opens new bridge. Hundreds of people walked across it in the rain.',
    'Rail strike ends after talks. Trains will run as normal from Monday, the union said.',
  ],
  de: [
    'Sturm legt Bahnverkehr lahm. Am Montag fielen in Hamburg viele Züge aus.',
    'Die Regierung plant neue Regeln für Mieten. Der Minister sprach von einem fairen Kompromiss.',
    'Brand in Fabrik in Köln: Feuerwehr rettet drei Arbeiter.',
    'Neue Brücke über den Rhein eröffnet. Tausende Menschen kamen zur Feier.',
  ],
  fr: [
    'Grève des trains ce jeudi. La circulation sera très perturbée en Île-de-France.',
    'Le maire de Lyon veut plus de pistes cyclables dans le centre.',
    'Incendie à Marseille : trois immeubles évacués dans la nuit.',
    "La ministre annonce une hausse du budget de l'école. Les syndicats restent prudents.",
  ],
  es: [
    'Huelga de transporte en Madrid. Los autobuses no circularán el lunes.',
    'El Gobierno aprueba una nueva ley de vivienda tras meses de debate.',
    'Incendio en un almacén de Valencia: no hay heridos, según los bomberos.',
    'La selección gana la final. Miles de aficionados celebraron en las calles.',
  ],
  pt: [
    'Greve dos professores fecha escolas em Lisboa. O sindicato pede aumentos salariais.',
    'Chuva forte provoca cheias no Porto durante a noite.',
    'O governo anunciou um novo plano para a habitação. Os preços continuam a subir.',
    'Incêndio destrói armazém em Braga; não houve feridos.',
  ],
  it: [
    'Sciopero dei treni a Milano. Molti pendolari sono rimasti a casa.',
    'Il sindaco di Roma presenta il nuovo piano per i rifiuti.',
    'Neve in montagna: chiuse tre strade in Trentino.',
    'La squadra vince la coppa. I tifosi festeggiano in piazza fino a tarda notte.',
    'Il governo approva la legge di bilancio dopo un lungo dibattito.',
  ],
  nl: [
    'Storm zorgt voor chaos op het spoor. Veel treinen rijden vandaag niet.',
    'De gemeente Utrecht wil meer fietsenstallingen bij het station.',
    'Brand in een loods in Rotterdam, niemand raakte gewond.',
    'Het kabinet presenteert nieuwe plannen voor woningbouw.',
  ],
  ru: [
    'Снегопад парализовал движение в Москве. Многие рейсы отменены.',
    'Правительство объявило о новых мерах поддержки семей.',
    'В Петербурге открылся новый мост через Неву.',
    'Пожар на складе под Казанью потушен, пострадавших нет.',
  ],
  zh: [
    '上海今天下大雪，多条地铁线路停运。',
    '政府宣布新的住房政策，房价可能下降。',
    '北京新桥通车，市民冒雨参观。',
  ],
  ja: [
    '東京で大雪、電車が止まりました。',
    '政府は新しい住宅政策を発表した。',
    '大阪の倉庫で火事があり、けが人はいませんでした。',
  ],
  ar: [
    'عاصفة ثلجية تغلق المدارس في عمان. وقالت الحكومة إن الدراسة ستستأنف الأحد.',
    'افتتاح جسر جديد في القاهرة بحضور الوزير.',
    'الحكومة تعلن خطة جديدة للإسكان.',
  ],
  cs: [
    'Sníh v Praze zastavil tramvaje. Ve středu nejezdily ani autobusy.',
    'Vláda schválila nový zákon o bydlení po dlouhé debatě.',
    'Požár skladu v Brně, nikdo nebyl zraněn.',
    'Stávka učitelů zavřela školy. Odbory chtějí vyšší platy.',
    'Nový most přes Vltavu byl otevřen v pondělí.',
  ],
  pl: [
    'Śnieg sparaliżował Warszawę. Wiele pociągów nie kursowało w poniedziałek.',
    'Rząd przyjął nową ustawę o mieszkaniach po długiej debacie.',
    'Pożar magazynu w Krakowie, nikt nie został ranny.',
    'Strajk nauczycieli zamknął szkoły w całym kraju.',
  ],
};

describe('the language of a short feed item', () => {
  for (const [language, texts] of Object.entries(SHORT)) {
    it(`is ${language} for every ${language} item`, () => {
      expect(texts.map((text) => [text, detectLanguage(text)])).toEqual(
        texts.map((text) => [text, language]),
      );
    });
  }

  it('stays that of a language without rules when its own function words say so', () => {
    // Ukrainian and Swedish: their own words outnumber the Russian or Dutch ones.
    expect(
      detectLanguage('Уряд представив новий план щодо житла після тривалої дискусії в парламенті.'),
    ).toBe('uk');
    expect(detectLanguage('Stormen stängde skolor i Göteborg. Många tåg ställdes in på tisdagen.')).toBe(
      'sv',
    );
  });

  it('is English for English items whose names hold particles', () => {
    const items = [
      'Bill de Blasio said the plan works, and the city council agreed on Monday.',
      'Ursula von der Leyen met Chris Van Hollen and Pieter de Vries in Brussels to talk about the war.',
    ];
    expect(items.map((item) => detectLanguage(item))).toEqual(['en', 'en']);
  });
});

// Headlines alone, written for the project: too few letters for trigrams, names and no little words.
const HEADLINES: Record<string, string[]> = {
  en: [
    'Recep Tayyip Erdogan visits Zagreb',
    'Juventus sign Dusan Vlahovic',
    'Tesla stock falls 5% after earnings',
  ],
  it: ['Juventus, Vlahovic segna ancora', 'Meloni incontra Macron a Roma', 'Caldo record in Sicilia'],
  cs: ['Vláda schválila rozpočet', 'Praha: nová linka metra', 'Sparta porazila Slavii'],
};

describe("a feed's declared language as a hint", () => {
  for (const [language, headlines] of Object.entries(HEADLINES)) {
    it(`is taken for every ${language} headline that says nothing clear of its own`, () => {
      const hint = language === 'cs' ? 'cs-CZ' : language;
      expect(headlines.map((h) => [h, detectLanguage(h, hint)])).toEqual(headlines.map((h) => [h, language]));
    });
  }

  it('gives way to an item whose little words say otherwise, and to a long text', () => {
    // A feed that says English, carrying Czech and Italian items.
    expect(detectLanguage('Požár skladu v Brně, nikdo nebyl zraněn.', 'en')).toBe('cs');
    expect(detectLanguage('Il sindaco di Roma presenta il nuovo piano per i rifiuti.', 'en')).toBe('it');
    const long = `${SHORT.de!.join(' ')} ${SHORT.de!.join(' ')} ${SHORT.de!.join(' ')}`;
    expect(long.length).toBeGreaterThan(300);
    expect(detectLanguage(long, 'en')).toBe('de');
  });

  it('is not taken for a text in another script', () => {
    expect(detectLanguage('Снегопад парализовал движение в Москве.', 'en')).toBe('ru');
  });

  it('stands behind the language an article declares itself', () => {
    expect(languageOf('Caldo record in Sicilia', 'it', 'en').language).toBe('it');
    expect(languageOf('Caldo record in Sicilia', null, 'it').language).toBe('it');
  });
});

describe('functionWordCounts', () => {
  it('counts the little words of each language, but not a particle before a capitalised name', () => {
    const counts = functionWordCounts('Ursula von der Leyen sprach mit der Presse und den Bauern.');
    // mit, der, und, den; "von der" between Ursula and Leyen is left out
    expect(counts.get('de')).toBe(4);
    expect(functionWordCounts('Bill de Blasio said the plan works.').get('fr') ?? 0).toBe(0);
    expect(functionWordCounts('La hausse de Paris.').get('fr')).toBe(2);
  });

  it('counts a capitalised word only at the start of a sentence', () => {
    expect(functionWordCounts('Die Bahn streikt. Die Züge stehen.').get('de')).toBe(2);
    expect(functionWordCounts('Lisa Die spoke.').get('de') ?? 0).toBe(0);
  });
});
