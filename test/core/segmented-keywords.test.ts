// Keywords of Japanese and Chinese text come from Intl.Segmenter, which cuts Latin words at a hyphen.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { stopwordsFor } from '../../src/ingest/language.js';

const JA_TITLE = '駅のフリーWi-Fi、利用者が倍増';
const JA_TEXT = [
  '東京の駅で、フリーWi-Fiの利用者が一年で倍増した。',
  '鉄道会社によると、Wi-Fiの接続数は一日あたり十万件を超えた。',
  '同社は、COVID-19の流行後に駅のWi-Fiを増やしたと説明した。',
  'COVID-19の前は、Wi-Fiの設置は主要駅だけだった。',
].join('');

const ZH_TITLE = '地铁站Wi-Fi用户翻倍';
const ZH_TEXT =
  '北京地铁站的免费Wi-Fi用户一年内翻倍。地铁公司表示，Wi-Fi每天的连接次数超过十万。公司在站内增加了Wi-Fi热点。';

describe('keywords of text without spaces', () => {
  it.each([
    ['ja', JA_TITLE, JA_TEXT],
    ['zh', ZH_TITLE, ZH_TEXT],
  ])('keep a hyphenated Latin word whole (%s)', (language, title, text) => {
    const { keywords } = createAnalyzer().analyze({
      text,
      title,
      language,
      stopwords: stopwordsFor(language),
    });
    expect(keywords).toContain('Wi-Fi');
    for (const keyword of keywords) {
      expect(keyword.toLowerCase()).not.toBe('wi');
      expect(keyword.toLowerCase()).not.toBe('fi');
    }
    if (language === 'ja') expect(keywords).toContain('COVID-19');
  });
});
