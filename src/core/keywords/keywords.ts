// Key phrases: candidates are runs of content words between stopwords and punctuation (as in RAKE), but
// scored by how often the phrase and its words recur, with a boost for appearing early and in the
// headline; RAKE's degree score alone favours long one-off phrases. Phrases keep the casing the article
// uses mid-sentence, so names stay capitalised and ordinary words are lower case.

import {
  JOIN_APOSTROPHE,
  JOIN_HYPHEN,
  isApostropheCode,
  isNumberAt,
  isUpperAt,
  type Words,
} from '../text/tokens.js';
import {
  CONTRACTION,
  WEAK_WORDS,
  WEB_WORDS,
  caseEndingStart,
  elidedPrefixEnd,
  isForeignContentWord,
  isShortFunctionWord,
  stem,
  opensSentence,
  hasPunctuation,
  isHeadlineLine,
  isNameStopWord,
  isNameSurface,
  isTeaser,
  opensName,
} from './keyword-text.js';
import { createPairMap } from '../text/pair-map.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { float64Scratch, int32Scratch, uint8Scratch } from '../text/scratch.js';
import {
  createIdf,
  frequencyKey,
  readShippedFrequencies,
  type DocumentFrequencies,
} from './document-frequencies.js';
import { spellPhrase, usualForm } from './keyword-forms.js';
import { bestFirst } from './best-first.js';
import { pickKeywords, type ScoredPhrase } from './keyword-pick.js';
import { collectTitleStems } from './keyword-title.js';
import { createVerbCheck, verbCueOf } from './keyword-words.js';
import { createStopMarkReader, isLanguageStopId } from './stop-marks.js';
import { createLocalIndex } from './local-index.js';
import { readNameEdges } from './name-edges.js';
import { isAllInTitle, wordsOfCandidate } from './phrase-tree.js';
import { createKoreanEndings } from './korean-particles.js';
import { createRomanceWordCheck, romanceCuesOf } from './romance-words.js';
import { verbEndingsOf } from './slavic-words.js';

/** Tokens as /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/u finds them. */
const MARKS = JOIN_APOSTROPHE | JOIN_HYPHEN;
const MAX_PHRASE_WORDS = 4;
const MIN_WORD_LENGTH = 2;
/**
 * Below this scaled IDF (a word in more than about one article in eight) a phrase's score falls in
 * proportion: the archive pulls down words every story uses ("said", "week", "government") and leaves
 * the rest to how the article itself uses them. A full TF-IDF weighting ranks one-off rarities above
 * what the story is about.
 */
const COMMON_IDF = 0.25;

/** Key phrases of a text, most telling first: at most `limit`. */
export type KeywordReader = (
  text: string,
  title?: string,
  limit?: number,
  /** Stop words of the text's own language, lower case, on top of the English ones. */
  stops?: ReadonlySet<string>,
  /** Document counts of the archive, added to the shipped table's (see document-frequencies.ts). */
  frequencies?: DocumentFrequencies,
  /** Whether English word rules apply (names with stop words, bare verbs and adjectives). */
  englishRules?: boolean,
  /** ISO 639-1 code of the text's language, for the word rules of a few others (romance-words.ts). */
  language?: string,
) => string[];

