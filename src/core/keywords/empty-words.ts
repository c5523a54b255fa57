// Words of other languages that news writes in almost every story and that say nothing of it: the verbs
// that report speech ("disse", "sagte", "a déclaré", "表示") and the word for "new" in its forms ("nuevo",
// "neue", "nouveau", "新"). stopwords-iso lists some of them for some languages; the rest came out as
// keywords. Lower case, as the keyword readers compare them; the English ones are in the English rules.

const WORDS: Record<string, string> = {
  de: 'sagte sagten sagt sagen erklärte erklärten betonte betonten meinte meinten fügte neu neue neuer neues neuen neuem',
  fr: 'déclaré déclare affirmé affirme expliqué explique ajouté ajoute indiqué souligné précisé estimé nouveau nouvelle nouveaux nouvelles nouvel',
  es: 'dijo dijeron afirmó afirmaron declaró declararon aseguró aseguraron explicó señaló añadió indicó comentó nuevo nueva nuevos nuevas',
  pt: 'disse disseram afirmou afirmaram declarou declararam explicou acrescentou garantiu informou novo nova novos novas',
  it: 'detto dichiarato affermato spiegato aggiunto sottolineato disse nuovo nuova nuovi nuove',
  nl: 'zei zeiden zegt verklaarde aldus nieuw nieuwe',
  ru: 'сказал сказала сказали заявил заявила заявили отметил отметила отметили сообщил сообщила сообщили рассказал рассказала подчеркнул подчеркнула добавил добавила новый новая новое новые нового новой новую новых новым',
  uk: 'сказав сказала заявив заявила зазначив зазначила повідомив повідомила додав новий нова нове нові нового нової',
  pl: 'powiedział powiedziała powiedzieli stwierdził stwierdziła dodał dodała podkreślił podkreśliła poinformował poinformowała nowy nowa nowe nowego nowej nowych nowym nową',
  cs: 'řekl řekla řekli uvedl uvedla dodal dodala prohlásil prohlásila nový nová nové nového nových novou',
  tr: 'dedi söyledi açıkladı belirtti yeni',
  sv: 'sade sa säger uppger ny nya nytt',
  da: 'sagde siger udtalte ny nye nyt',
  no: 'sa sier uttalte ny nye nytt',
  fi: 'sanoi sanoo kertoi kertoo uusi uuden uudet',
  ro: 'declarat spus afirmat nou nouă noua noi',
  hu: 'mondta közölte új',
  ar: 'قال وقال قالت وقالت أضاف وأضاف جديد جديدة',
  zh: '表示 说 称 指出 说道 新',
  ja: '述べた 述べ 話した 語った 語っ 新しい 新しく 新た 新',
  ko: '밝혔다 말했다 전했다 설명했다 강조했다 덧붙였다 새 새로운',
};

/**
 * Days and months say when a story happened, not what it is about ("Montag", "janvier"), as the English
 * rules have it. Left out where the word is also a name or a thing: Spanish and Portuguese "domingo"
 * (Plácido Domingo, Santo Domingo), French "mars" (the planet).
 */
const WHEN: Record<string, string> = {
  de: 'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april mai juni juli august september oktober november dezember',
  fr: 'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril mai juin juillet août septembre octobre novembre décembre',
  es: 'lunes martes miércoles jueves viernes sábado enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  pt: 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  it: 'lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  nl: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december',
};

/** The language's words of reporting, of newness and of dates (none for a language without a list). */
export function emptyWords(language: string): readonly string[] {
  return [...(WORDS[language]?.split(' ') ?? []), ...(WHEN[language]?.split(' ') ?? [])];
}
