import { describe, expect, it } from 'vitest';
import {
  detectArticleFormat,
  parseArticleFile,
  parseMarkdownArticle,
  parseTextArticle,
} from '../../src/core/article/index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// A scraped article in the layout Herald's seed file uses, written for these tests.
const SCRAPED = [
  'Harbour city approves floating solar farm after two-year row',
  '',
  'Advertisement',
  'Harbour city approves floating solar farm after two-year row',
  '',
  'Councillors in Port Avel have backed a 40-megawatt array on the old reservoir, ending a dispute with anglers that split the town',
  '',
  'The council voted 9 to 4 on Tuesday to lease the Northmere reservoir to Avel Energy for 25 years. The company says the panels will cover about a third of the water surface and power 12,000 homes.',
  '',
  'Advertisement',
  '',
  'Also Read: Avel Energy posts record first-half profit',
  '',
  '“We listened to the anglers and moved the array away from the spawning beds,” said council leader Mira Costa.',
  '',
  'The Northmere Angling Club said it would not appeal. Its chair, Tom Reyes, said the deal was “the least bad outcome”, and that members would watch the water quality closely.',
  '',
  'Share this article',
  'Follow us on Twitter',
  'Follow Lena Park on Twitter @lenapark_news.',
  '(With inputs from agencies)',
  '',
  'Advertisement',
].join('\n');

describe('plain-text articles', () => {
  const [article] = parseTextArticle(SCRAPED).articles;

  it.each([
    ['图注：渡轮在周一重新开航', '渡轮在周一重新开航。'],
    ['(Bild: Hersteller)', 'Die Fähre fährt wieder.'],
    ['Foto: Agencia Costa', 'El ferry vuelve a navegar.'],
    ['写真：再開したフェリー', 'フェリーが再び運航した。'],
  ])('leaves out the caption or credit label %j in other languages', (label, sentence) => {
    const [own] = parseTextArticle(`Headline\n\n${sentence}\n\n${label}`).articles;
    expect(own?.paragraphs).toEqual([sentence]);
  });

  it('keeps a sentence that opens with "Follow"', () => {
    const [own] = parseTextArticle(
      'Anglers win\n\nFollow the river path on foot to reach the spawning beds, the club said.',
    ).articles;
    expect(own?.paragraphs).toEqual([
      'Follow the river path on foot to reach the spawning beds, the club said.',
    ]);
  });

  it('takes the first line as the headline and drops its repeat', () => {
    expect(article?.title).toBe('Harbour city approves floating solar farm after two-year row');
    expect(article?.text).not.toContain('after two-year row');
  });

  it('removes ad slots, links to other stories, share prompts and credit lines', () => {
    for (const furniture of [
      'Advertisement',
      'Also Read',
      'Share this article',
      'Follow us',
      'Follow Lena Park',
      'With inputs from',
    ]) {
      expect(article?.text).not.toContain(furniture);
    }
  });

  it('marks the unfinished first paragraph as the standfirst and keeps it out of the paragraphs', () => {
    expect(article?.standfirst).toMatch(/^Councillors in Port Avel have backed/);
    expect(article?.paragraphs[0]).toMatch(/^The council voted 9 to 4/);
    expect(article?.paragraphs).toHaveLength(3);
  });

  it('builds the canonical text from the standfirst and paragraphs, without the headline', () => {
    expect(article?.text).toBe([article?.standfirst, ...(article?.paragraphs ?? [])].join('\n\n'));
  });

  it('keeps quotes intact', () => {
    expect(article?.text).toContain(
      '“We listened to the anglers and moved the array away from the spawning beds,” said council leader Mira Costa.',
    );
  });

  it('leaves unknown metadata empty', () => {
    expect(article).toMatchObject({ url: null, source: null, published: null, author: null, tags: [] });
  });
});

