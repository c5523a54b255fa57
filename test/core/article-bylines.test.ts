// A paragraph that is only a byline becomes the article's author, in the languages Herald reads, and
// leaves the text; a sentence that opens with the same word stays.
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/article/index.js';

function read(lines: string[]) {
  const file = `Harbour strike enters its second week\n\n${lines.join('\n\n')}\n`;
  const [article] = parseArticleFile('strike.txt', new TextEncoder().encode(file)).articles;
  return { author: article?.author ?? null, paragraphs: article?.paragraphs ?? [] };
}

const BODY = 'Pilots in Port Avel stopped work on Monday over night shifts they call unsafe.';

describe('bylines in other languages', () => {
  it.each([
    ['Por Ana Ruiz e Rui Sá', 'Ana Ruiz e Rui Sá'],
    ['Por Marta Gil y Luis Vega', 'Marta Gil y Luis Vega'],
    ['Par Jean Roy et Léa Marc', 'Jean Roy et Léa Marc'],
    ['Von Jonas Weber und Anna Schmidt', 'Jonas Weber und Anna Schmidt'],
    ['Door Jan de Vries', 'Jan de Vries'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
  ])('"%s" is the author, not text', (line, author) => {
    expect(read([line, BODY])).toEqual({ author, paragraphs: [BODY] });
  });

  it.each([
    'Por isso, os pilotos pararam.',
    'Par ailleurs, le port reste ouvert.',
    'Von Montag an ruht die Arbeit.',
    'Por Deus',
    'By Monday',
  ])('"%s" stays in the text', (line) => {
    expect(read([line, BODY])).toEqual({ author: null, paragraphs: [line, BODY] });
  });
});
