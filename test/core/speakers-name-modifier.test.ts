// A name that modifies a group or role noun ("the Trump campaign", "a Clinton campaign official") is not
// the person speaking: the group names no one, and a role names its holder when the text writes one.
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/speaker-cases.js';

describe('speakers: a name before a group or role noun', () => {
  it('shows no one when the campaign or administration speaks', () => {
    expect(
      attributions(
        'Senator Dana Whitlow toured three farms on Monday.\n\nThe Whitlow campaign, in a memo to donors, was blunt: "We are ahead in every county."',
      ),
    ).toEqual([['We are ahead in every county.', 'The Whitlow campaign', null]]);
    expect(
      attributions(
        'Governor Paul Brandt signed the budget.\n\nThe Brandt administration sent a letter on Friday saying the cuts were "painful but needed."',
      ),
    ).toEqual([['painful but needed.', 'The Brandt administration', null]]);
  });

  it('shows no one for an unnamed official of the campaign', () => {
    expect(
      attributions(
        'Senator Dana Whitlow spoke in Dayton.\n\nA Whitlow campaign official later played down the remark, saying that Whitlow "was only joking about the rival."',
      ),
    ).toEqual([['was only joking about the rival.', 'A Whitlow campaign', null]]);
  });

  it('names the holder written after the role, and only a role', () => {
    expect(
      attributions(
        'Senator Dana Whitlow spoke in Dayton.\n\nDana Whitlow campaign spokesman Arlo Penn declined to comment, calling the leak "old news."',
      ),
    ).toEqual([['old news.', 'Arlo Penn', 'Arlo Penn']]);
    // Words after the name that are a verb phrase leave the name as it is.
    expect(
      attributions(
        'Senator Dana Whitlow spoke in Dayton. Whitlow told Radio Ohio that the plan was "a dead end."',
      ),
    ).toEqual([['a dead end.', 'Whitlow', 'Dana Whitlow']]);
  });
});
