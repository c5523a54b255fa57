// Story signatures (MinHash) and same-story grouping.
export {
  createSketcher,
  estimateJaccard,
  estimateShingleCount,
  hashString,
  type Sketch,
  type Sketcher,
} from './minhash.js';
export { groupStories, isSameStory, type StoryInput } from './same-story.js';
export { collectStoryTerms, removeFurniture } from './story-terms.js';
