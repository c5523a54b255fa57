import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { parseMarkdownArticle } from '../../src/core/article/index.js';
import { languageOf } from '../../src/ingest/language.js';

// Short articles written for the project, one per language: the same story (an energy plan presented,
// a minister quoted, a debate to come), so each language's marks, stops and stop words are what differ.
interface Case {
  language: string;
  title: string;
  text: string;
  sentences: string[];
  quotes: string[];
  /** A content word the keywords must hold. */
  keyword: string;
  /** Common function words of the language, written here by hand: none may be a keyword. */
  stops: string[];
}

const CASES: Case[] = [
  {
    language: 'de',
    title: 'Neue Pläne für die Energiewende',
    text:
      'Die Bundesregierung hat am Montag neue Pläne für die Energiewende vorgestellt. Die Energiewende soll auch die Industrie entlasten.\n\n' +
      'Die Ministerin sagte: „Die Energiewende ist eine Chance für das ganze Land.“ Der Plan wird im Herbst im Bundestag beraten.',
    sentences: [
      'Die Bundesregierung hat am Montag neue Pläne für die Energiewende vorgestellt.',
      'Die Energiewende soll auch die Industrie entlasten.',
      'Die Ministerin sagte: „Die Energiewende ist eine Chance für das ganze Land.“',
      'Der Plan wird im Herbst im Bundestag beraten.',
    ],
    quotes: ['Die Energiewende ist eine Chance für das ganze Land.'],
    keyword: 'Energiewende',
    stops: ['die', 'der', 'ein', 'eine', 'auch', 'das', 'ist', 'für', 'im', 'am', 'hat', 'wird', 'soll'],
  },
  {
    language: 'fr',
    title: 'Un nouveau plan énergétique',
    text:
      'Le gouvernement a présenté lundi un nouveau plan énergétique. Ce plan énergétique doit aussi aider les usines.\n\n' +
      'La ministre a déclaré : « Le plan énergétique est une chance pour tout le pays. » Le Parlement examinera le plan en automne.',
    sentences: [
      'Le gouvernement a présenté lundi un nouveau plan énergétique.',
      'Ce plan énergétique doit aussi aider les usines.',
      'La ministre a déclaré : « Le plan énergétique est une chance pour tout le pays. »',
      'Le Parlement examinera le plan en automne.',
    ],
    quotes: ['Le plan énergétique est une chance pour tout le pays.'],
    keyword: 'plan énergétique',
    stops: ['le', 'la', 'les', 'un', 'une', 'est', 'pour', 'tout', 'ce', 'aussi', 'en', 'doit'],
  },
  {
    language: 'es',
    title: 'Nuevo plan energético del Gobierno',
    text:
      'El Gobierno presentó el lunes un nuevo plan energético. El plan energético también debe ayudar a la industria.\n\n' +
      'La ministra dijo: «El plan energético es una oportunidad para todo el país». El Congreso debatirá el plan en otoño.',
    sentences: [
      'El Gobierno presentó el lunes un nuevo plan energético.',
      'El plan energético también debe ayudar a la industria.',
      'La ministra dijo: «El plan energético es una oportunidad para todo el país».',
      'El Congreso debatirá el plan en otoño.',
    ],
    quotes: ['El plan energético es una oportunidad para todo el país'],
    keyword: 'plan energético',
    stops: ['el', 'la', 'un', 'una', 'es', 'para', 'todo', 'también', 'en', 'debe', 'del'],
  },
  {
    language: 'pt',
    title: 'Governo apresenta plano energético',
    text:
      'O governo apresentou na segunda-feira um novo plano energético. O plano energético também deve ajudar a indústria.\n\n' +
      'A ministra afirmou: “O plano energético é uma oportunidade para todo o país.” O Parlamento vai debater o plano no outono.',
    sentences: [
      'O governo apresentou na segunda-feira um novo plano energético.',
      'O plano energético também deve ajudar a indústria.',
      'A ministra afirmou: “O plano energético é uma oportunidade para todo o país.”',
      'O Parlamento vai debater o plano no outono.',
    ],
    quotes: ['O plano energético é uma oportunidade para todo o país.'],
    keyword: 'plano energético',
    stops: ['o', 'a', 'um', 'uma', 'é', 'para', 'todo', 'também', 'no', 'na', 'vai', 'deve'],
  },
  {
    language: 'it',
    title: 'Il governo presenta il piano energetico',
    text:
      'Il governo ha presentato lunedì un nuovo piano energetico. Il piano energetico dovrebbe anche aiutare le fabbriche.\n\n' +
      'La ministra ha detto: «Il piano energetico è una occasione per tutto il Paese». Il Parlamento discuterà il piano in autunno.',
    sentences: [
      'Il governo ha presentato lunedì un nuovo piano energetico.',
      'Il piano energetico dovrebbe anche aiutare le fabbriche.',
      'La ministra ha detto: «Il piano energetico è una occasione per tutto il Paese».',
      'Il Parlamento discuterà il piano in autunno.',
    ],
    quotes: ['Il piano energetico è una occasione per tutto il Paese'],
    keyword: 'piano energetico',
    stops: ['il', 'la', 'le', 'un', 'una', 'è', 'per', 'tutto', 'anche', 'in', 'ha', 'dovrebbe'],
  },
  {
    language: 'nl',
    title: 'Kabinet presenteert nieuw energieplan',
    text:
      'Het kabinet heeft maandag een nieuw energieplan gepresenteerd. Het energieplan moet ook de industrie helpen.\n\n' +
      'De minister zei: „Het energieplan is een kans voor het hele land.” De Tweede Kamer bespreekt het energieplan in de herfst.',
    sentences: [
      'Het kabinet heeft maandag een nieuw energieplan gepresenteerd.',
      'Het energieplan moet ook de industrie helpen.',
      'De minister zei: „Het energieplan is een kans voor het hele land.”',
      'De Tweede Kamer bespreekt het energieplan in de herfst.',
    ],
    quotes: ['Het energieplan is een kans voor het hele land.'],
    keyword: 'energieplan',
    stops: ['het', 'de', 'een', 'is', 'voor', 'ook', 'in', 'heeft', 'moet', 'zei'],
  },
  {
    language: 'ru',
    title: 'Правительство представило энергетический план',
    text:
      'Правительство в понедельник представило новый энергетический план. Этот энергетический план также должен помочь промышленности.\n\n' +
      'Министр заявила: «Энергетический план — это шанс для всей страны». Парламент обсудит энергетический план осенью.',
    sentences: [
      'Правительство в понедельник представило новый энергетический план.',
      'Этот энергетический план также должен помочь промышленности.',
      'Министр заявила: «Энергетический план — это шанс для всей страны».',
      'Парламент обсудит энергетический план осенью.',
    ],
    quotes: ['Энергетический план — это шанс для всей страны'],
    keyword: 'энергетический план',
    stops: ['в', 'это', 'для', 'всей', 'также', 'этот', 'должен'],
  },
  {
    language: 'zh',
    title: '政府公布新能源计划',
    text:
      '政府周一公布了新的能源计划。能源计划也将帮助工业发展！\n\n' +
      '部长表示：“能源计划是全国的机会。”议会将在秋季讨论能源计划吗？有人说「能源计划来得太晚」。',
    sentences: [
      '政府周一公布了新的能源计划。',
      '能源计划也将帮助工业发展！',
      '部长表示：“能源计划是全国的机会。”',
      '议会将在秋季讨论能源计划吗？',
      '有人说「能源计划来得太晚」。',
    ],
    quotes: ['能源计划是全国的机会。', '能源计划来得太晚'],
    // 能源 and 计划 always stand together here: one term (see segmented-names.test.ts).
    keyword: '能源计划',
    stops: ['的', '了', '是', '也', '将', '在', '吗', '我们', '他们', '这个'],
  },
  {
    language: 'ja',
    title: '政府がエネルギー計画を発表',
    text:
      '政府は月曜日に新しいエネルギー計画を発表した。エネルギー計画は産業も支援する。\n\n' +
      '大臣は「『エネルギー計画』は国全体にとって好機だ！」と述べた。議会は秋にエネルギー計画を審議する予定だ。',
    sentences: [
      '政府は月曜日に新しいエネルギー計画を発表した。',
      'エネルギー計画は産業も支援する。',
      '大臣は「『エネルギー計画』は国全体にとって好機だ！」と述べた。',
      '議会は秋にエネルギー計画を審議する予定だ。',
    ],
    quotes: ['『エネルギー計画』は国全体にとって好機だ！'],
    keyword: 'エネルギー',
    stops: ['は', 'に', 'を', 'も', 'と', 'する', 'した', 'です', 'こと', 'これ'],
  },
  {
    language: 'ar',
    title: 'الحكومة تعلن خطة الطاقة',
    text:
      'أعلنت الحكومة يوم الاثنين عن خطة جديدة للطاقة. هل ستساعد خطة الطاقة الصناعة؟ ' +
      'وقال الوزير: «خطة الطاقة فرصة للبلاد كلها». سيناقش البرلمان خطة الطاقة في الخريف.',
    sentences: [
      'أعلنت الحكومة يوم الاثنين عن خطة جديدة للطاقة.',
      'هل ستساعد خطة الطاقة الصناعة؟',
      'وقال الوزير: «خطة الطاقة فرصة للبلاد كلها».',
      'سيناقش البرلمان خطة الطاقة في الخريف.',
    ],
    quotes: ['خطة الطاقة فرصة للبلاد كلها'],
    keyword: 'خطة الطاقة',
    stops: ['في', 'عن', 'هل', 'يوم', 'كلها', 'من', 'على'],
  },
];