describe('paragraph layout', () => {
  it.each([
    [
      'blank lines',
      'Title\n\nFirst paragraph here.\n\nSecond paragraph here.',
      ['First paragraph here.', 'Second paragraph here.'],
    ],
    [
      'single newlines between long lines',
      `Title\n${'A long line of text. '.repeat(8).trim()}\n${'Another long line. '.repeat(8).trim()}`,
      ['A long line of text. '.repeat(8).trim(), 'Another long line. '.repeat(8).trim()],
    ],
    [
      'hard-wrapped short lines',
      'Title\n\nThe mayor said the\nbudget would pass.\n\nEnd.',
      ['The mayor said the budget would pass.', 'End.'],
    ],
    ['Windows line endings', 'Title\r\n\r\nOne.\r\n\r\nTwo.', ['One.', 'Two.']],
  ])('splits %s', (_name, text, paragraphs) => {
    expect(parseTextArticle(text).articles[0]?.paragraphs).toEqual(paragraphs);
  });

  it('treats a first line too long for a headline as text and derives a title from its first sentence', () => {
    const text = `(CNN)The river rose 3 metres overnight. ${'Residents moved to higher ground as the water kept rising. '.repeat(6)}`;
    const [article] = parseTextArticle(text).articles;
    expect(article?.title).toBe('The river rose 3 metres overnight.');
    // The wire dateline is page furniture: it leaves the text as well as the title.
    expect(article?.text.startsWith('The river rose 3 metres overnight. Residents moved')).toBe(true);
  });

  it.each([
    ['plain text', parseTextArticle],
    ['Markdown', parseMarkdownArticle],
  ])('reads a %s file of one line of prose as the text, not as a headline over nothing', (_name, parse) => {
    const line = 'The ferry sails again from Monday. "We missed it," said Ama Osei, a driver.';
    const [article] = parse(`${line}\n\nAdvertisement\n`).articles;
    expect(article?.title).toBe('The ferry sails again from Monday.');
    expect(article?.text).toBe(line);
  });

  it.each([
    ['plain text', parseTextArticle, 'Ferry link restored\n'],
    ['Markdown', parseMarkdownArticle, 'Ferry link restored\n\nShare this article\n'],
    ['front matter', parseTextArticle, '---\ntitle: Ferry link restored\n---\n\nAdvertisement\n'],
  ])('names the headline when a %s file holds nothing else', (_name, parse, text) => {
    const result = parse(text);
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual(['no article text: only a headline ("Ferry link restored")']);
  });

  it('reads a list bullet copied from a symbol font as "l" as a bullet, and leaves a real "l" alone', () => {
    const [article] = parseTextArticle(
      'Ferry figures\n\nThe figures came out on Monday.\n\nl Most riders are commuters.\n\nl Fares rose 3%.\n\nl is the letter on the old timetable.',
    ).articles;
    expect(article?.paragraphs).toEqual([
      'The figures came out on Monday.',
      '• Most riders are commuters.',
      '• Fares rose 3%.',
      'l is the letter on the old timetable.',
    ]);
  });

  it('still takes a one-sentence first line as the headline when text follows it', () => {
    const [article] = parseTextArticle('The ferry is back.\n\nBoats sail from Monday.').articles;
    expect([article?.title, article?.text]).toEqual(['The ferry is back.', 'Boats sail from Monday.']);
  });

  it('recognises a repeated headline that differs only in case and punctuation', () => {
    const [article] = parseTextArticle(
      'Storm closes ferry link\n\nStorm closes ferry link.\n\nBody text.',
    ).articles;
    expect(article?.paragraphs).toEqual(['Body text.']);
  });

  it('reads a "By …" line as the author', () => {
    const [article] = parseTextArticle('Title\n\nBy Ana Lima\n\nThe body of the story.').articles;
    expect(article?.author).toBe('Ana Lima');
    expect(article?.paragraphs).toEqual(['The body of the story.']);
  });

  it.each([
    ['By Ana Lima\n\nThe ferry link reopened on Monday. Crews worked all week.', 'Ana Lima'],
    [
      'BYLINE: Amber Phillips\n\nBYLINE: Amber Phillips.\n\nThe ferry link reopened on Monday. Crews worked all week.',
      'Amber Phillips',
    ],
    [
      'byline: Jo Kim and Dev Rao\n\nThe ferry link reopened on Monday. Crews worked all week.',
      'Jo Kim and Dev Rao',
    ],
  ])('never takes a byline on the first line for the headline: %j', (text, author) => {
    const [article] = parseTextArticle(text).articles;
    expect(article?.title).toBe('The ferry link reopened on Monday.');
    expect(article?.author).toBe(author);
    expect(article?.paragraphs).toEqual(['The ferry link reopened on Monday. Crews worked all week.']);
  });
});

