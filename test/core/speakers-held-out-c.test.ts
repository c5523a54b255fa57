// Speaker rules found wanting on the third held-out sample (bench/gold/polnear-train-speakers-c.tsv):
// each case is a short article written for the project that shows one general rule.
import { describe } from 'vitest';
import { eachArticle } from '../helpers/speaker-cases.js';

describe('speakers: office and clergy titles before a name are not part of it', () => {
  eachArticle([
    [
      'Assemblywoman Rita Cole won the primary.\n\n“We beat the machine,” Cole said.\n\n' +
        'Rabbi Saul Levin led the prayer. “We pray for peace,” Levin said.\n\n' +
        'Councilman Omar Diaz voted no. “It costs too much,” Diaz said.',
      ['Rita Cole', 'Saul Levin', 'Omar Diaz'],
    ],
  ]);
});

describe('speakers: a plural possessive before a name is not part of it', () => {
  eachArticle([
    [
      'Analysts were unconvinced.\n\nAs the Herald Times’ Ada Kerr put it, “The math does not work.”\n\n' +
        '“It never did,” said the Bulletin’s Ned Fox.',
      ['Ada Kerr', 'Ned Fox'],
    ],
  ]);
});

describe('speakers: an office held by an institution before a name', () => {
  eachArticle([
    // The office names a chamber or a county; the person starts at the given name.
    [
      'Senate Majority Whip John Pell (R-Tex.) stood on the floor next to a chart.\n\n' +
        '“This is the one chance,” he said.\n\n' +
        'Maricopa County Recorder Helen Ward apologised at a hearing.\n\n“We made mistakes,” she said.',
      ['John Pell', 'Helen Ward'],
    ],
  ]);
});

describe('speakers: dates and determiners opening a sentence are nobody', () => {
  eachArticle([
    [
      'Last September, police raided the flat of a 26-year-old man after he had posted: “We are celebrating!”\n\n' +
        'Some Germans were angry. A Berlin woman got probation after she wrote: “Out with them!”',
      [null, null],
    ],
  ]);
});