const analyzer = createAnalyzer();

describe.each(CASES)('an article in $language', (c) => {
  const language = languageOf(`${c.title}\n\n${c.text}`);
  const analysis = analyzer.analyze({ text: c.text, title: c.title, ...language });

  it('is detected as that language', () => {
    expect(language.language).toBe(c.language);
  });

  it('splits into its sentences', () => {
    expect(analysis.sentences.map(([start, end]) => c.text.slice(start, end))).toEqual(c.sentences);
  });

  it('finds its quotes, with no speaker from English rules', () => {
    expect(analysis.quotes.map((q) => q.text)).toEqual(c.quotes);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(c.quotes.map(() => null));
  });

  it('has keywords that are not stop words of the language', () => {
    expect(analysis.keywords).toContain(c.keyword);
    for (const keyword of analysis.keywords) {
      for (const word of keyword.toLowerCase().split(' ')) {
        expect(c.stops).not.toContain(word);
        expect(language.stopwords.has(word)).toBe(false);
      }
    }
  });

  it('names no entities with the English rules', () => {
    expect(analysis.entities).toEqual({ people: [], organizations: [], places: [] });
  });
});

describe('French and Italian elision', () => {
  it('reads the word after an elided article as the keyword', () => {
    const fr = "L'énergie solaire progresse. Le coût de l'énergie solaire baisse. L’énergie solaire plaît.";
    const it =
      "Dell'industria tessile si parla. L'industria tessile cresce. All’industria tessile serve aiuto.";
    const keywordsOf = (text: string, language: string): string[] =>
      analyzer.analyze({ text, ...languageOf(text, language) }).keywords;
    expect(keywordsOf(fr, 'fr')).toEqual(['énergie solaire']);
    expect(keywordsOf(it, 'it')).toEqual(['industria tessile']);
  });
});