describe('standfirst', () => {
  const body =
    'The full lede paragraph explains who did what, where and when, in one long sentence of reporting.';
  it.each([
    ['an unfinished sentence', 'Ministers back the plan despite warnings from the regulator', true],
    ['one short sentence over a long lede', 'Campaign criticises the timing of the release.', true],
    [
      'a full lede of several sentences',
      'The plan passed. It was close. Ministers had argued for weeks about it.',
      false,
    ],
    ['a quotation', '“We will not back down,” the minister said', false],
    ['a caption with a photo credit', 'The harbour at dawn on Monday Jane Doe/Reuters Photos today', false],
  ])('is taken from %s: %s', (_name, first, expected) => {
    const [article] = parseTextArticle(`Headline\n\n${first}\n\n${body}\n\n${body} Again.`).articles;
    expect(article?.standfirst !== null).toBe(expected);
  });

  it('is not taken when the article is a single paragraph', () => {
    expect(
      parseTextArticle('Headline\n\nMinisters back the plan despite warnings').articles[0]?.standfirst,
    ).toBeNull();
  });
});

describe('front matter', () => {
  const text = [
    '---',
    'title: "Rail strike called off"',
    'url: https://news.example.com/rail-strike#top',
    'source: Example News',
    'published: 2024-03-05',
    'author: Sam Ortiz',
    'tags: [transport, labour]',
    '---',
    'Rail strike called off',
    '',
    'Unions accepted the offer late on Sunday.',
  ].join('\n');

  it('supplies the metadata, with the date normalised to ISO 8601', () => {
    expect(parseTextArticle(text).articles[0]).toMatchObject({
      title: 'Rail strike called off',
      url: 'https://news.example.com/rail-strike#top',
      source: 'Example News',
      published: '2024-03-05T00:00:00.000Z',
      author: 'Sam Ortiz',
      tags: ['transport', 'labour'],
      paragraphs: ['Unions accepted the offer late on Sunday.'],
    });
  });

  it('accepts tags as a "- item" list', () => {
    const [article] = parseTextArticle('---\ntitle: T\ntags:\n  - a\n  - b\n---\nBody.').articles;
    expect(article?.tags).toEqual(['a', 'b']);
  });

  it.each([
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Lun, 3 Dic 2018 08:00:00 +0100', '2018-12-03T07:00:00.000Z'],
    ['mar., 05 févr. 2019 10:00:00 +0100', '2019-02-05T09:00:00.000Z'],
    ['Mi, 12 Mär 2014 09:30:00 +0100', '2014-03-12T08:30:00.000Z'],
    ['gio, 11 lug 2019 12:00:00 +0200', '2019-07-11T10:00:00.000Z'],
    ['di 5 mrt 2019 10:00:00 +0100', '2019-03-05T09:00:00.000Z'],
    ['12 juin 2020 10:00:00 GMT', '2020-06-12T10:00:00.000Z'],
    ['12 juil 2020 10:00:00 GMT', '2020-07-12T10:00:00.000Z'],
  ])('reads a date with month names of another language: %s', (date, iso) => {
    const [article] = parseTextArticle(`---\ntitle: Ferry\npublished: ${date}\n---\nBody.`).articles;
    expect(article?.published).toBe(iso);
  });

  it('loads what it can from malformed front matter and says what was wrong', () => {
    const result = parseTextArticle('---\ntitle: Kept\nthis line is junk\npublished: someday\n---\nBody.');
    expect(result.articles[0]?.title).toBe('Kept');
    expect(result.articles[0]?.published).toBeNull();
    expect(result.problems).toEqual([
      expect.stringContaining('front matter line 3'),
      expect.stringContaining('published date "someday"'),
    ]);
  });

  it('reads an unclosed block as text, with a problem', () => {
    const result = parseTextArticle('---\ntitle: Lost\n\nHeadline here\n\nBody.');
    expect(result.problems).toEqual([expect.stringContaining('no closing "---"')]);
    expect(result.articles).toHaveLength(1);
  });
});

