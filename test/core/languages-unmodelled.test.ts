// Danish, Norwegian and Finnish, which franc-min has no model of (it read them as Swedish, Dutch, German,
// Ilocano or Malagasy): their function words name them, on short articles written for these checks,
// while their close relatives stay what they are.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const ARTICLES: [string, string, string][] = [
  [
    'fi',
    'Helsingin uusi silta avattiin tiistaina',
    'Helsingin kaupunki avasi tiistaina uuden sillan Kruunuvuorenselän yli. Sillan rakentaminen kesti neljä ' +
      'vuotta ja maksoi noin 300 miljoonaa euroa. Pormestari Juhana Vartiainen sanoi, että silta lyhentää ' +
      'matkaa keskustaan. Asukkaat ovat odottaneet siltaa pitkään.',
  ],
  [
    'fi',
    'Hallitus leikkaa koulutuksesta',
    'Hallitus aikoo leikata koulutuksesta ensi vuonna 200 miljoonaa euroa. Opetusministeri kertoi asiasta ' +
      'maanantaina. Opettajat ovat huolissaan, koska luokat kasvavat.',
  ],
  [
    'da',
    'Ny bro åbner i København',
    'Københavns Kommune åbnede tirsdag en ny bro over havnen. Broen har kostet omkring 300 millioner kroner, ' +
      'og den er kun for cyklister og gående. Overborgmesteren sagde, at broen gør det lettere at komme over ' +
      'havnen. Mange borgere har ventet længe på den.',
  ],
  [
    'da',
    'Regeringen vil hæve skatten',
    'Regeringen foreslår at hæve skatten på tobak fra næste år. Finansministeren siger, at pengene skal ' +
      'bruges på sundhed. Oppositionen er imod forslaget og kalder det urimeligt.',
  ],
  [
    'no',
    'Ny bro åpnet i Oslo',
    'Oslo kommune åpnet tirsdag en ny bro over Akerselva. Broen har kostet rundt 300 millioner kroner, og ' +
      'den er bare for syklister og gående. Byrådslederen sa at broen gjør det lettere å komme seg over ' +
      'elva. Mange innbyggere har ventet lenge på den.',
  ],
  [
    'no',
    'Regjeringen vil øke skatten',
    'Regjeringen foreslår å øke skatten på tobakk fra neste år. Finansministeren sier at pengene skal ' +
      'brukes på helse. Opposisjonen er imot forslaget og kaller det urimelig.',
  ],
  [
    'sv',
    'Ny bro öppnar i Stockholm',
    'Stockholms stad öppnade på tisdagen en ny bro över Saltsjön. Bron har kostat omkring 300 miljoner ' +
      'kronor, och den är bara för cyklister och gående. Borgarrådet sade att bron gör det lättare att ta ' +
      'sig över vattnet. Många invånare har väntat länge på den.',
  ],
  [
    'nl',
    'Nieuwe brug in Utrecht',
    'De gemeente Utrecht heeft dinsdag een nieuwe brug over de Vecht geopend. De brug heeft ongeveer 30 ' +
      'miljoen euro gekost en is alleen voor fietsers en voetgangers. De wethouder zei dat de brug het ' +
      'oversteken veel makkelijker maakt.',
  ],
  [
    'de',
    'Neue Brücke in Bremen',
    'Die Stadt Bremen hat am Dienstag eine neue Brücke über die Weser eröffnet. Die Brücke hat rund 30 ' +
      'Millionen Euro gekostet und ist nur für Radfahrer und Fußgänger. Der Bürgermeister sagte, die Brücke ' +
      'mache den Weg über den Fluss leichter.',
  ],
];

describe('languages franc-min has no model of', () => {
  const analyzer = createAnalyzer();

  it.each(ARTICLES)('%s: %s', (language, title, text) => {
    const detected = languageOf(`${title}\n\n${text}`);
    expect(detected.language).toBe(language);
    // The language's own stop words then keep its little words out of the keywords.
    const { keywords } = analyzer.analyze({ title, text, ...detected });
    expect(keywords.length).toBeGreaterThan(0);
    for (const keyword of keywords)
      for (const word of keyword.toLowerCase().split(' '))
        expect(detected.stopwords.has(word), keyword).toBe(false);
  });

  // 'Ny bro åpnet i Oslo. Oslo kommune åpnet tirsdag en ny bro over Akerselva.' has no word that is
  // Norwegian and not Danish or Swedish: it is left out.
  const items = ARTICLES.filter(([, title]) => title !== 'Ny bro åpnet i Oslo');

  it.each(items)('%s: the headline and first sentence alone (a feed item): %s', (language, title, text) => {
    const item = `${title}\n\n${text.slice(0, text.indexOf('. ') + 1)}`;
    expect(languageOf(item).language).toBe(language);
  });
});
