// Chinese and Japanese names the segmenter cuts into a known word and a piece (习|近平, 马克|龙, 岸田|文雄)
// are one keyword when the two are written together at least twice and one is never written alone; a
// part also written alone stays (岸田 of 岸田氏), and a title after a name (氏, 首相) joins nothing.
// Short articles written for these checks.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { languageOf } from '../../src/ingest/language.js';

const analyzer = createAnalyzer();

function keywordsOf(title: string, text: string, language: string): string[] {
  return analyzer.analyze({ title, text, ...languageOf(`${title}\n\n${text}`, language) }).keywords;
}

describe('names cut by the segmenter', () => {
  it.each([
    [
      'zh',
      '习近平会见马克龙',
      '国家主席习近平在北京会见法国总统马克龙。习近平表示，中法关系保持稳定发展。马克龙说，法国愿同中国加强' +
        '合作。两国元首还讨论了气候变化问题。',
      ['会见', '习近平', '马克龙', '法国'],
    ],
    [
      'ja',
      '岸田文雄氏が講演',
      '前首相の岸田文雄氏は五日、広島市で講演した。岸田文雄氏は核軍縮の重要性を訴え、広島の若者との対話を' +
        '続けると述べた。岸田氏の講演には約五百人が集まった。',
      ['岸田', '講演', '岸田文雄', '広島'],
    ],
  ])('%s: %s', (language, title, text, expected) => {
    expect(keywordsOf(title, text, language)).toEqual(expected);
  });
});
