import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/core/article/index.js';

function loaded(body: string): string[] {
  return parseTextArticle(`Headline of the story\n\n${body}\n`).articles.map((a) => a.text);
}

describe('a caption glued in front of the sentence that restates it', () => {
  it.each([
    [
      'the caption opens with the subject the sentence opens with',
      'Mayor Ann Lee will open the new harbour library on Monday after a two-year rebuild of the old customs house Mayor Ann Lee will open the harbour library on Monday, two years after the rebuild of the customs house began. Tickets are free.',
      'Mayor Ann Lee will open the harbour library on Monday, two years after the rebuild of the customs house began. Tickets are free.',
    ],
    [
      'the sentence opens with an article',
      'Firefighters pulled a pensioner from the flooded cellar of her cottage in Millford after the river burst its banks A pensioner was pulled from the flooded cellar of her cottage when the river burst its banks in Millford on Sunday.',
      'A pensioner was pulled from the flooded cellar of her cottage when the river burst its banks in Millford on Sunday.',
    ],
    [
      'the caption has a label',
      'Cut off: Coastguards lifted two walkers from the cliffs above Hope Cove after the tide came in on Saturday Coastguards lifted two walkers to safety from the cliffs above Hope Cove when the tide cut them off.',
      'Coastguards lifted two walkers to safety from the cliffs above Hope Cove when the tide cut them off.',
    ],
    [
      'the caption stands between two sentences',
      'Traders met the council on Tuesday. Ten shops on the high street in Eastbrook will close by the summer as rents keep rising However, ten shops on the Eastbrook high street will close by summer because rents keep rising, traders said. The council will reply in May.',
      'Traders met the council on Tuesday. However, ten shops on the Eastbrook high street will close by summer because rents keep rising, traders said. The council will reply in May.',
    ],
  ])('is taken out at load time when %s', (_, body, text) => {
    expect(loaded(body)).toEqual([text]);
  });

  it.each([
    'Conservative groups reported spending six million dollars on television ads attacking Clinton, while liberal groups reported spending one million dollars on television ads attacking Trump.',
    'The twenty states that pollsters classify as solidly Republican or leaning Republican account for fewer votes than the states classified as solidly or leaning Democratic.',
    'Students who defend free speech argue that relying on companies like Twitter to police free speech online puts those companies and their students in a difficult spot.',
    'The new harbour bridge opened on Monday after two years of work. The new harbour bridge opened to traffic on Monday morning after two years of work.',
    'Judges in the county court ruled the harbour fees unlawful on Friday and the harbour board said the judges in the county court had ruled too late for this year.',
  ])('leaves prose alone: %s', (body) => {
    expect(loaded(body)).toEqual([body]);
  });
});
