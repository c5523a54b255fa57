// Short articles written for the checks of languages beyond the two language golds: scripts whose words
// hold combining marks or joiners (Hindi, Persian), sentence ends other than . ! ? 。 (the danda),
// languages franc-min does not know (Hebrew), and words that are an English abbreviation in one
// language and a plain word in another (Swedish "det", Dutch "op").
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { parseTextArticle } from '../../src/core/article/index.js';
import { leansOnContext } from '../../src/core/summary/index.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function analyse(title: string, text: string) {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`) });
}

function sentencesOf(title: string, text: string): string[] {
  return analyse(title, text).sentences.map(([s, e]) => text.slice(s, e));
}

describe('Hindi', () => {
  const title = 'पुणे में नया पुल खुला';
  const text =
    'पुणे में मंगलवार को मुला नदी पर नया पुल खोला गया। पुल की लंबाई 1.2 किलोमीटर है। ' +
    'महापौर अनिल देशमुख ने कहा, "इस पुल से रोज़ाना हज़ारों लोगों का समय बचेगा।" क्या टोल लगेगा? ' +
    'अधिकारियों ने कहा कि फिलहाल कोई टोल नहीं होगा।';

  it('ends a sentence at the danda', () => {
    expect(sentencesOf(title, text)).toEqual([
      'पुणे में मंगलवार को मुला नदी पर नया पुल खोला गया।',
      'पुल की लंबाई 1.2 किलोमीटर है।',
      'महापौर अनिल देशमुख ने कहा, "इस पुल से रोज़ाना हज़ारों लोगों का समय बचेगा।"',
      'क्या टोल लगेगा?',
      'अधिकारियों ने कहा कि फिलहाल कोई टोल नहीं होगा।',
    ]);
  });

  it('gives whole words as keywords, vowel signs included', () => {
    const { keywords } = analyse(title, text);
    expect(keywords).toContain('पुल');
    const words = new Set(`${title} ${text}`.split(/[\s,।?"]+/u));
    for (const keyword of keywords)
      for (const word of keyword.split(' ')) expect(words.has(word), keyword).toBe(true);
  });
});

describe('full stops of other scripts', () => {
  it.each([
    ['ur', 'لاہور میں نیا پل کھل گیا۔ اس پر دو ارب روپے خرچ ہوئے۔'],
    ['hy', 'Երևանում նոր կամուրջ բացվեց։ Այն արժեցել է երկու միլիարդ դրամ։'],
    ['am', 'በአዲስ አበባ አዲስ ድልድይ ተከፈተ። ግንባታው ሁለት ዓመት ፈጅቷል።'],
    ['my', 'ရန်ကုန်တွင် တံတားသစ် ဖွင့်လှစ်ခဲ့သည်။ ဆောက်လုပ်ရေး နှစ်နှစ် ကြာခဲ့သည်။'],
  ])('%s: two sentences', (language, text) => {
    const spans = analyzer.analyze({ text, language, stopwords: new Set() }).sentences;
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(text.split(/(?<=[۔։።။]) /u));
  });
});

describe('Persian and other joiners', () => {
  const ZWNJ = '\u200c';
  const body =
    `شهردار تهران گفت: «این خط روزانه ۳۰۰ هزار مسافر را جابه${ZWNJ}جا می${ZWNJ}کند.» ` +
    `مسافران از این تصمیم استقبال کردند و آن را گامی مهم برای شهر می${ZWNJ}دانند.`;
  const parsed = (text: string) => parseTextArticle(`افتتاح خط جدید مترو\n\n${text}\n`).articles[0]?.text;

  it('keeps the zero-width non-joiner inside a Persian word, which changes how it is written', () => {
    expect(parsed(body)).toBe(body);
    const { quotes } = analyse('افتتاح خط جدید مترو', body);
    expect(quotes.map((q) => q.text)).toEqual([
      `این خط روزانه ۳۰۰ هزار مسافر را جابه${ZWNJ}جا می${ZWNJ}کند.`,
    ]);
  });

  it('keeps a joiner between emoji, and drops stray ones in Latin text and zero-width spaces', () => {
    const family = '👩\u200d👩\u200d👧';
    expect(parsed(`The ${family} emoji was added in 2015 to the standard.`)).toBe(
      `The ${family} emoji was added in 2015 to the standard.`,
    );
    expect(parsed('The coun\u200ccil me\u200bt on Mon\u200dday in the town hall.')).toBe(
      'The council met on Monday in the town hall.',
    );
  });
});

describe('languages franc-min has no model for, told by their script', () => {
  it.each([
    ['he', 'עיריית חיפה פתחה ביום שני גשר חדש מעל נחל הקישון. עלות הבנייה הגיעה ל-90 מיליון שקלים.'],
    ['hy', 'Գյումրիում երեքշաբթի բացվեց նոր դպրոց։ Շինարարությունը տևեց երկու տարի։'],
    ['ka', 'ქუთაისში ორშაბათს ახალი საავადმყოფო გაიხსნა. მშენებლობა ორ წელიწადს გაგრძელდა.'],
  ])('%s', (language, text) => {
    expect(languageOf(text).language).toBe(language);
  });

  it('gives a Hebrew article keywords without its stop words', () => {
    const { keywords } = analyse(
      'חיפה פותחת גשר חדש',
      'עיריית חיפה פתחה ביום שני את הגשר החדש מעל נחל הקישון. "זה יום חשוב לעיר", אמר ראש העירייה. ' +
        'הגשר יקצר את הנסיעה לנמל בעשר דקות, לפי העירייה.',
    );
    expect(keywords).toContain('חיפה');
    for (const stop of ['את', 'של', 'לפי', 'זה']) expect(keywords).not.toContain(stop);
  });
});

describe('Hebrew acronyms', () => {
  const title = 'יו"ר הוועדה ביקר בארה"ב';
  const text =
    'יו"ר ועדת החוץ חזר ביום רביעי מביקור בארה"ב. "השיחות היו פתוחות וטובות", אמר היו"ר בנמל התעופה. ' +
    'לדברי דובר צה"ל, לא נקבע מועד לביקור הבא.';

  it('reads the gershayim inside a word as part of it, not as a quotation mark', () => {
    expect(analyse(title, text).quotes.map((q) => q.text)).toEqual(['השיחות היו פתוחות וטובות']);
  });
});

describe('words that are English abbreviations only in English', () => {
  const split = (text: string, language: string): string[] =>
    analyzer.analyze({ text, ...languageOf(text, language) }).sentences.map(([s, e]) => text.slice(s, e));

  it.each([
    ['sv', 'Skatten sänks från den 1 maj. Finansministern presenterade förslaget på tisdagen.'],
    ['sv', 'Utskottet har redan behandlat det. Enligt SCB steg bensinpriset med åtta procent.'],
    ['da', 'Ministeren ville ikke kommentere det. Oppositionen kræver nu et samråd.'],
    ['nl', 'De zaal in Utrecht was helemaal vol. Iedereen wilde de minister horen.'],
    ['nl', 'De burgemeester sprak gisteren met Jan. Hij was tevreden over de uitslag.'],
    ['es', 'El pesquero se hundió a diez millas en el mar. La tripulación fue rescatada por la Armada.'],
  ])('%s: %s', (language, text) => {
    expect(split(text, language)).toEqual(text.split(/(?<=\.) (?=\p{Lu})/u));
  });

  it('still reads Dr., Prof. and Inc. as abbreviations in any language', () => {
    const text = 'Laut Dr. Weber und Prof. Klein investiert Acme Inc. in Berlin. Der Bau beginnt im Mai.';
    expect(split(text, 'de')).toEqual([
      'Laut Dr. Weber und Prof. Klein investiert Acme Inc. in Berlin.',
      'Der Bau beginnt im Mai.',
    ]);
  });
});

describe('Greek', () => {
  const title = 'Νέα γέφυρα στην Πάτρα';
  const text =
    'Η νέα γέφυρα στην Πάτρα άνοιξε τη Δευτέρα. Πόσο κόστισε; Περίπου 40 εκατ. ευρώ, σύμφωνα με τον δήμο. ' +
    'Ο κ. Γιώργος Νικολάου, πρόεδρος του επιμελητηρίου, μίλησε για «μια μεγάλη μέρα». Πότε θα τελειώσει ' +
    'το δεύτερο τμήμα\u037e Το 2028.';

  it('ends a question at the Greek question mark, and reads κ. as the title before a name', () => {
    expect(sentencesOf(title, text)).toEqual([
      'Η νέα γέφυρα στην Πάτρα άνοιξε τη Δευτέρα.',
      'Πόσο κόστισε;',
      'Περίπου 40 εκατ. ευρώ, σύμφωνα με τον δήμο.',
      'Ο κ. Γιώργος Νικολάου, πρόεδρος του επιμελητηρίου, μίλησε για «μια μεγάλη μέρα».',
      'Πότε θα τελειώσει το δεύτερο τμήμα\u037e',
      'Το 2028.',
    ]);
  });

  it('leaves out stop words the Greek list writes without accents (είναι, περίπου)', () => {
    const { keywords } = analyse(
      'Νέα γέφυρα στην Πάτρα',
      'Η νέα γέφυρα στην Πάτρα είναι έτοιμη. Κόστισε περίπου 40 εκατ. ευρώ και είναι η μεγαλύτερη της ' +
        'περιοχής. «Η γέφυρα είναι ασφαλής», είπε ο δήμαρχος. Περίπου 30.000 οδηγοί θα τη διασχίζουν καθημερινά.',
    );
    expect(keywords).toContain('γέφυρα');
    for (const k of keywords) expect(['είναι', 'περίπου'], k).not.toContain(k.toLowerCase());
  });
});

describe('short function words a stop-word list lacks', () => {
  it('gives a Ukrainian article no two-letter prepositions as keywords', () => {
    const { keywords } = analyse(
      'У Харкові відкрили нову школу',
      'У Харкові в понеділок відкрили нову школу на 800 учнів. Школу збудували за два роки за кошти ЄС. ' +
        '«Це школа, яка витримає будь-які обстріли», — сказав мер Харкова Ігор Терехов. ' +
        'Навчання в школі почнеться з 1 вересня. До школи також приєднають укриття на 1000 місць.',
    );
    expect(keywords).toContain('школу');
    for (const k of keywords) expect(['на', 'за', 'до', 'в', 'у', 'з'], k).not.toContain(k.toLowerCase());
    expect(keywords).toContain('ЄС');
  });
});

describe('case endings after an apostrophe', () => {
  it("gives a Turkish place name without its ending ('İzmir'de', 'İzmir'in' are İzmir)", () => {
    const { keywords } = analyse(
      "İzmir'de yeni tramvay hattı açıldı",
      "İzmir'de yeni tramvay hattı cumartesi günü açıldı. Hat, İzmir'in en kalabalık ilçesi Karşıyaka'yı " +
        'Bornova\'ya bağlıyor. Belediye Başkanı Cemil Tugay, "Bu hat İzmir için tarihi bir adım" dedi. ' +
        'Hattın maliyeti 2,4 milyar lira.',
    );
    expect(keywords).toContain('İzmir');
    for (const k of keywords) expect(k).not.toMatch(/['’]/u);
  });
});

describe('figures written in Chinese numerals', () => {
  it('gives no keyword that is only a number (二十, 十五, 一千)', () => {
    const { keywords } = analyse(
      '杭州新建二十座公园',
      '杭州市今年将新建二十座公园，总面积约一千公顷。市园林局表示，其中十五座公园将于十月开放。' +
        '市民王先生说：“二十座公园离家都不远，周末可以带孩子去。”园林局还表示，公园将全天开放。',
    );
    expect(keywords).toContain('公园');
    for (const k of keywords) expect(k).not.toMatch(/^[〇零一二三四五六七八九十百千万亿两]+$/u);
  });
});

describe('a unit before a new sentence in a language that writes nouns in lower case', () => {
  it.each([
    ['ru', 'Строительство обошлось в 41,5 млрд руб. Работы шли три года.'],
    ['ru', 'Стадион вместит 35 тыс. Строительство начнётся весной.'],
    ['pl', 'Linia przewiezie dziennie 60 tys. Kolejny odcinek powstanie do 2029 roku.'],
  ])('%s: %s', (language, text) => {
    const spans = analyzer.analyze({ text, ...languageOf(text, language) }).sentences;
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(text.split(/(?<=\.) (?=\p{Lu})/u));
  });

  it('still holds the period of a title before a name (ул. Ленина, prof. Nowak)', () => {
    const text = 'Мост на ул. Ленина открыли в пятницу. Об этом сообщил проф. Иванов.';
    const spans = analyzer.analyze({ text, ...languageOf(text, 'ru') }).sentences;
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      'Мост на ул. Ленина открыли в пятницу.',
      'Об этом сообщил проф. Иванов.',
    ]);
  });

  it('keeps the units out of the keywords', () => {
    const text = 'Мэрия потратила 41 млрд руб. на мост. Мост стоил 41 млрд руб. Мост открыт.';
    const { keywords } = analyzer.analyze({ text, ...languageOf(text, 'ru') });
    for (const k of keywords) expect(['млрд', 'руб'], k).not.toContain(k);
  });
});

describe('the end of a quotation opened in an earlier sentence, in other conventions', () => {
  it.each([
    'Am Ende war der Neubau billiger als die Sanierung“, sagte sie am Montag.',
    'Am Ende war der Neubau billiger«, sagte sie am Montag.',
    'Les chiffres le montrent », a-t-elle affirmé devant le conseil.',
    'Проект полностью готов», — сообщил мэр города Максим Кудрявцев.',
    'Det är bra för både klimatet och folkhälsan”, säger kommunalrådet Karin Pleijel.',
    '保育園の数も増やしてほしい」と話した。',
  ])('leans on the sentence before: %s', (sentence) => {
    expect(leansOnContext(sentence)).toBe(true);
  });

  it.each([
    'Kritiker sprechen dagegen von einem „Prestigeprojekt“ der Stadt.',
    'Der Rat nannte das Projekt »zu teuer« und vertagte sich.',
    'Депутат горсовета назвала проект «слишком дорогим».',
    '市民団体の代表は「説明が足りない」と批判している。',
  ])('stands alone: %s', (sentence) => {
    expect(leansOnContext(sentence)).toBe(false);
  });
});

describe('the Arabic article joined to a word', () => {
  it('counts a word with and without the article (محطة, المحطة, للمحطة) as one keyword', () => {
    const { keywords } = analyse(
      'افتتاح محطة جديدة للقطارات في الرباط',
      'افتتحت الحكومة المغربية محطة جديدة للقطارات في الرباط يوم الأحد. وتستقبل المحطة نحو عشرين ألف مسافر ' +
        'يوميا. وقال مدير المحطة إن "القطارات ستصل في موعدها". وخصصت الحكومة للمحطة ميزانية كبيرة.',
    );
    const forms = keywords.filter((k) => /^(?:ال|لل)?محطة$/u.test(k));
    expect(forms).toHaveLength(1);
    const trains = keywords.filter((k) => /^(?:ال|لل)?قطارات$/u.test(k));
    expect(trains.length).toBeLessThanOrEqual(1);
  });
});