describe('Japanese keywords', () => {
  it('are content words in kanji or katakana, never hiragana-only endings and particles', () => {
    const text =
      '洪水が発生した。住民は避難した。洪水の被害が拡大している。' +
      '政府は洪水対策を発表した。住民は避難所に移動している。ダムの放流が続いている。ダムの水位が上昇した。';
    const keywords = analyzer.analyze({ text, ...languageOf(text, 'ja') }).keywords;
    expect(keywords).toEqual(['洪水', '住民', 'ダム']);
  });
});

describe('the language an article declares', () => {
  const body =
    'Le gouvernement a présenté lundi un nouveau plan énergétique. Ce plan énergétique doit aussi aider les usines.';

  it('is read from the front matter, lower case and without its region', () => {
    const parsed = parseMarkdownArticle(`---\ntitle: Plan\nlang: fr-FR\n---\n\n${body}\n`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.articles.map((a) => a.language)).toEqual(['fr']);
  });

  it('is taken over the detected one, three-letter codes included', () => {
    expect(languageOf(body, 'it').language).toBe('it');
    expect(languageOf(body, 'deu').language).toBe('de');
    expect(languageOf(body).language).toBe('fr');
  });

  it('is named as a problem and ignored when it is not a language code', () => {
    const parsed = parseMarkdownArticle(`---\ntitle: Plan\nlang: French!\n---\n\n${body}\n`);
    expect(parsed.problems).toEqual([
      'front matter: lang "French!" is not a language code such as "de"; ignored',
    ]);
    expect(parsed.articles.map((a) => a.language)).toEqual([null]);
  });
});

describe('an English business brief', () => {
  // A short-word-heavy brief of the kind a trigram detector once read as Polish or Irish.
  const title = 'Ad group Vantor lifts profits 15%';
  const text =
    'UK advertising group Vantor has posted a 15% rise in annual profits, helped by strong demand in Asia. ' +
    'Chief executive Maria Olsen said: “We had a very good year in every market.” ' +
    'Shares in Vantor rose 3% in London.';
  const language = languageOf(`${title}\n\n${text}`);
  const analysis = analyzer.analyze({ text, title, ...language });

  it('stays English and keeps the English rules', () => {
    expect(language.language).toBe('en');
    expect(analysis.quotes.map((q) => q.speaker?.name)).toEqual(['Maria Olsen']);
    expect(analysis.entities.people).toContain('Maria Olsen');
  });
});
