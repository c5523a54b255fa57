import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../src/ingest/html.js';
import { parseStoredArticleFile } from '../../src/ingest/parse-file.js';

const BODY_PARAGRAPHS = [
  'The regional water board approved a plan on Wednesday to replace 40 kilometres of lead pipes in the old town by 2027, the largest works programme in its history.',
  '“Every household will get a new connection at no cost,” said board chair Helen Achebe, adding that the work would start in the streets with the oldest mains.',
  'Residents had complained for years about discoloured water. A survey last spring found that one in five homes in the district still drew water through lead service lines.',
  'The board will pay for the programme with a low-interest loan from the national infrastructure bank and a small rise in standing charges from next April.',
  'Contractors are expected to be named in the autumn, and the board said it would publish a street-by-street timetable on its website before the first trench is dug.',
];

function buildPage(head: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>${head}</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <header><div class="logo">Valley Courier</div></header>
  <main>
    <article>
      <h1>Water board approves lead pipe replacement</h1>
      <p class="byline">By Tomas Berg</p>
      ${BODY_PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n      ')}
    </article>
    <aside class="related"><h3>More stories</h3><ul><li><a href="/a">Bus fares frozen</a></li></ul></aside>
  </main>
  <footer><p>© 2024 Valley Courier. All rights reserved.</p><p>Contact us | Privacy</p></footer>
  <script>window.tracking = { enabled: true };</script>
</body>
</html>`;
}

const FULL_HEAD = `
  <title>Water board approves lead pipe replacement | Valley Courier</title>
  <meta property="og:title" content="Water board approves lead pipe replacement">
  <meta property="og:site_name" content="Valley Courier">
  <meta property="og:url" content="https://courier.example.com/news/lead-pipes?utm_source=feed">
  <meta property="article:published_time" content="2024-05-15T08:00:00+02:00">
  <meta property="article:tag" content="water">
  <meta property="article:tag" content="infrastructure">
  <meta name="author" content="Tomas Berg">
  <meta name="description" content="The board backs a plan to replace 40 km of lead pipes.">`;

describe('parseHtmlArticle', () => {
  const { articles, problems } = parseHtmlArticle('lead-pipes.html', buildPage(FULL_HEAD));
  const [article] = articles;

  it('loads one article without problems', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
  });

  it('takes headline, site name, URL, date, author and tags from the page metadata', () => {
    expect(article).toMatchObject({
      title: 'Water board approves lead pipe replacement',
      source: 'Valley Courier',
      url: 'https://courier.example.com/news/lead-pipes?utm_source=feed',
      published: '2024-05-15T06:00:00.000Z',
      author: 'Tomas Berg',
      tags: ['water', 'infrastructure'],
    });
  });

  it('keeps the body paragraphs and leaves out navigation, asides, footer and scripts', () => {
    for (const paragraph of BODY_PARAGRAPHS) expect(article?.text).toContain(paragraph);
    for (const furniture of [
      'Sport',
      'Bus fares frozen',
      'All rights reserved',
      'tracking',
      'By Tomas Berg',
    ]) {
      expect(article?.text).not.toContain(furniture);
    }
  });

  it('does not repeat the headline in the text', () => {
    expect(article?.text).not.toContain('Water board approves');
  });

  it('gives the page the id of its canonical URL without tracking parameters', () => {
    const other = parseHtmlArticle('copy.html', buildPage(FULL_HEAD.replace('?utm_source=feed', '/')))
      .articles[0];
    expect(other?.id).toBe(article?.id);
  });

  it('falls back to JSON-LD for the headline, date and author', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Water board approves lead pipe replacement',
      datePublished: '2024-05-15',
      author: [{ '@type': 'Person', name: 'Tomas Berg' }],
      publisher: { '@type': 'Organization', name: 'Valley Courier' },
    };
    const head = `<title>Valley Courier</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    const [fromLd] = parseHtmlArticle('ld.html', buildPage(head)).articles;
    expect(fromLd).toMatchObject({
      title: 'Water board approves lead pipe replacement',
      published: '2024-05-15T00:00:00.000Z',
      author: 'Tomas Berg',
    });
  });

  it('reads a fragment with no <html> or <body>', () => {
    const fragment = `<title>Short note</title>${BODY_PARAGRAPHS.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    const result = parseHtmlArticle('fragment.html', fragment);
    expect(result.articles[0]?.title).toBe('Short note');
    expect(result.articles[0]?.paragraphs).toContain(BODY_PARAGRAPHS[1]);
  });

  it('survives broken markup', () => {
    const broken = `<html><body><div><p>${BODY_PARAGRAPHS[0]}<p>${BODY_PARAGRAPHS[2]}</b></i><div>`;
    const result = parseHtmlArticle('broken.html', broken);
    expect(result.articles[0]?.text).toContain(BODY_PARAGRAPHS[2]);
  });

  it('reports a page with no text', () => {
    const result = parseHtmlArticle(
      'empty.html',
      '<html><head><title>Nothing</title></head><body><script>x()</script></body></html>',
    );
    expect(result.articles).toEqual([]);
    expect(result.problems).toContain('no article text');
  });
});

describe('captions and picture credits', () => {
  const caption = 'Workers lay new pipes on Mill Street on Tuesday.';
  const page = (figure: string): string =>
    buildPage(FULL_HEAD).replace(
      '<p class="byline">By Tomas Berg</p>',
      `<p class="byline">By Tomas Berg</p>${figure}`,
    );
  const firstParagraph = (figure: string): string | undefined =>
    parseHtmlArticle('pipes.html', page(figure)).articles[0]?.paragraphs[0];

  it.each([
    ['a <figcaption>', `<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`],
    ['a caption class', `<div><img src="a.jpg" alt=""><br><span class="pb-caption">${caption}</span></div>`],
    [
      'a credit glued to the lede',
      '<span class="caption truncate"><span class="attribution">© Provided by Valley Photo Ltd</span></span>',
    ],
    ['a credit class', `<p class="image-credit">Photo: Valley Photo Ltd</p>`],
  ])('leave the text when the page marks %s', (_name, figure) => {
    expect(firstParagraph(figure)).toBe(BODY_PARAGRAPHS[0]);
  });

  it.each([
    ['names a caption but is long', 'story-caption'],
    ['only looks like one', 'captioned-story caption-wrap'],
    ['says the item has none', 'item no_caption'],
  ])('keep the story when its block has a class that %s', (_name, classes) => {
    const wrapped = parseHtmlArticle(
      'pipes.html',
      buildPage(FULL_HEAD).replace('<article>', `<article class="${classes}">`),
    ).articles[0];
    expect(wrapped?.paragraphs).toEqual(BODY_PARAGRAPHS);
  });
});

describe('parseStoredArticleFile', () => {
  it('routes .html files to the HTML reader', () => {
    const result = parseStoredArticleFile('news/page.HTML', new TextEncoder().encode(buildPage(FULL_HEAD)));
    expect(result.articles[0]?.source).toBe('Valley Courier');
  });

  it('routes other formats to the core parser', () => {
    const result = parseStoredArticleFile('note.txt', new TextEncoder().encode('Headline\n\nBody.'));
    expect(result.articles[0]?.title).toBe('Headline');
  });
});
