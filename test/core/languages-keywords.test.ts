// Keywords of articles in other languages, on short articles written for these checks: words that report
// speech and the words for "new" are no keywords, the word before a name stays out of it, German singular
// and plural count as one noun, Korean words lose their particles.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { foldGermanNumbers } from '../../src/core/keywords/index.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language?: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language ?? null) }).keywords;
}

describe('words that report speech and words for "new"', () => {
  it.each([
    [
      'es',
      'Nueva biblioteca en Sevilla',
      'Sevilla abrió el martes una nueva biblioteca en el barrio de Triana. La alcaldesa Lucía Moreno declaró ' +
        'que la biblioteca tendrá 80.000 libros. "Es un regalo para los vecinos", declaró Moreno. La nueva sala ' +
        'infantil ocupa la planta baja. Moreno declaró también que la biblioteca abrirá los domingos. Los ' +
        'vecinos de Triana aseguraron que esperaban la biblioteca desde hace años, y los libreros aseguraron ' +
        'que venderán más.',
      ['biblioteca', 'Lucía Moreno', 'Triana', 'Sevilla', 'vecinos'],
    ],
    [
      'de',
      'Neues Stadion in Kiel',
      'In Kiel ist am Dienstag ein neues Stadion eröffnet worden. Oberbürgermeister Ulf Kämpfer erklärte, das ' +
        'Stadion habe 15.000 Plätze. "Wir haben lange gewartet", erklärte Kämpfer. Ein neues Dach schützt die ' +
        'Zuschauer. Kämpfer erklärte außerdem, das Stadion sei auch für Konzerte gebaut. Die Fans feierten das ' +
        'neue Stadion.',
      ['Stadion', 'Ulf Kämpfer', 'Kiel', 'Plätze', 'Dach', 'Zuschauer', 'Konzerte', 'Fans'],
    ],
    [
      'fr',
      'Un nouveau musée à Nantes',
      'Nantes a inauguré samedi un nouveau musée consacré à la mer. La maire Johanna Rolland a déclaré que le ' +
        'musée attirerait les touristes. « C’est une fierté pour la ville », a déclaré Rolland. Le nouveau ' +
        'bâtiment compte trois étages. Rolland a affirmé que l’entrée du musée serait gratuite le dimanche. ' +
        'Une nouvelle exposition ouvrira en mai.',
      ['musée', 'Johanna Rolland', 'Nantes'],
    ],
    [
      'pt',
      'Novo mercado no Porto',
      'O Porto abriu na terça-feira um novo mercado no centro da cidade. O presidente da câmara, Rui Moreira, ' +
        'disse que o mercado terá 80 bancas. "É um dia feliz para a cidade", disse Moreira. O novo edifício ' +
        'tem dois andares. Moreira afirmou que o mercado abre todos os dias. Os comerciantes disseram que ' +
        'esperavam um novo mercado há muito tempo.',
      ['mercado', 'Rui Moreira', 'cidade', 'Porto'],
    ],
    [
      'zh',
      '杭州新公园开放',
      '杭州新公园周六正式开放。园长李明表示，公园面积三十公顷。李明表示，新公园每天开放十二小时。' +
        '游客表示，新公园环境很好。市政府表示，将再建两座新公园。',
      ['公园', '开放', '杭州', '李明'],
    ],
    [
      'ja',
      '名古屋に新しい美術館',
      '名古屋市に新しい美術館が開館した。館長の田中誠氏は「美術館は市民のものだ」と述べた。' +
        '新しい美術館には絵画が五百点ある。田中氏は、入館料は無料だと述べた。市民は新しい美術館を歓迎した。',
      ['美術館', '名古屋', '田中', '市民'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(languageOf(`${title}\n\n${text}`).language).toBe(language);
    expect(keywordsOf(title, text)).toEqual(expected);
  });
});

describe('the word before a name stays out of it', () => {
  it.each([
    [
      'ru',
      'Мост через Волгу открыли в Самаре',
      'Во вторник в Самаре открыли мост через Волгу. Вчера Дмитрий Азаров осмотрел мост вместе с инженерами. ' +
        'Строительство моста обошлось в 12 миллиардов рублей. Вчера Дмитрий Азаров также встретился с ' +
        'жителями. Мост ждали десять лет, заявил Дмитрий Азаров. Мост через Волгу стал самым длинным в ' +
        'регионе. Как сообщил губернатор Дмитрий Азаров, движение начнётся в пятницу.',
      ['мост', 'Дмитрий Азаров', 'Волгу', 'Самаре'],
    ],
    [
      'pl',
      'Most na Wiśle otwarty w Krakowie',
      'We wtorek w Krakowie otwarto most na Wiśle. Wczoraj Aleksander Miszalski obejrzał most razem z ' +
        'inżynierami. Budowa mostu kosztowała 300 milionów złotych. Wczoraj Aleksander Miszalski spotkał się ' +
        'też z mieszkańcami. Mieszkańcy czekali na most dziesięć lat, powiedział prezydent Aleksander ' +
        'Miszalski. Most na Wiśle jest najdłuższy w regionie. Jak mówi prezydent Aleksander Miszalski, ruch ' +
        'ruszy w piątek.',
      ['Aleksander Miszalski', 'Wiśle', 'most', 'Krakowie', 'prezydent'],
    ],
    [
      'tr',
      "İzmir'de köprü açıldı",
      "Salı günü İzmir'de bir köprü açıldı. Dün Cemil Tugay köprüyü mühendislerle birlikte gezdi. Köprünün " +
        'yapımı iki yıl sürdü. Dün Cemil Tugay vatandaşlarla da görüştü. Köprü on yıldır bekleniyordu, dedi ' +
        'başkan Cemil Tugay. Köprü şehrin en uzun köprüsü oldu. Belediye Başkanı Cemil Tugay, trafiğin cuma ' +
        'günü açılacağını söyledi.',
      ['köprü', 'Cemil Tugay', 'günü', 'açıldı', 'İzmir'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(languageOf(`${title}\n\n${text}`).language).toBe(language);
    expect(keywordsOf(title, text)).toEqual(expected);
  });
});

describe('German singular and plural of one noun are one keyword, in the form the article uses most', () => {
  it.each([
    [
      'Kassel baut Häuser für Familien',
      'Die Stadt Kassel will in den nächsten fünf Jahren 400 Häuser für Familien bauen. Die Regierung in ' +
        'Wiesbaden gibt dafür 60 Millionen Euro. Jedes Haus soll einen kleinen Garten bekommen. Die ersten ' +
        'Häuser entstehen am Stadtrand. Die Regierungen anderer Länder schauen genau hin. Ein Haus kostet ' +
        'nach Angaben der Stadt rund 350.000 Euro. Die Regierung will die Häuser bis 2030 fertigstellen.',
      [
        'Häuser',
        'Stadt Kassel',
        'Regierung',
        'Millionen Euro',
        'Familien',
        'Wiesbaden',
        'Garten',
        'Stadtrand',
        'Länder',
        'Angaben',
      ],
    ],
    [
      'Bremen saniert Schulen',
      'Bremen saniert in diesem Jahr zwölf Schulen. Die größte Baustelle ist die Schule am Deich, deren Dach ' +
        'undicht ist. Die Schule bekommt außerdem eine Mensa. Schulsenatorin Sascha Aulepp sagte, jede Schule ' +
        'solle bis 2028 modern sein. Der Umbau der Schule am Deich kostet acht Millionen Euro. Die Schüler ' +
        'der Schule lernen so lange in Containern.',
      [
        'Schule',
        'Deich',
        'Bremen',
        'Baustelle',
        'Dach',
        'Mensa',
        'Sascha Aulepp',
        'Umbau',
        'Millionen Euro',
        'Schüler',
      ],
    ],
  ])('%s', (title, text, expected) => {
    expect(languageOf(`${title}\n\n${text}`).language).toBe('de');
    expect(keywordsOf(title, text)).toEqual(expected);
  });
});

describe('Korean keywords without their particles and endings', () => {
  const title = '부산에 새 도서관 개관';
  const text =
    '부산에서 새 도서관이 월요일에 문을 열었다. 부산시는 도서관 건설에 500억 원을 썼다고 밝혔다. ' +
    '도서관은 책 30만 권을 갖추고 있다. 시민들은 도서관을 반기며 주말마다 찾겠다고 말했다. ' +
    '부산시는 내년에 도서관을 하나 더 짓겠다고 밝혔다. 건축 전문가는 도서관의 설계가 뛰어나다고 ' +
    '평가했다. 시민들의 반응도 좋았다. 전문가는 부산에서 이런 건물은 처음이라고 말했다.';

  it('gives each word once, without 에서, 는, 을, 의, 들 …, and keeps a last syllable that is no ending (전문가)', () => {
    expect(languageOf(`${title}\n\n${text}`).language).toBe('ko');
    expect(keywordsOf(title, text)).toEqual(['도서관', '부산', '부산시', '시민', '전문가']);
  });
});

describe('foldGermanNumbers', () => {
  it.each([
    [['Stadt', 'Städte'], 'Die Stadt und zwei Städte, dann noch drei Städte.', ['Städte']],
    [['Länder', 'Land'], 'Das Land, das Land, die Länder.', ['Land']],
    [['Haus', 'Häusern'], 'In den Häusern wohnen sie, im Haus nicht.', ['Haus']],
    [['Kinder', 'Schule', 'Kind'], 'Ein Kind, viele Kinder, noch mehr Kinder.', ['Kinder', 'Schule']],
    [['Lehrerinnen', 'Lehrerin'], 'Die Lehrerin und die Lehrerinnen.', ['Lehrerinnen']],
    [['Rathaus', 'Vater', 'Väter'], 'Der Vater, die Väter.', ['Rathaus', 'Vater']],
    [
      ['neue Brücke', 'neue Brücken'],
      'Eine neue Brücke, zwei neue Brücken, eine neue Brücke.',
      ['neue Brücke'],
    ],
    [['Bahn', 'Bank', 'Ort', 'Orts'], 'Die Bahn, die Bank, der Ort, des Orts.', ['Bahn', 'Bank', 'Ort']],
    [
      ['Bundesland', 'Bundesländer'],
      'Jedes Bundesland; alle Bundesländer, die Bundesländer.',
      ['Bundesländer'],
    ],
    // Someone who does what the noun names is another noun: the game and the player, the vote and the voter.
    [
      ['Spiel', 'Spieler', 'Wahl', 'Wähler'],
      'Das Spiel, die Spieler, die Wahl, die Wähler.',
      ['Spiel', 'Spieler', 'Wahl', 'Wähler'],
    ],
    [['Wahl', 'Wahlen'], 'Die Wahl, die Wahlen, die Wahlen.', ['Wahlen']],
  ])('%j', (keywords, text, expected) => {
    expect(foldGermanNumbers(keywords, text)).toEqual(expected);
  });
});

describe('German keywords are nouns and names', () => {
  it('a word written in lower case (a verb, an adjective) is no keyword, since German nouns have capitals', () => {
    const keywords = keywordsOf(
      'Stadtwerke Ulm erhöhen die Strompreise',
      'Die Stadtwerke Ulm erhöhen zum Januar die Strompreise. Ein Sprecher sagte, die Strompreise steigen um ' +
        'acht Prozent. Die Stadtwerke erhöhen auch die Gaspreise deutlich. Kunden können bis Dezember ' +
        'kündigen, und viele Kunden wollen kündigen.',
      'de',
    );
    // No days or months either: "zum Januar", "bis Dezember" say when, not what.
    expect(keywords).toEqual(['Stadtwerke Ulm', 'Strompreise', 'Kunden', 'Sprecher', 'Prozent', 'Gaspreise']);
  });

  it.each([
    [
      'de',
      'Der Landtag tagt am Montag',
      'Der Landtag in Kiel tagt am Montag. Im Januar stimmt der Landtag über den Haushalt ab. Am Montag spricht die Ministerin, und im Mai folgt die Schulreform.',
    ],
    [
      'fr',
      'Le conseil vote lundi',
      'Le conseil municipal de Nantes vote lundi le budget. En janvier, le conseil a reporté le vote. Lundi, le maire défendra le budget, et en juin viendra la réforme des écoles.',
    ],
    [
      'es',
      'El pleno vota el lunes',
      'El pleno municipal de Valencia vota el lunes el presupuesto. En enero, el pleno aplazó la votación. El lunes, la alcaldesa defenderá el presupuesto, y en junio llegará la reforma escolar.',
    ],
    [
      'nl',
      'De raad stemt maandag',
      'De gemeenteraad van Utrecht stemt maandag over de begroting. In januari stelde de raad de stemming uit. Maandag verdedigt de burgemeester de begroting, en in juni volgt de schoolhervorming.',
    ],
  ])('%s: days and months are no keywords', (language, title, text) => {
    const keywords = keywordsOf(title, text, language);
    expect(keywords.length).toBeGreaterThan(2);
    const when = new Set(
      'montag januar mai lundi janvier juin lunes enero junio maandag januari juni'.split(' '),
    );
    for (const keyword of keywords)
      for (const word of keyword.toLowerCase().split(' ')) expect(when).not.toContain(word);
  });
});
