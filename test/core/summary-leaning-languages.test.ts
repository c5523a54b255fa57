// A one-line summary (/latest, digests, live posts) must stand alone in every language, not only in
// English: a sentence opening on "Por isso," / "Sin embargo," / "Deshalb" leans on the one before. Short
// articles written for the project, one per language, where that sentence is the most central one; and
// words that lean in one language but open a plain sentence in another ("Mais" is "but" in French and
// "more" in Portuguese).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { parseTextArticle } from '../../src/core/article/index.js';
import { leansOnContext } from '../../src/core/summary/index.js';
import { toStoredArticle } from '../../src/ingest/to-stored.js';

// [language, title, the sentences: a scene-setter, the leaning central one, the one that stands alone, one more]
const ARTICLES: Array<[string, string, string[]]> = [
  [
    'pt',
    'Ponte velha fechada',
    [
      'Choveu forte em março na cidade.',
      'Por isso, a prefeitura fechou a ponte velha sobre o rio depois que engenheiros encontraram rachaduras na ponte velha.',
      'A ponte velha sobre o rio ficará fechada até que a prefeitura conclua a reforma.',
      'Os engenheiros disseram que as rachaduras na ponte apareceram depois das chuvas.',
    ],
  ],
  [
    'es',
    'Puente viejo cerrado',
    [
      'Llovió mucho en marzo en la ciudad.',
      'Sin embargo, el ayuntamiento cerró el puente viejo sobre el río cuando los ingenieros encontraron grietas en el puente viejo.',
      'El puente viejo sobre el río seguirá cerrado hasta que el ayuntamiento termine la reforma.',
      'Los ingenieros dijeron que las grietas del puente aparecieron tras las lluvias.',
    ],
  ],
  [
    'fr',
    'Le vieux pont fermé',
    [
      'Il a beaucoup plu en mars dans la ville.',
      'Cependant, la mairie a fermé le vieux pont sur la rivière après que des ingénieurs ont trouvé des fissures dans le vieux pont.',
      'Le vieux pont sur la rivière restera fermé tant que la mairie ne finit pas les travaux.',
      'Les ingénieurs ont dit que les fissures du pont sont apparues après les pluies.',
    ],
  ],
  [
    'de',
    'Alte Brücke gesperrt',
    [
      'Im März regnete es viel in der Stadt.',
      'Deshalb hat die Stadt die alte Brücke über den Fluss gesperrt, nachdem Ingenieure Risse in der alten Brücke gefunden hatten.',
      'Die alte Brücke über den Fluss bleibt gesperrt, bis die Stadt die Arbeiten beendet.',
      'Die Ingenieure sagten, die Risse in der Brücke seien nach dem Regen entstanden.',
    ],
  ],
  [
    'it',
    'Vecchio ponte chiuso',
    [
      'A marzo è piovuto molto in città.',
      'Tuttavia il comune ha chiuso il vecchio ponte sul fiume dopo che gli ingegneri hanno trovato crepe nel vecchio ponte.',
      'Il vecchio ponte sul fiume resterà chiuso finché il comune non finirà i lavori.',
      'Gli ingegneri hanno detto che le crepe nel ponte sono comparse dopo le piogge.',
    ],
  ],
  [
    'nl',
    'Oude brug dicht',
    [
      'In maart regende het veel in de stad.',
      'Daarom heeft de gemeente de oude brug over de rivier gesloten nadat ingenieurs scheuren in de oude brug hadden gevonden.',
      'De oude brug over de rivier blijft dicht tot de gemeente de werken afrondt.',
      'De ingenieurs zeiden dat de scheuren in de brug na de regen zijn ontstaan.',
    ],
  ],
  [
    'ru',
    'Старый мост закрыт',
    [
      'В марте в городе шли сильные дожди.',
      'Поэтому мэрия закрыла старый мост через реку после того, как инженеры нашли трещины в старом мосту.',
      'Старый мост через реку останется закрытым, пока мэрия не закончит ремонт.',
      'Инженеры сказали, что трещины в мосту появились после дождей.',
    ],
  ],
];

