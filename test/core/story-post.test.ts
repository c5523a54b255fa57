import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import type { StoryInput } from '../../src/core/story/index.js';
import { decideStoryPost, STORY_WINDOW_MS, type PostedStory } from '../../src/core/story-post.js';

const TUNNEL = [
  'Harbour tunnel plan approved after long delay',
  'The regional council approved a plan on Tuesday to build a road tunnel under the northern harbour, ending eleven years of arguments over cost and route.',
  'Engineers expect digging to start next spring, with the tunnel carrying about forty thousand vehicles a day once the two bores open to traffic.',
  'Residents of the fishing quarter had opposed an earlier bridge design because its ramps would have cut through the old market and the boatyards.',
  'Council finance officers put the budget at one point two billion, shared between the national transport fund and a toll charged for twenty years.',
].join('\n\n');
const FROST = [
  'Late frost cuts apple harvest across the valley',
  'Growers in the upper valley expect the smallest apple crop in a decade after two nights of hard frost destroyed blossom in late April.',
  'Some orchards on the lower slopes escaped damage because cold air drained away from the trees, but most hillside farms lost more than half their fruit.',
  'The growers cooperative said packing sheds would open for only three days a week this autumn and seasonal pickers would be hired later than usual.',
].join('\n\n');

const analyzer = createAnalyzer();
const story = (text: string, title = text.split('\n')[0] ?? ''): StoryInput => ({
  ...analyzer.sketchStory(text),
  title,
});
const NOW = Date.UTC(2025, 4, 6, 12);
const HOUR = 3600_000;
// Another outlet's copy of the tunnel story: a new headline and a dropped paragraph.
const TUNNEL_COPY = story(TUNNEL.split('\n\n').slice(0, 4).join('\n\n'), 'Council backs harbour tunnel');

describe('decideStoryPost', () => {
  it('joins the post of the same story and starts a new post for another story', () => {
    const recent: PostedStory[] = [
      { postId: 7, postedAt: NOW - 2 * HOUR, story: story(FROST) },
      { postId: 9, postedAt: NOW - HOUR, story: story(TUNNEL) },
    ];
    expect(decideStoryPost(TUNNEL_COPY, recent, NOW)).toEqual({ kind: 'merge', postId: 9 });
    expect(decideStoryPost(story(FROST, 'Frost hits apple growers'), recent, NOW)).toEqual({
      kind: 'merge',
      postId: 7,
    });
    expect(
      decideStoryPost(
        story(
          'Library opens a new reading room for children on Saturday mornings in the old town hall building.',
        ),
        recent,
        NOW,
      ),
    ).toEqual({ kind: 'new' });
  });

  it('posts again once the story’s post is older than the window', () => {
    const old: PostedStory[] = [{ postId: 3, postedAt: NOW - STORY_WINDOW_MS - 1, story: story(TUNNEL) }];
    expect(decideStoryPost(TUNNEL_COPY, old, NOW)).toEqual({ kind: 'new' });
    const edge: PostedStory[] = [{ postId: 4, postedAt: NOW - STORY_WINDOW_MS, story: story(TUNNEL) }];
    expect(decideStoryPost(TUNNEL_COPY, edge, NOW)).toEqual({ kind: 'merge', postId: 4 });
  });

  it('joins the earliest of two posts of the same story', () => {
    const recent: PostedStory[] = [
      { postId: 12, postedAt: NOW - HOUR, story: story(TUNNEL) },
      { postId: 5, postedAt: NOW - 3 * HOUR, story: story(TUNNEL) },
    ];
    expect(decideStoryPost(TUNNEL_COPY, recent, NOW)).toEqual({ kind: 'merge', postId: 5 });
  });
});
