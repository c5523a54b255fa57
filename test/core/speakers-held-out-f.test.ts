// Speaker rules found wanting on the sixth held-out sample (bench/gold/polnear-train-speakers-f.tsv):
// each case is a short article written for the project that shows one general rule.
import { describe } from 'vitest';
import { eachArticle } from '../helpers/speaker-cases.js';

describe('speakers: two surnames or two full names joined by "and" are two people, and no one is shown', () => {
  eachArticle([
    [
      'Nora Quill and Ben Tasker, who run the state poll, looked at the early results.\n\nMore from Quill and Tasker: ' +
        '“Turnout fell in every county.”\n\n“The young stayed home,” Anne-Marie Soler and Piet Vos wrote.\n\n' +
        'Quill said: “We will know more in May.”',
      [null, null, 'Nora Quill'],
    ],
  ]);
});