describe('Markdown articles', () => {
  const markdown = [
    '---',
    'source: Example Wire',
    '---',
    '# Museum reopens *after* flood repairs',
    '',
    'The **city museum** reopened on [Saturday](https://example.com/sat) after a',
    'year of repairs. ![The hall](hall.jpg)',
    '',
    '## What changed',
    '',
    '- New flood doors',
    '- A raised archive',
    '',
    '> “It feels like a new building,” said curator Lena Park.',
    '',
    'Advertisement',
  ].join('\n');
  const [article] = parseMarkdownArticle(markdown).articles;

  it('takes the title from the first level-1 heading', () => {
    expect(article?.title).toBe('Museum reopens after flood repairs');
  });

  it('strips emphasis, links and images, and keeps list items and subheadings as lines', () => {
    expect(article?.paragraphs).toEqual([
      'The city museum reopened on Saturday after a year of repairs.',
      'What changed',
      'New flood doors',
      'A raised archive',
      '“It feels like a new building,” said curator Lena Park.',
    ]);
  });

  it('reads the same front matter as plain text', () => {
    expect(article?.source).toBe('Example Wire');
  });

  it('prefers the front-matter title over the heading', () => {
    const [withTitle] = parseMarkdownArticle(
      '---\ntitle: From front matter\n---\n# From heading\n\nBody.',
    ).articles;
    expect(withTitle?.title).toBe('From front matter');
  });
});

describe('ids', () => {
  const withUrl = (url: string): string | undefined =>
    parseTextArticle(`---\nurl: ${url}\n---\nTitle\n\nBody.`).articles[0]?.id;

  it('are 12 hex digits', () => {
    expect(parseTextArticle('Title\n\nBody.').articles[0]?.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('come from the normalised URL: host case, fragment, utm parameters and trailing slash do not matter', () => {
    const base = withUrl('https://news.example.com/a/story?id=7');
    expect(withUrl('https://NEWS.example.com/a/story/?id=7&utm_source=x#comments')).toBe(base);
    expect(withUrl('https://news.example.com/a/other?id=7')).not.toBe(base);
  });

  it('come from the content when there is no URL, and are the same for the same content', () => {
    const first = parseTextArticle('Title\n\nBody one.').articles[0]?.id;
    expect(parseArticleFile('copy.txt', encode('Title\n\nBody one.\n')).articles[0]?.id).toBe(first);
    expect(parseTextArticle('Title\n\nBody two.').articles[0]?.id).not.toBe(first);
  });
});

describe('format from the file name', () => {
  it.each([
    ['story.txt', 'text'],
    ['README', 'text'],
    ['notes.MD', 'markdown'],
    ['a.markdown', 'markdown'],
    ['feed.json', 'json'],
    ['feed.jsonl', 'jsonl'],
    ['feed.ndjson', 'jsonl'],
    ['page.htm', 'html'],
    ['dir.v2/page.html', 'html'],
    ['photo.jpg', null],
  ])('%s is %s', (name, format) => {
    expect(detectArticleFormat(name)).toBe(format);
  });
});

describe('reference marks', () => {
  it('drops marks after punctuation in every paragraph, and keeps brackets that are text', () => {
    const text = [
      'Floating solar',
      '',
      'A floating solar farm is an array of panels on a body of water.[1] The first was built in 2007,[2][3] in Aichi.',
      '',
      'Output rose by a tenth on cooler water.[citation needed] Costs fell "sharply".[a]',
      '',
      'The array index a[1] is the second panel, and [4] alone starts no sentence here.',
      '',
      'History[edit]',
      '',
      'Pilot farms followed in Japan and Korea, where the press wrote of an "[edit] war" on the wiki.',
      '',
      'References[edit]',
      '^ "Floating panels on the Northmere reservoir". Port Avel Council. Retrieved 3 March 2019.',
      '- ^ a b Reyes, Tom (2020). Water and light: a history of floating solar farms in Japan, Korea and elsewhere, second edition with new chapters. Avel Press. Retrieved 1 May 2021.',
      '',
      'The index ^ 2 means squared.',
    ].join('\n');
    const [article] = parseTextArticle(text).articles;
    expect(article?.paragraphs).toEqual([
      'A floating solar farm is an array of panels on a body of water. The first was built in 2007, in Aichi.',
      'Output rose by a tenth on cooler water. Costs fell "sharply".',
      'The array index a[1] is the second panel, and [4] alone starts no sentence here.',
      'History',
      'Pilot farms followed in Japan and Korea, where the press wrote of an "[edit] war" on the wiki.',
      'References',
      'The index ^ 2 means squared.',
    ]);
    expect(article?.text).not.toMatch(/\.\[|,\[/);
  });
});
