import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../src/core/text/index.js';

function split(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e).replace(/\s+/g, ' '));
}

describe('splitSentences', () => {
  const cases: [rule: string, input: string, expected: string[]][] = [
    [
      'plain stops',
      'The vote passed. Markets rose! Why now? Nobody knows.',
      ['The vote passed.', 'Markets rose!', 'Why now?', 'Nobody knows.'],
    ],
    [
      'country abbreviations mid-sentence',
      'Ties between the U.S. and the U.K. have cooled.',
      ['Ties between the U.S. and the U.K. have cooled.'],
    ],
    [
      'U.S. at the end of a sentence',
      'Troops returned to the U.S. The war was over.',
      ['Troops returned to the U.S.', 'The war was over.'],
    ],
    ['titles before names', 'Mr. Lee met Dr. Ortiz and Gen. Hale.', ['Mr. Lee met Dr. Ortiz and Gen. Hale.']],
    [
      'company suffixes',
      'Acme Inc. said profits fell. Beta Corp. Chief Ana Ruiz quit.',
      ['Acme Inc. said profits fell.', 'Beta Corp. Chief Ana Ruiz quit.'],
    ],
    [
      'company suffix ending a sentence',
      'She joined Acme Inc. It was 1998.',
      ['She joined Acme Inc.', 'It was 1998.'],
    ],
    [
      'dates, times and numbers',
      'On Nov. 1 at 9 a.m. the talks began at No. 10 Downing Street.',
      ['On Nov. 1 at 9 a.m. the talks began at No. 10 Downing Street.'],
    ],
    [
      'initials',
      'J.P. Morgan hosted George W. Bush. He spoke briefly.',
      ['J.P. Morgan hosted George W. Bush.', 'He spoke briefly.'],
    ],
    [
      'money and percentages',
      'The deal is worth $1.5bn, up 3.5% on last year. Shares rose.',
      ['The deal is worth $1.5bn, up 3.5% on last year.', 'Shares rose.'],
    ],
    ['ellipsis inside a sentence', 'He paused ... then carried on.', ['He paused ... then carried on.']],
    [
      'ellipsis ending a sentence',
      'It was over.... Then the rain came.',
      ['It was over....', 'Then the rain came.'],
    ],
    [
      'stop inside closing quotes',
      'She said, “We will win.” The crowd cheered.',
      ['She said, “We will win.”', 'The crowd cheered.'],
    ],
    [
      'question inside straight quotes',
      'He asked, "Who pays?" Nobody answered.',
      ['He asked, "Who pays?"', 'Nobody answered.'],
    ],
    [
      'quoted speech carrying on',
      '“Are you sure?” asked the reporter. She nodded.',
      ['“Are you sure?” asked the reporter.', 'She nodded.'],
    ],
    [
      'headline line without a stop',
      'Storm hits coast\nThe storm arrived at dawn.',
      ['Storm hits coast', 'The storm arrived at dawn.'],
    ],
    [
      'blank line ends a paragraph',
      'First paragraph without a stop\n\nsecond one starts lower case',
      ['First paragraph without a stop', 'second one starts lower case'],
    ],
    [
      'newline-separated paragraphs',
      'Prices rose sharply\nTraders were surprised.',
      ['Prices rose sharply', 'Traders were surprised.'],
    ],
    [
      'wrapped line inside a sentence',
      'The committee will meet again\nnext week to decide.',
      ['The committee will meet again next week to decide.'],
    ],
    ['list items without stops', '1. Buy bread 2. Pay rent', ['1. Buy bread', '2. Pay rent']],
    ['bulleted items', '• First point • Second point', ['• First point', '• Second point']],
    [
      'paragraphs glued without a space',
      'The plant closed.Workers were told on Monday.',
      ['The plant closed.', 'Workers were told on Monday.'],
    ],
    [
      'web and mail addresses',
      'Write to desk@news.example.com or see www.example.com today. Thanks.',
      ['Write to desk@news.example.com or see www.example.com today.', 'Thanks.'],
    ],
    ['exclamation inside a name', 'She works at Yahoo! in Sunnyvale.', ['She works at Yahoo! in Sunnyvale.']],
  ];
  it.each(cases)('%s', (_rule, input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it('returns offsets trimmed of surrounding whitespace', () => {
    const text = '  Hello there.   Bye now.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      [2, 14],
      [17, 25],
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('splitSentences in other scripts', () => {
  const cases: [rule: string, input: string, expected: string[]][] = [
    ['Chinese stops without spaces', '他来了。你好吗？太好了！', ['他来了。', '你好吗？', '太好了！']],
    [
      'a closing mark stays with its stop',
      '她说：“我们赢了。”然后离开。',
      ['她说：“我们赢了。”', '然后离开。'],
    ],
    [
      'a Japanese quotation that goes on with と',
      '「行くよ！」と彼は言った。次の日。',
      ['「行くよ！」と彼は言った。', '次の日。'],
    ],
    ['the Arabic question mark', 'هل انتهى؟ نعم انتهى.', ['هل انتهى؟', 'نعم انتهى.']],
    [
      'a French closing mark after its space',
      '« C’est fini. » Puis il part.',
      ['« C’est fini. »', 'Puis il part.'],
    ],
    ['a German closing mark', '„Es ist vorbei.“ Dann ging er.', ['„Es ist vorbei.“', 'Dann ging er.']],
    [
      'an English opening mark after a stop stays with the next sentence',
      'It ended. “Now we rest,” he said.',
      ['It ended.', '“Now we rest,” he said.'],
    ],
  ];
  it.each(cases)('%s', (_rule, input, expected) => {
    expect(split(input)).toEqual(expected);
  });
});
