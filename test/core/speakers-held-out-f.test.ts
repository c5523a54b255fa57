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

describe('speakers: a bare surname shared by two people is the one just named as subject, else not the one always written in full', () => {
  eachArticle([
    [
      'As Paul Brandt began selling his farm, his daughter said the family was only starting out.\n\n' +
        'Sarah Brandt spoke on Monday. “We will build again,” Sarah Brandt said. “It took ten years,” ' +
        'Sarah Brandt added.\n\nSarah Brandt’s remarks came after her father posted a notice on Sunday.\n\n' +
        '“The land goes to the highest bidder,” Brandt wrote.',
      ['Sarah Brandt', 'Sarah Brandt', 'Paul Brandt'],
    ],
    [
      'Sarah Brandt, the mayor, met her father Paul Brandt at the bridge. Paul Brandt built it in 1980, and ' +
        'Paul Brandt still walks it.\n\nSarah Brandt cut the ribbon. “It took ten years,” Brandt said.',
      ['Sarah Brandt'],
    ],
  ]);
});

describe('speakers: "the candidate" is not the subject before it when the article titled that one otherwise', () => {
  eachArticle([
    [
      'Ann Vale urged Mayor Tom Kirby to reopen the library. Kirby closed it in May.\n\n' +
        '“Books are not a luxury,” the independent candidate said on Friday.\n\n' +
        'Sen. Rosa Diaz toured the site. “We will fund it,” the senator said.',
      [null, 'Rosa Diaz'],
    ],
  ]);
});

describe('speakers: a cue word written in capitals is part of a headline, not a cue', () => {
  eachArticle([
    [
      'TOP STORIES.\n\nTURNOUT FELL IN MOST STATES - Maria T. Olsen: “Fewer people voted than in any year ' +
        'since 1996.”\n\nVOTERS SAY THEY ARE TIRED - Karl Ruud: “Nobody wants another ad.”',
      ['Maria T. Olsen', 'Karl Ruud'],
    ],
  ]);
});

describe('speakers: "the spokesman" is not the subject the spokesman speaks for', () => {
  eachArticle([
    [
      'Prime Minister Ruth Adler met the unions on Monday.\n\nAdler will not change the plan, her ' +
        'spokesman said.\n\n“The plan stays,” the spokesman said.\n\nDefence spokesman Ivo Marsh was more ' +
        'careful. “We will listen,” the spokesman said.',
      [null, 'Ivo Marsh'],
    ],
  ]);
});

describe('speakers: "the judge" before the article names the judge is the one person it titles so', () => {
  eachArticle([
    [
      'The hearing ran late.\n\n“We have heard enough,” the judge said.\n\nJudge Ellen Marsh then set a date. ' +
        'Counsel Omar Reid, the former judge, objected.\n\n“Not today,” the mayor said.',
      ['Ellen Marsh', null],
    ],
  ]);
});

describe('speakers: the one "according to" a text is from is its source, and Arianna is a given name', () => {
  eachArticle([
    [
      'Mayor Ruth Cole defended the budget.\n\nThe paper will back it, according to a note from Arianna ' +
        'Lind.\n\n“We read every line,” she wrote.\n\nMayor Cole has doubts, according to Ted Ames. “She ' +
        'wants more time,” he said.',
      ['Arianna Lind', 'Ted Ames'],
    ],
  ]);
});

describe('speakers: a dash line after a quote names its speaker, also with a description after a comma', () => {
  eachArticle([
    [
      'Overheard at the fair.\n\n“The pies were better last year.”\n\n-Nora Quinlan, Dayton.\n\n' +
        '“Best corn dog I ever had.”\n\n— Omar Haddad, tasting the new recipe.\n\n“Too crowded.”\n\n- the organisers, in a statement.',
      ['Nora Quinlan', 'Omar Haddad', null],
    ],
  ]);
});

describe('speakers: a capitalised run too long for a name ends in the name that opens on a given name', () => {
  eachArticle([
    [
      'The union backed the deal.\n\n“We got what we asked for,” said Harbor Pilots Workers Secretary-Treasurer ' +
        'Maria Costa.\n\n“It is a start,” said Harbor Pilots Union Treasurer Office.',
      ['Maria Costa', null],
    ],
  ]);
});

describe('speakers: "when asked" is said to the speaker, so the cue before it names who speaks', () => {
  eachArticle([
    [
      'Any change would need Mayor Ruth Cole, who told the council when asked about the plan: “We will ' +
        'wait for the report.”\n\nEarlier, Tom Baird said, if asked, “I would vote no.”',
      ['Ruth Cole', 'Tom Baird'],
    ],
  ]);
});
