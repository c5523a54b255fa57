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

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Titles written after a name (石破首相, 大谷選手, 习主席): a name joins no title. */
const TITLES = new Set(
  `首相 氏 知事 選手 監督 社長 会長 大臣 長官 議員 代表 総裁 市長 委員長 容疑者 被告 主席 总统 总理 外长 部长
  先生 女士 总裁 主任 市长 省长 书记 教授 博士 记者`.split(/\s+/),
);

/**
 * Names the dictionary cuts into a known word and a piece (习|近平, 马克|龙, 岸田|文雄): two Han words
 * written next to each other at least twice, one of them never without the other and neither in another
 * such pair, are one word. Two single characters are left to han-runs.ts. Returns the joined words and
 * the parts they replace.
 */
function joinNameParts(
  sequences: string[][],
  stops: ReadonlySet<string>,
): { joined: Map<string, number>; parts: Set<string> } {
  const seen = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const words of sequences) {
    words.forEach((word, i) => {
      seen.set(word, (seen.get(word) ?? 0) + 1);
      const next = words[i + 1];
      if (next !== undefined) pairs.set(`${word} ${next}`, (pairs.get(`${word} ${next}`) ?? 0) + 1);
    });
  }
  // A word in two recurring pairs (大谷|翔|平, 发布|暴雨|红色) is no clear piece of either; a title after
  // a name (岸田|文雄|氏) is no such pair.
  const recurring = new Map<string, number>();
  for (const [pair, times] of pairs) {
    const words = pair.split(' ');
    if (times < 2 || !words.every((word) => HAN_WORD.test(word) && !TITLES.has(word))) continue;
    for (const word of words) recurring.set(word, (recurring.get(word) ?? 0) + 1);
  }
  const joined = new Map<string, number>();
  const parts = new Set<string>();
  for (const [pair, times] of pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    if (times < 2 || recurring.get(a)! > 1 || recurring.get(b)! > 1) continue;
    if ((a.length === 1 && b.length === 1) || !HAN_WORD.test(a) || !HAN_WORD.test(b)) continue;
    if (stops.has(a) || stops.has(b)) continue;
    if (TITLES.has(a) || TITLES.has(b) || HAN_NUMBER.test(a) || HAN_NUMBER.test(b)) continue;
    if (seen.get(a)! > times && seen.get(b)! > times) continue;
    joined.set(a + b, times);
    // A part also written alone (岸田 of 岸田文雄, 岸田氏) stays a word of its own.
    if (seen.get(a) === times) parts.add(a);
    if (seen.get(b) === times) parts.add(b);
  }
  return { joined, parts };
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
  /** Runs of words written next to each other, for joinNameParts. */
  const sequences: string[][] = [];
  const add = (part: string, weight: number): void => {
    const segments = [...segmenter.segment(part)];
    runs?.add(segments, weight);
    let sequence: string[] = [];
    for (const { segment, isWordLike } of segments) {
      if (isWordLike) sequence.push(segment);
      else if (sequence.length > 0) [sequences[sequences.length], sequence] = [sequence, []];
    }
    if (sequence.length > 0) sequences.push(sequence);
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
  const { joined, parts } = joinNameParts(sequences, stops);
  for (const part of parts) counts.delete(part);
  for (const [word, times] of joined) {
    counts.set(word, times);
    forms.set(word, word);
  }
  // Map order is first appearance, and the sort is stable, so ties keep it.
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word]) => forms.get(word) ?? word);
}
