import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/feeds/decode.js';
import {
  bodyParagraphs,
  entryToArticle,
  itemKeys,
  contentHash,
  normaliseLink,
} from '../../src/feeds/items.js';
import { createAnalyzer } from '../../src/core/analyze.js';
import { assembleArticle } from '../../src/core/article/index.js';
import { parseFeedText, type FeedEntry } from '../../src/feeds/parse.js';
import { findFeedLinks, looksLikeHtml } from '../../src/feeds/discover.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('decoding feed bytes', () => {
  it.each([
    ['windows-1251.xml', null, 'Новости Оренбурга', 'Строительство детского сада'],
    ['gb2312.xml', null, '新闻中心', '北京举行会议'],
    ['shift_jis.xml', null, 'ニュース', '東京で会議'],
    ['latin1-undeclared.xml', null, 'Notícias do Dia', 'Câmara aprova orçamento'],
    ['utf16-bom.xml', null, 'Ünïcode Wire', 'Café opens'],
    // The server's charset wins over the document's declaration.
    ['latin1-undeclared.xml', 'text/xml; charset=ISO-8859-1', 'Notícias do Dia', 'Câmara aprova orçamento'],
  ])('%s (Content-Type %s) comes out right', (name, contentType, title, itemTitle) => {
    const parsed = parseFeedText(decodeFeedBytes(fixture(name), contentType));
    expect(parsed.ok && parsed.document.title).toBe(title);
    expect(parsed.ok && parsed.document.entries.map((e) => e.title)).toEqual([itemTitle]);
  });

  it('keeps valid UTF-8 even when the server claims another charset', () => {
    const bytes = Buffer.from(
      '<rss version="2.0"><channel><title>Zürich Ärzte</title></channel></rss>',
      'utf8',
    );
    expect(decodeFeedBytes(bytes, 'text/xml; charset=windows-1251')).toContain('Zürich Ärzte');
  });

  it('reads the XML declaration when the server claims UTF-8 for bytes that are not UTF-8', () => {
    const bytes = fixture('windows-1251.xml');
    for (const contentType of ['application/xml; charset=utf-8', 'text/xml; charset="UTF8"']) {
      const parsed = parseFeedText(decodeFeedBytes(bytes, contentType));
      expect(parsed.ok && [parsed.document.title, ...parsed.document.entries.map((e) => e.title)]).toEqual([
        'Новости Оренбурга',
        'Строительство детского сада',
      ]);
    }
  });

  it('uses the Content-Type charset before the XML declaration', () => {
    const bytes = fixture('windows-1251.xml');
    // Declared windows-1251 in the document; the server says KOI8-R, and is believed.
    expect(decodeFeedBytes(bytes, 'text/xml; charset=koi8-r')).not.toContain('Новости');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=windows-1251')).toContain('Новости Оренбурга');
  });
});

describe('parsing each format', () => {
  it.each([
    [
      'atom.xml',
      'atom',
      'Harbour Atom Desk',
      ['Harbour bridge reopens after repairs', 'Ferry timetable changes'],
      ['https://atom.example/bridge', 'https://atom.example/ferry'],
    ],
    ['rdf.xml', 'rdf', 'Valley RDF Bulletin', ['Valley dam inspection passes'], ['https://rdf.example/dam']],
    ['feed.json', 'json', 'Summit JSON Wire', ['Mountain summit talks end'], ['https://json.example/summit']],
    [
      'rss091.xml',
      'rss',
      'Old School Gazette',
      ['Town fair draws record crowd'],
      ['https://old.example/fair'],
    ],
  ])('%s', (name, format, title, itemTitles, links) => {
    const parsed = parseFeedText(decodeFeedBytes(fixture(name), null));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.format).toBe(format);
    expect(parsed.document.title).toBe(title);
    expect(parsed.document.entries.map((e) => e.title)).toEqual(itemTitles);
    expect(parsed.document.entries.map((e) => e.link)).toEqual(links);
  });

  it('turns an Atom entry into an article with clean text, author, date and tags', () => {
    const parsed = parseFeedText(fixture('atom.xml').toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const articles = parsed.document.entries.map((e) => entryToArticle(e, 'Harbour Atom Desk'));
    expect(articles.map((a) => a?.text)).toEqual([
      'The harbour bridge reopened on Friday after six months of repairs.\n\nTraffic flowed freely by noon.',
      'Ferries will run every twenty minutes from Monday.',
    ]);
    expect(articles.map((a) => [a?.author, a?.published, a?.tags, a?.source, a?.url])).toEqual([
      [
        'Ada Writer',
        '2024-03-01T08:00:00.000Z',
        ['transport'],
        'Harbour Atom Desk',
        'https://atom.example/bridge',
      ],
      [null, '2024-03-02T09:00:00.000Z', [], 'Harbour Atom Desk', 'https://atom.example/ferry'],
    ]);
  });

  it('reads JSON Feed authors and tags', () => {
    const parsed = parseFeedText(fixture('feed.json').toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const article = entryToArticle(parsed.document.entries[0] as FeedEntry, 'Summit JSON Wire');
    expect([article?.author, article?.tags, article?.published]).toEqual([
      'Cleo Correspondent',
      ['politics', 'water'],
      '2024-04-05T07:30:00.000Z',
    ]);
  });

  it('says why a document is not a feed', () => {
    expect(parseFeedText('<html><body>hello</body></html>')).toMatchObject({ ok: false });
    expect(parseFeedText('just words')).toMatchObject({ ok: false });
  });
});

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  guid: null,
  link: null,
  title: 'A title',
  body: 'Body text.',
  published: null,
  author: null,
  categories: [],
  imageUrl: null,
  ...over,
});

