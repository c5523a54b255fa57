// Story signatures (MinHash) and same-story grouping.
export {
  createSketcher,
  estimateJaccard,
  estimateShingleCount,
  hashString,
  type Sketch,
  type Sketcher,
} from './minhash.js';
export {
  createStoryMemo,
  groupStories,
  isSameStory,
  type GroupOptions,
  type StoryInput,
  type StoryMemo,
} from './same-story.js';
export { removeFurniture } from './story-terms.js';
