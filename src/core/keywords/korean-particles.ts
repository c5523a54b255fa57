// Korean writes its particles and case endings joined to the word: "서울에서" (in Seoul), "정부는" (the
// government, as topic), "시민들은" (the citizens). The keyword is the word without them. Some endings
// (는, 은, 을, 를, 에서 …) hardly ever end a noun, so they are cut wherever they stand after two syllables
// or more; others are also the last syllable of many nouns (가 of 전문가, 이 of 어린이, 의 of 회의), so
// they are cut only when the article also writes the word without them, bare or with a sure ending.

/** Endings that almost never close a noun of their own, longest first. */
const SURE = [
  '에서는',
  '에서도',
  '에게서',
  '으로는',
  '으로도',
  '이라고',
  '에서',
  '에게',
  '께서',
  '으로',
  '부터',
  '까지',
  '처럼',
  '보다',
  '라고',
  '에는',
  '에도',
  '과는',
  '와는',
  '은',
  '는',
  '을',
  '를',
];
/** Endings that are also a common last syllable of nouns. */
const UNSURE = ['이', '가', '의', '에', '도', '와', '과', '로', '만'];
const PLURAL = '들';
const MIN_SYLLABLES = 2;
const HANGUL_WORD = /\p{Script=Hangul}+/gu;
const HANGUL = /\p{Script=Hangul}/u;

/** The word without a sure ending (and the plural 들 before it), or the word itself. */
function withoutSureEnding(word: string): string {
  for (const ending of SURE) {
    if (word.length - ending.length >= MIN_SYLLABLES && word.endsWith(ending)) {
      return withoutPlural(word.slice(0, -ending.length));
    }
  }
  return withoutPlural(word);
}

function withoutPlural(stem: string): string {
  return stem.length - 1 >= MIN_SYLLABLES && stem.endsWith(PLURAL) ? stem.slice(0, -1) : stem;
}

/**
 * A reader of how long a Korean word of `text` is without its ending (-1 when it has none), or null for a
 * text without Hangul.
 */
export function createKoreanEndings(text: string): ((word: string) => number) | null {
  if (!HANGUL.test(text)) return null;
  /** The article's words as they stand without a sure ending: the stems an unsure ending may be cut to. */
  const stems = new Set<string>();
  for (const [word] of text.matchAll(HANGUL_WORD)) stems.add(withoutSureEnding(word));
  return (word) => {
    if (!HANGUL.test(word[0] ?? '')) return -1;
    const stem = withoutSureEnding(word);
    if (stem !== word) return stem.length;
    for (const ending of UNSURE) {
      if (word.length - ending.length < MIN_SYLLABLES || !word.endsWith(ending)) continue;
      const cut = withoutPlural(word.slice(0, -ending.length));
      return stems.has(cut) ? cut.length : -1;
    }
    return -1;
  };
}