describe('item keys', () => {
  it('prefers the guid, then the normalised link, then a hash of title and date', () => {
    const keys = itemKeys([
      entry({ guid: 'g-1', link: 'https://a.example/1' }),
      entry({ link: 'HTTPS://A.example/2?utm_source=rss#top' }),
      entry({ title: 'No link', published: 'Mon, 01 Jan 2024 10:00:00 GMT' }),
    ]);
    expect(keys[0]).toBe('guid:g-1');
    expect(keys[1]).toBe('link:https://a.example/2');
    expect(keys[2]).toMatch(/^hash:[0-9a-f]{16}$/);
  });

  it('tells apart a guid repeated in one document', () => {
    const keys = itemKeys([
      entry({ guid: 'same', link: 'https://a.example/1', title: 'First' }),
      entry({ guid: 'same', link: 'https://a.example/2', title: 'Second' }),
      entry({ guid: 'same', link: 'https://a.example/2', title: 'Second' }),
    ]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe('guid:same');
    // The same document read again gives the same keys.
    expect(
      itemKeys([
        entry({ guid: 'same', link: 'https://a.example/1', title: 'First' }),
        entry({ guid: 'same', link: 'https://a.example/2', title: 'Second' }),
        entry({ guid: 'same', link: 'https://a.example/2', title: 'Second' }),
      ]),
    ).toEqual(keys);
  });

  it('leaves the date out of the content hash', () => {
    const a = entry({ guid: 'x', published: 'Mon, 01 Jan 2024 10:00:00 GMT' });
    expect(contentHash(a)).toBe(contentHash({ ...a, published: 'Tue, 02 Jan 2024 10:00:00 GMT' }));
    expect(contentHash(a)).not.toBe(contentHash({ ...a, body: 'Corrected body text.' }));
  });

  it('normalises links', () => {
    expect(normaliseLink('https://News.Example/a?id=3&utm_medium=x&fbclid=1#c')).toBe(
      'https://news.example/a?id=3',
    );
  });
});

describe('discovery in an HTML page', () => {
  it('finds alternate feed links, relative ones made absolute', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" href="/news/rss.xml">
      <link rel="alternate" type="application/atom+xml" href="https://cdn.example/atom">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate" type="text/html" hreflang="de" href="/de/">
    </head><body></body></html>`;
    expect(looksLikeHtml('text/html', html)).toBe(true);
    expect(findFeedLinks(html, 'https://site.example/section/')).toEqual([
      'https://site.example/news/rss.xml',
      'https://cdn.example/atom',
      'https://site.example/section/feed.json',
    ]);
  });
});

describe('headline-only items', () => {
  it('become articles whose text is the headline', () => {
    const article = entryToArticle(
      entry({ title: 'Live: markets open lower', link: 'https://live.example/markets', body: null }),
      'Live Desk',
    );
    expect([article?.title, article?.text, article?.url]).toEqual([
      'Live: markets open lower',
      'Live: markets open lower',
      'https://live.example/markets',
    ]);
  });

  it('keep a headline of two sentences whole, with the id it always had', () => {
    const headline = "Rain is the cheapest way to water a garden. Here's how to catch it";
    const article = entryToArticle(
      entry({ title: headline, link: 'https://tips.example/rain-barrels', body: null }),
      'Garden Desk',
    );
    expect([article?.title, article?.text]).toEqual([headline, headline]);
    // The id is made from the first sentence as a title, as before the headline was kept whole, so a
    // stored item keeps its article.
    const before = assembleArticle(
      {
        title: null,
        standfirst: null,
        url: 'https://tips.example/rain-barrels',
        source: 'Garden Desk',
        published: null,
        author: null,
        tags: [],
        language: null,
      },
      [headline],
    );
    expect(before?.title).toBe('Rain is the cheapest way to water a garden.');
    expect(article?.id).toBe(before?.id);
  });
});

describe('a list squeezed into one line of a description', () => {
  it('becomes one paragraph per item, without the bullets', () => {
    const body =
      '• Harbour pilots strike over night shifts in Port Avel • Mayor Ines Costa meets union leaders • Watch: ferries wait at anchor';
    expect(bodyParagraphs(body)).toEqual([
      'Harbour pilots strike over night shifts in Port Avel',
      'Mayor Ines Costa meets union leaders',
      'Watch: ferries wait at anchor',
    ]);
    expect(bodyParagraphs(`<p>${body}</p>`)).toEqual(bodyParagraphs(body));
  });

  it('leaves a bullet inside a word or a plain paragraph alone', () => {
    expect(bodyParagraphs('Scores: 3•1 at half time.')).toEqual(['Scores: 3•1 at half time.']);
    expect(bodyParagraphs('No list here. Just text.')).toEqual(['No list here. Just text.']);
  });

  it('gives no keyword or sentence that runs from one item into the next', () => {
    const article = entryToArticle(
      entry({
        title: 'Harbour strike enters its second week',
        link: 'https://port.example/strike',
        body: 'Ferries wait at anchor. • Harbour pilots strike over night shifts in Port Avel • Mayor Ines Costa meets union leaders',
      }),
      'Port Desk',
    );
    expect(article?.paragraphs).toEqual([
      'Ferries wait at anchor.',
      'Harbour pilots strike over night shifts in Port Avel',
      'Mayor Ines Costa meets union leaders',
    ]);
    const analysis = createAnalyzer().analyze({ text: article?.text ?? '', title: article?.title });
    const sentences = analysis.sentences.map(([s, e]) => (article?.text ?? '').slice(s, e));
    expect(sentences).toEqual([
      'Ferries wait at anchor.',
      'Harbour pilots strike over night shifts in Port Avel',
      'Mayor Ines Costa meets union leaders',
    ]);
    for (const keyword of analysis.keywords) expect(keyword).not.toMatch(/Avel Mayor|anchor Harbour|•/);
  });

  it('reads a description that is only a list as other stories’ headlines: the item is its headline', () => {
    const headline = 'Army is deploying tanks built in the 1950s, officials say';
    const article = entryToArticle(
      entry({
        title: headline,
        link: 'https://news.example/tanks',
        body: '• Jailed reporter loses appeal in Varnov • President visits troops at the front • Watch: reporter appears in court',
      }),
      'World Desk',
    );
    expect(article?.title).toBe(headline);
    expect(article?.paragraphs).toEqual([headline]);
    expect(article?.text).not.toMatch(/reporter|visits|Watch/);
    // One item alone is no list of headlines: it stays the item's text.
    const single = entryToArticle(
      entry({
        title: headline,
        link: 'https://news.example/tanks-2',
        body: '• Officials count 40 old tanks at the front',
      }),
      'World Desk',
    );
    expect(single?.paragraphs).toEqual(['Officials count 40 old tanks at the front']);
  });
});

describe('the language a feed declares', () => {
  const rss = (channel: string) =>
    `<rss version="2.0"><channel><title>Zprávy</title>${channel}<item><title>Vláda schválila rozpočet</title></item></channel></rss>`;

  it.each([
    ['RSS <language>', rss('<language>cs-CZ</language>'), 'cs-CZ'],
    [
      'Dublin Core <dc:language>',
      rss('<dc:language xmlns:dc="http://purl.org/dc/elements/1.1/">cs</dc:language>'),
      'cs',
    ],
    [
      'JSON Feed language',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Zprávy',
        language: 'cs',
        items: [{ id: '1', title: 'Vláda schválila rozpočet', content_text: 'Vláda schválila rozpočet.' }],
      }),
      'cs',
    ],
  ])('is read from %s', (_, source, language) => {
    const parsed = parseFeedText(source);
    expect(parsed.ok && parsed.document.language).toBe(language);
  });

  it('is left out when the feed declares none', () => {
    const parsed = parseFeedText(rss(''));
    expect(parsed.ok && 'language' in parsed.document).toBe(false);
  });
});

describe('the line a blogging platform adds under each item', () => {
  const body = (footer: string) =>
    `<p>Nettles lose their sting once blanched, and make a green soup by May.</p><hr><p>${footer}</p>`;

  it.each([
    [
      'Medium',
      '<a href="https://medium.example/p/1">Cooking With Nettles</a> was originally published in <a href="https://medium.example/forage">Forage Notes</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.',
    ],
    [
      'WordPress',
      'The post <a href="https://blog.example/nettles">Cooking With Nettles: A Spring Guide</a> appeared first on <a href="https://blog.example">Forage Notes</a>.',
    ],
  ])('is left out of a %s item’s text', (_platform, footer) => {
    const article = entryToArticle(
      entry({ title: 'Cooking With Nettles', link: 'https://blog.example/nettles', body: body(footer) }),
      'Forage Notes',
    );
    expect(article?.paragraphs).toEqual([
      'Nettles lose their sting once blanched, and make a green soup by May.',
    ]);
  });

  it('leaves prose that only sounds like it', () => {
    const prose = 'The post office appeared first on the list of closures, the council said.';
    const article = entryToArticle(
      entry({ title: 'Closures', link: 'https://town.example/closures', body: body(prose) }),
      'Town Desk',
    );
    expect(article?.paragraphs).toEqual([
      'Nettles lose their sting once blanched, and make a green soup by May.',
      prose,
    ]);
  });
});
