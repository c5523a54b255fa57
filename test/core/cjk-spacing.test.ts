import { describe, expect, it } from 'vitest';
import { cjkRuns, spaceCjk, unspaceCjk } from '../../src/core/text/index.js';

// Written for these tests: Chinese, Japanese, Korean, mixed with Latin, with and without spaces.
const TEXTS = [
  '宇航员在太空中喝酒',
  'AI人工智能 is here',
  'AI 人工 智能',
  '대통령은 오늘 서울에서 연설했다.',
  'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化する。',
  'No characters of those scripts.',
];

describe('spaced text given back as written', () => {
  it.each(TEXTS)('%j, set apart and joined again, is itself', (text) => {
    expect(unspaceCjk(spaceCjk(text))).toBe(text);
  });

  it('joins the marks around single characters into one around the run, and keeps the cut edges', () => {
    // A snippet of spaceCjk('宇航员在太空中喝酒') that starts and ends inside characters' spaces.
    expect(unspaceCjk('航  员  <在>  <太>  <空>  中  喝', '<', '>')).toBe('航员<在太空>中喝');
    expect(unspaceCjk(' 대  통  령 은   <오> <늘>   서', '<', '>')).toBe('대통령은 <오늘> 서');
  });

  it('leaves marks around Latin words as they are', () => {
    expect(unspaceCjk(spaceCjk('WiFi利用').replace('WiFi', '<WiFi>'), '<', '>')).toBe('<WiFi>利用');
  });
});

describe('runs of those scripts', () => {
  it.each([
    ['暴雨预警 停运', ['暴雨预警', '停运']],
    ['"发布了新手机" price', ['发布了新手机']],
    ['대통령 speech 서울', ['대통령', '서울']],
    ['harbour bridge', []],
  ])('in %j', (query, runs) => {
    expect(cjkRuns(query)).toEqual(runs);
  });
});
