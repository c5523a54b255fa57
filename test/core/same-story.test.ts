import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { groupStories, isSameStory, type StoryInput } from '../../src/core/story/index.js';

const { sketchStory, storySignature } = createAnalyzer();

const HARBOUR = [
  'Harbour tunnel plan approved after long delay',
  'The regional council approved a plan on Tuesday to build a road tunnel under the northern harbour, ending eleven years of arguments over cost and route.',
  'Engineers expect digging to start next spring, with the tunnel carrying about forty thousand vehicles a day once the two bores open to traffic.',
  'Residents of the fishing quarter had opposed an earlier bridge design because its ramps would have cut through the old market and the boatyards.',
  'The approved route runs deeper and leaves the market untouched, although three warehouses near the ferry terminal will be demolished.',
  'Council finance officers put the budget at one point two billion, shared between the national transport fund and a toll charged for twenty years.',
  'Opposition members argued the toll would push lorries back onto the coastal road through the villages, which the tunnel was meant to relieve.',
  'The chair of the transport committee promised a review of the toll level before the first section opens, and a discount for local buses.',
  'Environmental groups welcomed the decision to abandon the bridge but asked for monitoring of seagrass beds near the southern portal.',
].join('\n\n');

const ORCHARD = [
  'Late frost cuts apple harvest across the valley',
  'Growers in the upper valley expect the smallest apple crop in a decade after two nights of hard frost destroyed blossom in late April.',
  'Some orchards on the lower slopes escaped damage because cold air drained away from the trees, but most hillside farms lost more than half their fruit.',
  'The growers cooperative said packing sheds would open for only three days a week this autumn and seasonal pickers would be hired later than usual.',
  'Cider makers, who buy the smaller and bruised apples, warned that prices for juice could rise sharply before the winter.',
  'Farmers asked the agriculture department for emergency loans, pointing to a similar scheme that helped vineyards after hail two summers ago.',
  'A researcher at the agricultural college said wind machines and overhead sprinklers could protect blossom, though few small farms can afford them.',
  'Insurance covers only a minority of the orchards, the cooperative added, because premiums climbed after several poor seasons in a row.',
].join('\n\n');

function inputOf(text: string, title = text.split('\n')[0] ?? ''): StoryInput {
  return { ...sketchStory(text), title };
}

const paragraphs = (text: string): string[] => text.split('\n\n');

describe('storySignature', () => {
  it('is 64 unsigned 32-bit integers', () => {
    const signature = storySignature(HARBOUR);
    expect(signature).toHaveLength(64);
    expect(signature.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
  });

  it('is the same on every call', () => {
    expect(storySignature(HARBOUR)).toEqual(storySignature(HARBOUR));
  });

  it('differs between different texts', () => {
    expect(storySignature(HARBOUR)).not.toEqual(storySignature(ORCHARD));
  });

  it('fills every slot of a text with fewer shingles than slots', () => {
    const short = 'Harbour tunnel approved after council vote ends eleven years of arguments over cost.';
    expect(sketchStory(short).shingleCount).toBeLessThan(64);
    expect(storySignature(short).every((v) => v !== 0xffffffff)).toBe(true);
  });

  it('leaves every slot empty for a text without shingles', () => {
    expect(storySignature('Breaking').every((v) => v === 0xffffffff)).toBe(true);
  });

  it('counts a repeated shingle once', () => {
    const once = sketchStory(HARBOUR).shingleCount;
    // Only the few shingles across the seam are new.
    expect(sketchStory(`${HARBOUR}\n\n${HARBOUR}`).shingleCount - once).toBeLessThan(5);
  });
});

describe('isSameStory', () => {
  const copies: Array<[string, string, string?]> = [
    ['an exact copy', HARBOUR],
    [
      'a copy with boilerplate lines',
      [
        'Advertisement',
        ...paragraphs(HARBOUR).slice(0, 4),
        'Share this article',
        ...paragraphs(HARBOUR).slice(4),
        'Sign up for our newsletter to get the top stories every morning.',
        '© 2024 Example News. All rights reserved.',
      ].join('\n\n'),
    ],
    [
      'a copy with paragraphs dropped',
      paragraphs(HARBOUR)
        .filter((_, i) => i !== 3 && i !== 6)
        .join('\n\n'),
    ],
    ['the first half only', paragraphs(HARBOUR).slice(0, 5).join('\n\n')],
    [
      'a copy with a few words changed',
      HARBOUR.replace('eleven years', 'more than a decade')
        .replace('next spring', 'early next year')
        .replace('three warehouses', 'several warehouses'),
    ],
    [
      'a copy under a new headline',
      ['Go-ahead for harbour tunnel', ...paragraphs(HARBOUR).slice(1)].join('\n\n'),
      'Go-ahead for harbour tunnel',
    ],
  ];

  it.each(copies)('joins an article and %s', (_, text, title) => {
    expect(isSameStory(inputOf(HARBOUR), inputOf(text, title))).toBe(true);
  });

  it('keeps two different stories apart', () => {
    expect(isSameStory(inputOf(HARBOUR), inputOf(ORCHARD))).toBe(false);
  });

  it('keeps two different stories apart when both carry the same footer', () => {
    const footer =
      '\n\nThe views expressed in this piece are those of the author and do not reflect the position of this site.';
    expect(isSameStory(inputOf(HARBOUR + footer), inputOf(ORCHARD + footer))).toBe(false);
  });

  it('never joins texts too short to have shingles', () => {
    expect(isSameStory(inputOf('Breaking'), inputOf('Breaking'))).toBe(false);
  });

  it('estimates containment without a stored shingle count', () => {
    const half = sketchStory(paragraphs(HARBOUR).slice(0, 5).join('\n\n'));
    const full = sketchStory(HARBOUR);
    expect(
      isSameStory({ signature: full.signature, title: '' }, { signature: half.signature, title: '' }),
    ).toBe(true);
  });

  it('joins different write-ups of one event only on shared headline words and entities', () => {
    const a: StoryInput = {
      ...inputOf(HARBOUR),
      title: 'Council approves harbour tunnel plan',
      entities: { people: ['Ann Lee'], organizations: ['Regional Council'], places: ['Portmouth'] },
    };
    const b: StoryInput = {
      ...inputOf(ORCHARD),
      title: 'Harbour tunnel plan approved by council',
      entities: { people: ['Ann Lee'], organizations: ['Regional Council'], places: [] },
    };
    const c: StoryInput = {
      ...b,
      entities: { people: ['Tom Ray'], organizations: ['Growers Cooperative'], places: [] },
    };
    expect(isSameStory(a, b)).toBe(true);
    expect(isSameStory(a, c)).toBe(false);
  });
});

describe('groupStories', () => {
  const items = [
    inputOf(HARBOUR),
    inputOf(ORCHARD),
    inputOf(paragraphs(HARBOUR).slice(0, 5).join('\n\n')),
    inputOf(['Advertisement', ORCHARD, 'Share this article'].join('\n\n')),
  ];

  it('gives copies one key and different stories different keys', () => {
    const keys = groupStories(items);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[1]).toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('gives the same keys whatever the input order', () => {
    const keys = groupStories(items);
    const reversed = groupStories([...items].reverse()).reverse();
    expect(reversed).toEqual(keys);
  });

  it('returns one key per item, including items without text', () => {
    const keys = groupStories([...items, inputOf(''), inputOf('')]);
    expect(keys).toHaveLength(6);
    expect(keys[4]).not.toBe(keys[5]);
  });
});
