// Keywords of Chinese and Japanese text, where no spaces separate words: Intl.Segmenter (ICU's dictionary
// segmentation, built into Node) finds the words, and the most frequent content words of two characters
// or more are kept, earlier first on ties. Single characters are mostly particles and function words.

import { createHanRuns } from './han-runs.js';

const MIN_CHARS = 2;
/**
 * Japanese words written only in hiragana are particles, endings and helper verbs (した, している,
 * ため, など): content words are written in kanji or katakana, so those are the keyword candidates.
 */
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
/** A figure written in Chinese numerals ("二十", "十五", "一千"): no keyword, as "20" is none. */
const HAN_NUMBER = /^[〇零一二三四五六七八九十百千万萬亿億两兩]+$/u;
/** A word of Latin letters or digits, inside Chinese or Japanese text ("Wi", "Fi", "COVID", "19"). */
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;

/**
 * The segmenter cuts Latin words at a hyphen ("Wi-Fi" → "Wi", "-", "Fi"; "COVID-19"): such words joined by
 * one hyphen, with no space, are put back together as one word.
 */
function joinHyphenated(segments: Intl.SegmentData[]): Array<{ segment: string; isWordLike: boolean }> {
  const joined: Array<{ segment: string; isWordLike: boolean }> = [];
  for (let i = 0; i < segments.length; i++) {
    const { segment: first, isWordLike = false } = segments[i] as Intl.SegmentData;
    let segment = first;
    // Each part joined is itself a Latin word, so the first decides whether any may join.
    while (
      isWordLike &&
      LATIN_WORD.test(first) &&
      segments[i + 1]?.segment === '-' &&
      segments[i + 2]?.isWordLike === true &&
      LATIN_WORD.test(segments[i + 2]!.segment)
    ) {
      segment += `-${segments[i + 2]!.segment}`;
      i += 2;
    }
    joined.push({ segment, isWordLike });
  }
  return joined;
}

/** Whether the language writes words without spaces between them (so words come from a segmenter). */
export function needsSegmenter(language: string | undefined): boolean {
  return language === 'zh' || language === 'ja';
}

/** The `limit` most frequent content words of `text` (and its headline, which counts double). */
export function extractSegmentedKeywords(
  text: string,
  language: string,
  stops: ReadonlySet<string>,
  title = '',
  limit = 10,
): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const counts = new Map<string, number>();
  /** Each word as first written: "JAXA" stays in capitals while "jaxa" and "Jaxa" count with it. */
  const forms = new Map<string, string>();
  // Chinese names and terms the dictionary lacks come apart into single characters (see han-runs.ts).
  const runs = language === 'zh' ? createHanRuns(stops) : null;
  const add = (part: string, weight: number): void => {
    const segments = [...segmenter.segment(part)];
    runs?.add(segments, weight);
    for (const { segment, isWordLike } of joinHyphenated(segments)) {
      const word = segment.toLowerCase();
      if (!isWordLike || [...word].length < MIN_CHARS || stops.has(word) || /^\p{N}/u.test(word)) continue;
      if (HAN_NUMBER.test(word)) continue;
      if (language === 'ja' && KANA_ONLY.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
      if (!forms.has(word)) forms.set(word, segment);
    }
  };
  add(title, 2);
  add(text, 1);
  for (const [word, count] of runs?.words() ?? []) {
    if (HAN_NUMBER.test(word)) continue;
    counts.set(word, count);
    forms.set(word, word);
  }
  // Map order is first appearance, and the sort is stable, so ties keep it.
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word]) => forms.get(word) ?? word);
}
