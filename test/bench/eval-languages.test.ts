import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it, expect } from 'vitest';
import { evaluateLanguages } from '../../bench/eval-languages.js';

// A tiny gold written for this test: a Spanish article whose gold is right, and a Dutch one whose gold
// asks for a split and a quote the text does not have and names its content words as stop words, so every
// row but detection is seen to move.
const GOLD = {
  stopwords: { es: ['el', 'la'], nl: ['de', 'het', 'rotterdam', 'taxichauffeurs', 'vergunningen'] },
  articles: [
    {
      language: 'es',
      title: 'Huelga de taxistas en Sevilla',
      text: 'Los taxistas de Sevilla iniciaron una huelga el lunes. Piden menos licencias nuevas.\n\nUn portavoz dijo: «La huelga seguirá hasta el viernes». El Ayuntamiento no respondió.',
      sentences: [
        'Los taxistas de Sevilla iniciaron una huelga el lunes.',
        'Piden menos licencias nuevas.',
        'Un portavoz dijo: «La huelga seguirá hasta el viernes».',
        'El Ayuntamiento no respondió.',
      ],
      quotes: ['La huelga seguirá hasta el viernes'],
    },
    {
      language: 'nl',
      title: 'Taxichauffeurs in Rotterdam staken',
      text: 'Taxichauffeurs in Rotterdam staken sinds maandag. Ze willen minder nieuwe vergunningen. De gemeente heeft nog niet gereageerd.',
      sentences: [
        'Taxichauffeurs in Rotterdam staken sinds maandag. Ze willen minder nieuwe vergunningen.',
        'De gemeente heeft nog niet gereageerd.',
      ],
      quotes: ['We staken tot vrijdag'],
    },
  ],
};

describe('evaluateLanguages (the per-language rows of npm run eval)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-languages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'languages.json');
  writeFileSync(file, JSON.stringify(GOLD));

  it('gives four rows per language, labelled as own gold, each held to every case passing', async () => {
    const rows = await evaluateLanguages(file);
    const keyword = (language: string) =>
      rows.find((r) => r.system === `herald (${language})` && r.metric.startsWith('keywords'));
    expect(rows.map((r) => [r.system, r.metric.replace(/ \(share of \d+\)/, ''), r.value, r.met])).toEqual([
      ['herald (es)', 'sentence split: articles split exactly (of 1)', 1, true],
      ['herald (es)', 'quotes found with the right text (of 1)', 1, true],
      ['herald (es)', 'keywords free of es stop words', 1, true],
      ['herald (es)', 'language detected as es (of 1; detected: es)', 1, true],
      ['herald (nl)', 'sentence split: articles split exactly (of 1)', 0, false],
      ['herald (nl)', 'quotes found with the right text (of 1)', 0, false],
      ['herald (nl)', 'keywords free of nl stop words', 0.3333, false],
      ['herald (nl)', 'language detected as nl (of 1; detected: nl)', 1, true],
    ]);
    expect(keyword('es')?.metric).toMatch(/share of [1-9]/);
    expect(keyword('nl')?.metric).toBe('keywords free of nl stop words (share of 3)');
    for (const row of rows) expect(row.dataset).toContain('own gold');
  });
});
