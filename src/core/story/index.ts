// Story signatures (MinHash) and same-story grouping.
export { estimateJaccard, estimateShingleCount, hashString, sketchText } from './minhash.js';
export { groupStories, isSameStory, sketchStory, type StoryInput, storySignature } from './same-story.js';
