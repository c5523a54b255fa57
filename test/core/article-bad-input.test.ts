import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/article/index.js';
import { decodeArticleBytes, decodeWindows1252 } from '../../src/core/article/index.js';
import { hashFnv1a64 } from '../../src/core/text/index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('bad input never throws and says why', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(), 'empty file'],
    ['a blank file', 'blank.txt', encode(' \n\n\t\n'), 'no text (file is blank)'],
    [
      'a binary file',
      'image.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary file (contains NUL bytes)',
    ],
    [
      'a file of control characters',
      'noise.md',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 7) + 1),
      'binary file',
    ],
    [
      'only boilerplate',
      'ads.txt',
      encode('Headline\n\nAdvertisement\n\nShare this article\n'),
      'no article text',
    ],
    ['an unsupported extension', 'photo.jpg', encode('text'), 'unsupported file type'],
    ['HTML without an HTML parser', 'page.html', encode('<p>Hi</p>'), 'HTML parsing is not available here'],
  ])('%s', (_name, fileName, bytes, reason) => {
    const result = parseArticleFile(fileName, bytes);
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining(reason)]);
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a problem', () => {
    // "Café “quoted” – ok" in Windows-1252: é=E9, “=93, ”=94, –=96.
    const bytes = Uint8Array.from([
      ...encode('Caf'),
      0xe9,
      0x20,
      0x93,
      ...encode('quoted'),
      0x94,
      0x20,
      0x96,
      ...encode(' ok\n\nBody text.'),
    ]);
    const result = parseArticleFile('old.txt', bytes);
    expect(result.articles[0]?.title).toBe('Café “quoted” – ok');
    expect(result.problems).toEqual(['not valid UTF-8: decoded as Windows-1252']);
  });

  it('maps every Windows-1252 byte in 0x80–0x9F', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x8a, 0x99, 0x9f, 0x81]))).toBe('€…Š™Ÿ\u0081');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('Headline\n\nBody.')]);
    expect(parseArticleFile('bom.txt', bytes).articles[0]?.title).toBe('Headline');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = 'Headline\n\nBody.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeArticleBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-16le', text });
  });

  it('strips stray control characters from text', () => {
    const body = 'A body long enough that two stray bytes are noise, not a binary file.';
    const [article] = parseArticleFile('ctl.txt', encode(`Head\u0007line\n\n${body}\u0001`)).articles;
    expect(article).toMatchObject({ title: 'Headline', paragraphs: [body] });
  });

  it('parses a very large text file in one pass', () => {
    const paragraph = 'The committee met again on Thursday and agreed to publish its findings next month. ';
    const text = `Headline\n\n${`${paragraph.repeat(4)}\n\nAdvertisement\n\n`.repeat(15_000)}`;
    const result = parseArticleFile('big.txt', encode(text));
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(result.articles[0]?.paragraphs).toHaveLength(1); // repeats of one paragraph collapse into one
    expect(result.articles[0]?.text).not.toContain('Advertisement');
  });

  it('parses a very large single-line Markdown file without pathological backtracking', () => {
    const text = `# Title\n\n${'[a *b _c '.repeat(300_000)}`;
    const result = parseArticleFile('big.md', encode(text));
    expect(result.articles[0]?.title).toBe('Title');
  });
});

describe('hashFnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the published FNV-1a 64 value for %j', (input, expected) => {
    expect(hashFnv1a64(input)).toBe(expected);
  });
});
