// One post per story in a channel: a new article either starts a post or joins the post of the same story
// made in the channel within the window ("Also reported by …"). Pure: the caller passes the channel's
// recent posts and the time. The stories are told apart by groupStories, the grouping digests use.
import { groupStories, type GroupOptions, type StoryInput } from './story/index.js';

/** How long a story's post keeps gathering other outlets' reports. */
export const STORY_WINDOW_MS = 12 * 60 * 60 * 1000;

export interface PostedStory {
  postId: number;
  postedAt: number;
  story: StoryInput;
}

export type StoryDecision = { kind: 'new' } | { kind: 'merge'; postId: number };

/** The earliest post of the same story within the window wins, so later reports always join the first one. */
export function decideStoryPost(
  article: StoryInput,
  recent: readonly PostedStory[],
  now: number,
  options: GroupOptions = {},
): StoryDecision {
  const since = now - STORY_WINDOW_MS;
  const window = recent.filter((p) => p.postedAt >= since);
  const keys = groupStories([...window.map((p) => p.story), article], options);
  const own = keys[window.length];
  const same = window
    .filter((_, i) => keys[i] === own)
    .sort((a, b) => a.postedAt - b.postedAt || a.postId - b.postId);
  const first = same[0];
  return first ? { kind: 'merge', postId: first.postId } : { kind: 'new' };
}
