// Feed items reach the store through assembleArticle, without the load's normalising: a wire dateline at
// the start of an item's description ("LISBOA, 3 OUT (Lusa) - …", "Quito, 2 Out 2019 (AFP) - …", "Roma, 3
// ott (EFE).- …") is taken out there, in whatever language the agency writes the place and the date, and
// a sentence that only names an agency keeps every word. Items written for the project.
import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../src/core/article/index.js';

function itemText(description: string): string | undefined {
  const meta = {
    title: 'Headline of the item',
    standfirst: null,
    url: 'https://news.example/item',
    source: 'Example Wire',
    published: null,
    author: null,
    tags: [],
    language: null,
  };
  return assembleArticle(meta, [description])?.text;
}

describe('a wire dateline at the start of a feed item', () => {
  it.each([
    [
      'LISBOA, 3 OUT (Lusa) - O governo aprovou hoje o novo porto de pesca.',
      'O governo aprovou hoje o novo porto de pesca.',
    ],
    [
      'MADRI, 3 OUT (ANSA) - A antiga ministra depôs hoje no tribunal.',
      'A antiga ministra depôs hoje no tribunal.',
    ],
    ['Roma, 3 ott (EFE).- Il porto di Ostia riapre domani.', 'Il porto di Ostia riapre domani.'],
    [
      'Quito, 2 Out 2019 (AFP) - O prefeito anunciou uma nova linha de bonde.',
      'O prefeito anunciou uma nova linha de bonde.',
    ],
    ['BRASÍLIA (Reuters) - O Senado votou a reforma do porto.', 'O Senado votou a reforma do porto.'],
    ['WASHINGTON (Reuters) - The Senate passed the harbour bill.', 'The Senate passed the harbour bill.'],
    ['LONDON, Aug 7 (Reuters) - Ferry fares rose in July.', 'Ferry fares rose in July.'],
  ])('is taken out: %s', (description, text) => {
    expect(itemText(description)).toBe(text);
  });

  it.each([
    'The Associated Press (AP) reported the vote on Friday.',
    'Reuters (Reuters) reported nothing new about the harbour.',
    'Officials in Lisbon told the agency (Lusa) that the port would reopen.',
  ])('leaves a sentence that names an agency alone: %s', (description) => {
    expect(itemText(description)).toBe(description);
  });
});