const analyzer = createAnalyzer();

describe('one-line summaries in other languages', () => {
  it.each(ARTICLES)(
    '%s: passes over the central sentence that opens on a connective',
    (language, title, lines) => {
      const text = lines.join(' ');
      const { sentences } = analyzer.analyze({ text, title, language });
      expect(sentences.map(([s, e]) => text.slice(s, e))).toEqual(lines);
      // Without the language, the leaning sentence is the line (it is the most central one) …
      expect(analyzer.summarize(text, sentences, { count: 1, title })).toEqual([1]);
      // … with it, the central sentence that stands alone.
      expect(analyzer.summarize(text, sentences, { count: 1, title, language })).toEqual([2]);
    },
  );

  it('stores the line that stands alone when an article file is loaded (language detected)', () => {
    for (const [language, title, lines] of ARTICLES) {
      const [article] = parseTextArticle(`${title}\n\n${lines.join(' ')}\n`).articles;
      const stored = toStoredArticle(article!, { ingestedAt: 0, fallbackPublished: null, filePath: null });
      expect(stored.headlineSummary, language).toBe(lines[2]);
    }
  });
});

describe('which openers lean, per language', () => {
  it.each([
    ['pt', 'Mas a prefeitura não respondeu.', true],
    ['pt', 'No entanto, a obra continua.', true],
    ['pt', 'Além disso, o custo subiu.', true],
    ['pt', 'Ele disse que a obra continua.', true],
    ['pt', 'Já que ninguém respondeu, a obra parou.', true],
    ['pt', 'Mais de 100 pessoas foram retiradas da ponte.', false],
    ['pt', 'Depois de três anos, a ponte foi reaberta.', false],
    ['es', 'No obstante, las obras siguen.', true],
    ['es', 'Por eso la ciudad cerró el puente.', true],
    ['es', 'Por lo menos 20 personas fueron evacuadas.', false],
    ['es', 'Este lunes el ayuntamiento cerró el puente.', false],
    ['fr', 'Mais la mairie n’a pas répondu.', true],
    ['fr', 'Par ailleurs, le coût a augmenté.', true],
    ['fr', 'De plus en plus de gens prennent le pont.', false],
    ['fr', 'Elle a dit que les travaux continuent.', true],
    ['fr', 'Alors que la pluie tombait, le pont a cédé.', false],
    ['fr', 'Ce matin, la mairie a fermé le pont.', false],
    ['de', 'Trotzdem bleibt die Brücke offen.', true],
    ['de', 'Sie sagte, die Arbeiten gehen weiter.', true],
    ['de', 'Diese Woche hat die Stadt die Brücke gesperrt.', false],
    ['it', 'Inoltre, il costo è salito.', true],
    ['it', 'Mais e grano sono saliti di prezzo.', false],
    ['nl', 'Bovendien zijn de kosten gestegen.', true],
    ['nl', 'Maar de gemeente reageerde niet.', true],
    ['ru', 'Однако мэрия не ответила.', true],
    ['ru', 'Кроме того, выросла стоимость.', true],
    ['ru', 'При пожаре пострадали пять человек.', false],
  ] as const)('%s: %s → %s', (language, sentence, leans) => {
    expect(leansOnContext(sentence, language)).toBe(leans);
  });

  it('leaves a sentence of another language alone on the strength of one word', () => {
    // "Mais" leans in French only; "Car" leans in French only.
    expect([
      leansOnContext('Mais de 100 pessoas foram retiradas.', 'pt'),
      leansOnContext('Mais la mairie a refusé.', 'fr'),
    ]).toEqual([false, true]);
    expect([
      leansOnContext('Car sales rose in May.', 'en'),
      leansOnContext('Car la mairie a refusé.', 'fr'),
    ]).toEqual([false, true]);
  });
});
