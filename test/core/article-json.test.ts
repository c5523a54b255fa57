import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/article/index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (name: string, text: string) => parseArticleFile(name, encode(text));

const RECORD = {
  title: 'Bridge reopens to traffic',
  text: 'Bridge reopens to traffic\n\nThe Old Mill bridge reopened on Monday.\n\nAdvertisement\n\n“It was worth the wait,” said engineer Priya Nair.',
  url: 'https://example.org/bridge',
  source: 'Example Daily',
  published: '2024-02-01T09:30:00+01:00',
  author: 'Kim Lee',
  tags: ['roads', 'city'],
};

describe('JSON articles', () => {
  it('reads one article object with every field', () => {
    const { articles, problems } = parse('one.json', JSON.stringify(RECORD));
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({
        title: 'Bridge reopens to traffic',
        paragraphs: [
          'The Old Mill bridge reopened on Monday.',
          '“It was worth the wait,” said engineer Priya Nair.',
        ],
        url: 'https://example.org/bridge',
        source: 'Example Daily',
        published: '2024-02-01T08:30:00.000Z',
        author: 'Kim Lee',
        tags: ['roads', 'city'],
      }),
    ]);
  });

  it('reads an array, accepts "body" for the text, and reports a bad record by position', () => {
    const { articles, problems } = parse(
      'many.json',
      JSON.stringify([
        { title: 'A', body: 'Text of A.' },
        { title: 'No text' },
        42,
        { title: 'C', text: 'Text of C.' },
      ]),
    );
    expect(articles.map((article) => article.title)).toEqual(['A', 'C']);
    expect(problems).toEqual([
      'record 2: no article text (expected a "text" or "body" field)',
      'record 3: expected an article object, got number',
    ]);
  });

  it.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01T12:00:00Z', '2024-03-01T12:00:00.000Z'],
    ['2024-03-01 12:00', '2024-03-01T12:00:00.000Z'],
    ['Fri, 01 Mar 2024 12:00:00 GMT', '2024-03-01T12:00:00.000Z'],
    ['March 1, 2024', '2024-03-01T00:00:00.000Z'],
    [1709294400, '2024-03-01T12:00:00.000Z'],
  ])('normalises published %j to ISO 8601', (published, iso) => {
    expect(
      parse('d.json', JSON.stringify({ title: 'T', text: 'Body.', published })).articles[0]?.published,
    ).toBe(iso);
  });

  it.each([
    [
      'in "content"',
      {
        title: 'Ferry returns',
        content:
          '<div class="body"><p>The ferry sailed at <b>noon</b> on Monday.<br>It was full.</p>' +
          '<script>track()</script><figure><img src="f.jpg"><figcaption>The ferry.</figcaption></figure>' +
          '<p>Fares rose 3&nbsp;% &amp; more, the port&#8217;s chief said.</p></div>',
      },
    ],
    [
      'as a list of paragraphs',
      {
        title: 'Ferry returns',
        body: [
          '<p>The ferry sailed at <b>noon</b> on Monday.<br/>It was full.</p>',
          '<p>Fares rose 3&nbsp;% &amp; more, the port&#x2019;s chief said.</p>',
        ],
      },
    ],
  ])('reads HTML a text field holds %s as paragraphs of text', (_name, record) => {
    const [article] = parse('a.json', JSON.stringify(record)).articles;
    expect(article?.paragraphs).toEqual([
      'The ferry sailed at noon on Monday.',
      'It was full.',
      'Fares rose 3 % & more, the port’s chief said.',
    ]);
  });

  it('leaves text that only mentions a tag as it is', () => {
    const text = 'Use the <b> element for bold, the guide says. If x < y and y > z, x < z.';
    const [article] = parse('a.json', JSON.stringify({ title: 'Markup guide', text })).articles;
    expect(article?.paragraphs).toEqual([text]);
  });

  it('keeps the article but drops an unreadable date or URL, with a problem for each', () => {
    const { articles, problems } = parse(
      'd.json',
      JSON.stringify({ title: 'T', text: 'Body.', published: 'soon', url: 'not a url' }),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'T', published: null, url: null });
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => /published/.test(p))).toBe(true);
    expect(problems.some((p) => /url/i.test(p))).toBe(true);
  });

  it('names malformed JSON and loads nothing', () => {
    const { articles, problems } = parse('bad.json', '{"title": "T", "text": ');
    expect(articles).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^malformed JSON \(.+\)$/)]);
  });

  it('recovers JSON Lines saved with a .json name', () => {
    const { articles, problems } = parse(
      'lines.json',
      '{"title":"A","text":"One."}\n{"title":"B","text":"Two."}\n',
    );
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['A', 'One.'],
      ['B', 'Two.'],
    ]);
    expect(problems).toEqual([expect.stringContaining('read as JSON Lines')]);
  });
});

describe('JSON Lines articles', () => {
  it('reads one article per line, skipping blank lines', () => {
    const lines = [JSON.stringify(RECORD), '', JSON.stringify({ title: 'Second', text: 'More text.' })].join(
      '\n',
    );
    const { articles, problems } = parse('feed.jsonl', lines);
    expect(articles.map((article) => article.title)).toEqual(['Bridge reopens to traffic', 'Second']);
    expect(problems).toEqual([]);
  });

  it('reports a bad line by number and loads the others', () => {
    const lines = ['{"title":"A","text":"One."}', '{"title": oops}', '{"title":"C","text":"Three."}'].join(
      '\n',
    );
    const { articles, problems } = parse('feed.ndjson', lines);
    expect(articles.map((article) => article.title)).toEqual(['A', 'C']);
    expect(problems).toEqual([expect.stringMatching(/^line 2: malformed JSON \(.+\)$/)]);
  });

  it('gives the same article the same id in JSON, JSON Lines and plain text', () => {
    const json = parse('a.json', JSON.stringify({ title: 'Same', text: 'Same body.' })).articles[0]?.id;
    const jsonl = parse('a.jsonl', JSON.stringify({ title: 'Same', text: 'Same body.' })).articles[0]?.id;
    const text = parse('a.txt', 'Same\n\nSame body.').articles[0]?.id;
    expect(jsonl).toBe(json);
    expect(text).toBe(json);
  });
});
