import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { guessLanguage } from '../../src/ingest/language-trigrams.js';

// franc-min is the reference: the faster guess must give its answer for every text, short or long,
// in any script, including the edge cases of its rules (too short, no letters, past 2,048 units).
const TEXTS = [
  'The council approved the budget on Tuesday after a long debate about schools and roads.',
  'Der Stadtrat hat am Dienstag nach langer Debatte über Schulen und Straßen den Haushalt beschlossen.',
  'Le conseil municipal a adopté mardi le budget après un long débat sur les écoles et les routes.',
  'El ayuntamiento aprobó el martes el presupuesto tras un largo debate sobre escuelas y carreteras.',
  'A câmara aprovou na terça-feira o orçamento depois de um longo debate sobre escolas e estradas.',
  'Il consiglio comunale ha approvato martedì il bilancio dopo un lungo dibattito su scuole e strade.',
  'De gemeenteraad keurde dinsdag de begroting goed na een lang debat over scholen en wegen.',
  'Городской совет во вторник утвердил бюджет после долгих споров о школах и дорогах.',
  'Міська рада у вівторок затвердила бюджет після тривалої дискусії про школи та дороги.',
  'Rada miasta przyjęła we wtorek budżet po długiej debacie o szkołach i drogach.',
  'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό μετά από μακρά συζήτηση.',
  'وافق المجلس البلدي يوم الثلاثاء على الميزانية بعد نقاش طويل حول المدارس والطرق.',
  '市议会周二在就学校和道路问题进行长时间辩论后批准了预算。',
  '市議会は火曜日、学校と道路をめぐる長い議論の末に予算を承認した。',
  '시의회는 화요일 학교와 도로에 관한 긴 토론 끝에 예산을 승인했다.',
  'नगर परिषद ने मंगलवार को स्कूलों और सड़कों पर लंबी बहस के बाद बजट को मंजूरी दी।',
  'Kaupunginvaltuusto hyväksyi tiistaina talousarvion pitkän keskustelun jälkeen.',
  'Belediye meclisi salı günü okullar ve yollar hakkında uzun bir tartışmanın ardından bütçeyi onayladı.',
  '1234567890 !!! ??? 42',
  '',
  'short',
  '   spaced      out     words   with    tabs\tand\nnew lines   ',
  'MIXED Latin und Кириллица und 漢字 together in one line of text',
  'Emoji 😀😀 and rare Han 𠀀𠀁𠀂 with a lone \ud800 surrogate and another \udc00 one 𠀃 end',
  '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇 𠀈𠀉𠀊 漢字漢字 かなカナ',
  '“We’re not done yet” — the mayor’s aide said the café’s façade would reopen in São Paulo’s centre.',
  'İstanbul’da belediye meclisi toplandı; İzmir’de ise oylama yarına kaldı.',
  'ΟΔΟΣ ΣΤΑΘΜΟΣ: Ο ΔΗΜΟΣ ΑΝΑΚΟΙΝΩΣΕ ΤΙΣ ΝΕΕΣ ΩΡΕΣ ΤΟΥ ΣΤΑΘΜΟΥ.',
  'Việt Nam công bố kế hoạch xây dựng đường sắt tốc độ cao nối Hà Nội và Thành phố Hồ Chí Minh.',
];

describe('guessLanguage', () => {
  it('answers what franc-min answers, for every text in many languages and scripts', () => {
    for (const text of TEXTS) expect([text, guessLanguage(text)]).toEqual([text, franc(text)]);
  });

  it('answers what franc-min answers for every prefix length of a text', () => {
    const text = TEXTS.slice(0, 4).join(' ');
    for (let length = 0; length <= text.length; length += 7) {
      const prefix = text.slice(0, length);
      expect([length, guessLanguage(prefix)]).toEqual([length, franc(prefix)]);
    }
  });

  it('reads only the first 2,048 units, as franc-min does', () => {
    const english = `${TEXTS[0]} `.repeat(30);
    const german = `${TEXTS[1]} `.repeat(30);
    expect(english.length).toBeGreaterThan(2048);
    expect(guessLanguage(english + german)).toBe('eng');
    expect(guessLanguage(english + german)).toBe(franc(english + german));
    expect(guessLanguage(german + english)).toBe(franc(german + english));
  });
});