/** A keyword reader over an analyzer's words, with scratch tables of its own. */
export function createKeywordReader(words: Words): KeywordReader {
  const { internWord, isStopId, stripPossessiveId, tokenizeWords, wordOf } = words;
  const { memoizeById, memoizeFlagById, memoizeIdById, memoizeNumberById } = words;

  const stemOf = memoizeIdById((id) => {
    const word = wordOf(id);
    const stemmed = stem(word);
    return stemmed === word ? id : internWord(stemmed);
  });

  /**
   * Words that are never keywords besides stop words: words under two characters, and figures: tokens
   * that start with a digit ("2004", "13bn"), while "G7" and "COVID-19" are kept.
   */
  const isSkippedWord = memoizeFlagById((id) => {
    const word = wordOf(id);
    return (
      isNumberAt(word, 0) || word.length < MIN_WORD_LENGTH || CONTRACTION.test(word) || WEB_WORDS.has(word)
    );
  });

  const isWeakWord = memoizeFlagById((id) => WEAK_WORDS.has(wordOf(id)));
  const cueOf = memoizeIdById((id) => verbCueOf(wordOf(id)));
  const isParticleId = memoizeFlagById((id) => NAME_PARTICLES.has(wordOf(id)));
  /** English stop words that are ordinary words elsewhere ("most", a bridge in Czech and Polish). */
  const isForeignContentId = memoizeFlagById((id) => isForeignContentWord(wordOf(id)));
  const keyOf = memoizeById((id) => frequencyKey(wordOf(id)));
  const shipped = readShippedFrequencies();
  const shippedIdf = createIdf([shipped]);

  const phraseChildren = createPairMap();

  // IDF by stem id for the last call's table: a load hands every article the same table, so each word's
  // lookups are made once per load. A table never changes once made, so the object says which IDF applies.
  let idfTable: DocumentFrequencies | undefined | null = null;
  let idfById: (id: number) => number = () => 0;
  function idfReader(frequencies: DocumentFrequencies | undefined): (id: number) => number {
    if (frequencies !== idfTable) {
      idfTable = frequencies;
      const idfOf = frequencies === undefined ? shippedIdf : createIdf([shipped, frequencies]);
      idfById = memoizeNumberById((id) => idfOf(keyOf(id)));
    }
    return idfById;
  }

  const stopMarksOf = createStopMarkReader(words);

  const local = createLocalIndex();
  const [votes, surfaceFrom, surfaceTo, wordOfToken] = [1, 2, 3, 4].map(int32Scratch);
  const [titleMarks, idfs] = [uint8Scratch(), float64Scratch()];

  function extractKeywords(
    body: string,
    title?: string,
    limit = 10,
    stops?: ReadonlySet<string>,
    frequencies?: DocumentFrequencies,
    englishRules = true,
    language?: string,
  ): string[] {
    // A teaser (a feed item's line or two under its headline) says too little alone: the headline is
    // read as its first line, so the names and nouns only the headline holds can be keywords.
    const teaser = title !== undefined && isTeaser(body, title);
    const text = teaser ? `${title}\n\n${body}` : body;
    const idfOf = idfReader(frequencies);
    /** English stop words, less those that are ordinary words in the text's other language. */
    const isEnglishStop = (id: number): boolean =>
      isStopId(id) && (englishRules || stops === undefined || !isForeignContentId(id));
    const { count: tokenCount, starts, ends, ids } = tokenizeWords(text, MARKS);
    // After the scan, which is where the word table may be dropped.
    const languageStops = stops === undefined ? undefined : stopMarksOf(stops);
    const total = Math.max(1, text.length);

    // Words by stem, as local indices into parallel arrays.
    const localCall = local.next();
    const wordStem: number[] = [];
    const wordCount: number[] = [];
    const wordFirst: number[] = [];
    /** Tokens written mid-sentence, a chain through nextVote, to choose a display form: "Micron" stays capitalised, "market" does not. */
    const firstVote: number[] = [];
    const lastVote: number[] = [];
    /** The token at a sentence start, whose spelling is used only when the word never appears elsewhere. */
    const initialToken: number[] = [];
    /** 1 for a word met as a name's particle ("van" of "Ludwig van Beethoven"). */
    const particleWord: number[] = [];
    const nextVote = votes!(tokenCount, -1);
    const surfaceStarts = surfaceFrom!(tokenCount);
    const surfaceEnds = surfaceTo!(tokenCount);
    /** Each token's word (a local index), -1 for a stop word or a skipped one. */
    const tokenWord = wordOfToken!(tokenCount, -1);

    // Phrases of two to four words: a trie whose nodes are 2·word (one word) or 2·phrase + 1.
    const phraseFirst: number[] = [];
    const phraseCount: number[] = [];
    const phraseParent: number[] = [];
    const phraseLast: number[] = [];
    phraseChildren.clear();

    const run: number[] = [];
    const runStarts: number[] = [];
    let runLength = 0;
    const closeRun = (): void => {
      // Every stretch of two to four words is a candidate: "commerce minister" in "… Wang Wentao" too.
      for (let i = 0; i < runLength; i++) {
        let node = run[i]! * 2;
        for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= runLength; n++) {
          const w = run[i + n - 1]!;
          let p = phraseChildren.get(node, w);
          if (p < 0) {
            p = phraseFirst.length;
            phraseFirst.push(runStarts[i]!);
            phraseCount.push(1);
            phraseParent.push(node);
            phraseLast.push(w);
            phraseChildren.set(node, w, p);
          } else phraseCount[p]!++;
          node = p * 2 + 1;
        }
      }
      runLength = 0;
    };

    // A feed item of one line has its headline for body: that line is then the text, not a repeat.
    const titleLine = title?.trim().toLowerCase();
    const headline =
      titleLine && !teaser && !isHeadlineLine(text, 0, text.length, titleLine) ? titleLine : undefined;
    // Korean particles are written joined to the word ("서울에서"): the keyword is the word without them.
    const koreanEnding = englishRules ? null : createKoreanEndings(title ? `${title}\n${text}` : text);
    let t = 0;
    for (let lineStart = 0; ;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      // A headline repeated in the body would otherwise count its words twice; the title boost covers it.
      if (headline && isHeadlineLine(text, lineStart, lineEnd, headline)) {
        while (t < tokenCount && starts[t]! < lineEnd) t++;
      } else {
        let previousEnd = lineStart;
        for (; t < tokenCount && starts[t]! < lineEnd; t++) {
          const start = starts[t]!;
          const end = ends[t]!;
          // Most gaps are one space: no punctuation to test.
          const plainGap = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
          const title = !englishRules && t > 0 && tokenWord[t - 1] === -1 ? starts[t - 1]! : -1;
          const initial = opensSentence(text, lineStart, previousEnd, start, title);
          if (!plainGap && hasPunctuation(text, previousEnd, start)) closeRun();
          previousEnd = end;
          let word = stripPossessiveId(ids[t]!);
          // French and Italian elision: "l'énergie", "dell'industria" are read from after the article.
          const from = stops === undefined ? start : elidedPrefixEnd(text, start, end, stops, englishRules);
          let ending = englishRules ? -1 : caseEndingStart(text, from, end);
          const cut = ending < 0 && koreanEnding !== null ? koreanEnding(text.slice(from, end)) : -1;
          if (cut > 0) ending = from + cut;
          if (from > start || ending > 0)
            word = internWord(text.slice(from, ending > 0 ? ending : end).toLowerCase());
          const stop =
            isEnglishStop(word) || (languageStops !== undefined && isLanguageStopId(languageStops, word));
          if (
            (isSkippedWord(word) || stop || isShortFunctionWord(text, from, end)) &&
            !(
              englishRules &&
              stop &&
              isNameStopWord(text, from, end, initial, t + 1 < tokenCount ? starts[t + 1]! : -1)
            )
          ) {
            closeRun();
            continue;
          }
          const key = stemOf(word);
          let w = local.get(key, localCall);
          if (w < 0) {
            w = wordStem.length;
            local.set(key, localCall, w);
            wordStem.push(key);
            wordCount.push(0);
            wordFirst.push(from);
            firstVote.push(-1);
            lastVote.push(-1);
            initialToken.push(-1);
            particleWord.push(0);
          }
          // "de" of "Bill de Blasio" is a piece of the name, no word of its own; "van" of "a delivery van" is.
          const particle =
            englishRules &&
            isParticleId(word) &&
            opensName(text, { count: tokenCount, starts, ends, ids }, t, isParticleId);
          if (particle) particleWord[w] = 1;
          else wordCount[w]!++;
          tokenWord[t] = w;
          const possessive =
            end - from > 2 && text.charCodeAt(end - 1) === 115 && isApostropheCode(text.charCodeAt(end - 2));
          surfaceStarts[t] = from;
          surfaceEnds[t] = ending > 0 ? ending : possessive ? end - 2 : end;
          // A capital that only starts a sentence says nothing about the word, so it does not vote.
          if (!initial || isUpperAt(text, from + 1, surfaceEnds[t])) {
            if (lastVote[w]! < 0) firstVote[w] = t;
            else nextVote[lastVote[w]!] = t;
            lastVote[w] = t;
          } else if (initialToken[w]! < 0) initialToken[w] = t;
          runStarts[runLength] = from;
          run[runLength++] = w;
          if (possessive || ending > 0) closeRun();
        }
        closeRun();
      }
      if (lineEnd === text.length) break;
      lineStart = lineEnd + 1;
    }

    const titleStems = collectTitleStems(words, stemOf, MARKS, title, stops, englishRules, koreanEnding);
    /** 1 for a word of the title (a typed array, for the same reason as wordIdf below). */
    const inTitle = titleMarks(wordStem.length);
    for (let w = 0; w < wordStem.length; w++) if (titleStems.has(wordStem[w]!)) inTitle[w] = 1;
    const phraseCountTotal = phraseFirst.length;
    const tree = { phrases: phraseCountTotal, phraseLast, phraseParent };
    const wordsOf = (c: number): number[] => wordsOfCandidate(tree, c);

    /** Whether word w is written with a capital inside a sentence. */
    const isNamed = (w: number): boolean =>
      firstVote[w]! >= 0 && isNameSurface(text, surfaceStarts[firstVote[w]!]!, surfaceEnds[firstVote[w]!]!);
    /** A name's words: each named, or a particle of a name before its last word. */
    const isNamePhrase = (words: number[]): boolean =>
      words.every((w, i) => isNamed(w) || (i < words.length - 1 && particleWord[w] === 1));
    const edges = englishRules
      ? null
      : readNameEdges({
          tokenCount,
          tokenWord,
          firstVote,
          wordCount,
          phraseCount,
          phraseChildren,
          inTitle,
          isNamed,
        });
    // Typed: a mapped array's element kind follows its values, and a new kind threw the loop's code away.
    const wordIdf = idfs(wordStem.length);
    for (let w = 0; w < wordStem.length; w++) wordIdf[w] = idfOf(wordStem[w]!);
    const scored: ScoredPhrase[] = [];
    for (let c = 0; c < phraseCountTotal + wordStem.length; c++) {
      const single = c >= phraseCountTotal;
      const count = single ? wordCount[c - phraseCountTotal]! : phraseCount[c]!;
      // A word met only as a particle of names (count 0) is no keyword on its own either.
      const stem = single ? wordStem[c - phraseCountTotal]! : -1;
      if (single && (count === 0 || isWeakWord(stem) || isEnglishStop(stem))) continue;
      // Most phrases are one-offs: test them along the phrase tree before building their word list. A
      // word seen once may fill the list where the verb and adjective tests (English) keep it clean; in
      // other languages, a name (each word capitalised inside a sentence: also a German noun) may.
      const oneOff = count < 2 && !isAllInTitle(tree, c, inTitle);
      if (oneOff && (single ? !englishRules && !isNamed(c - phraseCountTotal) : englishRules)) continue;
      if (oneOff && !single && !isNamePhrase(wordsOf(c))) continue;
      const words = wordsOf(c);
      const n = words.length;
      // A name's stop word ("New York") never ends a phrase ("Mayor New" of "Mayor New York").
      if (n > 1 && isEnglishStop(wordStem[words[n - 1]!]!)) continue;
      // A word that opens sentences only before a name, a title before it ("Вчера", "Dün", "Başkanı").
      if (edges !== null) {
        const before = n > 1 ? edges.takesInWordBefore(words, count) : edges.opensBeforeName(words[0]!);
        if (before || edges.endsInsideName(words[n - 1]!)) continue;
      }
      const first = single ? wordFirst[c - phraseCountTotal]! : phraseFirst[c]!;
      let titleWords = 0;
      let idf = 0;
      for (const w of words) {
        idf += wordIdf[w]!;
        titleWords += inTitle[w]!;
      }
      // How often, how early, how much of the headline, how rare across articles.
      const score =
        count *
        (1 + 0.5 * (1 - Math.min(first, total) / total)) *
        (1 + (0.8 * titleWords) / n) *
        Math.min(1, idf / n / COMMON_IDF);
      scored.push({ words, first, score, count });
    }

    const phraseTokens = { text, count: tokenCount, starts, surfaceStarts, surfaceEnds, tokenWord };
    const wordVotes = { firstVote, nextVote, initialToken, fallback: (w: number) => wordOf(wordStem[w]!) };
    const pickForm = (w: number): string => usualForm(w, phraseTokens, wordVotes);

    const uses = {
      text,
      count: tokenCount,
      words: wordStem.length,
      starts,
      ends,
      ids,
      tokenWord,
      wordOf,
      cueOf,
    };
    const romance = englishRules ? undefined : romanceCuesOf(language);
    const slavicEndings = englishRules ? undefined : verbEndingsOf(language);
    // German writes every noun with a capital: a word in lower case is a verb, adjective or adverb (one
    // with a figure, "v2", is a version or a code).
    const onlyVerb = englishRules
      ? createVerbCheck(uses)
      : language === 'de'
        ? (_w: number, form: string) => form === form.toLowerCase() && !/\p{N}/u.test(form)
        : romance !== undefined
          ? createRomanceWordCheck(uses, surfaceStarts, romance)
          : (_w: number, form: string) => slavicEndings?.test(form) === true;
    const spell = (p: ScoredPhrase, usual: string[]) => spellPhrase(p.words, p.first, usual, phraseTokens);
    return pickKeywords(bestFirst(scored), pickForm, limit, englishRules, onlyVerb, spell);
  }

  return extractKeywords;
}
