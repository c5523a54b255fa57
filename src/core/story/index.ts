// Story signatures (MinHash) and same-story grouping.
export {
  createSketcher,
  estimateJaccard,
  estimateShingleCount,
  hashString,
  type Sketch,
  type Sketcher,
} from './minhash.js';
export { groupStories, isSameStory, type GroupOptions, type StoryInput } from './same-story.js';
export { createEventVectorMemo, type EventVectorMemo } from './event-vectors.js';
export { removeFurniture } from './story-terms.js';
