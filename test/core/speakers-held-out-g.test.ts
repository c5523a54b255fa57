// Speaker rules found wanting on a seventh sample of PolNeAR's train split, read by hand (every 20th
// article from offset 1, an offset no gold sample uses): each case is a short article written for the
// project that shows one general rule.
import { describe } from 'vitest';
import { eachArticle } from '../helpers/speaker-cases.js';

describe('speakers: "one" or "another" and a role is someone unnamed, not the person titled so before', () => {
  eachArticle([
    [
      'The council met on Tuesday. “We need green space,” said Mara Delgado, a local party leader who is ' +
        'running for the state board.\n\nResidents were split. “Nobody asked us first,” said one district ' +
        'party leader. “Ask us next time,” another spokesman said.\n\nDelgado later spoke again: “We will ' +
        'listen,” the leader said.',
      ['Mara Delgado', null, null, 'Mara Delgado'],
    ],
  ]);
});
