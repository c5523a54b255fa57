// Verbs and adjectives among the one-word keywords of Russian, Polish and Czech ('избили', 'обратились',
// 'молодого', 'главные'; 'przyjął', 'podpisał'; 'schválila', 'jednal'). These languages have no articles
// to show a noun, but their past tense and their adjectives end in ways their nouns hardly do: the
// endings below are those, and a lower-case word so ending is no keyword on its own. Endings that nouns
// share ('-ла' of 'школа', '-ал' of 'kanał', '-ий' of 'сценарий', '-ие' of 'решение') are left out.

const ENDINGS: Readonly<Record<string, RegExp>> = {
  ru: /(?:лся|лась|лись|лось|или|ыли|ого|его|ому|ему|ых|их|ыми|ими|ую|юю|ая|яя|ые|ый|ое|ской|ной)$/u,
  pl: /(?:ął|ęła|ił|ył|iła|yła|ała|ali|ili|yli|ęli|owy|owa|owe|owej|owych|ego|emu|ych)$/u,
  cs: /(?:al|il|yl|ala|ila|yla|ali|ili|yli|ého|ému|ých|ými|ový|ová|ové)$/u,
};

/** The endings of verbs and adjectives in the language, or undefined when this file has none. */
export function verbEndingsOf(language: string | undefined): RegExp | undefined {
  return language === undefined ? undefined : ENDINGS[language];
}
