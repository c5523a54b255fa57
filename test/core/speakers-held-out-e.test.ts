// Speaker rules found wanting on the fifth held-out sample (bench/gold/polnear-train-speakers-e.tsv):
// each case is a short article written for the project that shows one general rule.
import { describe } from 'vitest';
import { eachArticle } from '../helpers/speaker-cases.js';

describe('speakers: a short given name the full one begins with is the same person, shown in full', () => {
  eachArticle([
    [
      'Jon Fisk praises, questions the new budget.\n\nJonathan Fisk, the former treasurer, spoke on Monday.\n\n' +
        '“It adds up, mostly,” Fisk said.\n\nCouncil member Chris Lowe disagreed. Christopher Lowe, who ' +
        'chairs the finance committee, has opposed the plan since May. “Nothing adds up,” said Lowe.',
      ['Jonathan Fisk', 'Christopher Lowe'],
    ],
  ]);
});

describe('speakers: someone unnamed who belongs to a name ("an aide to Sen. Ames") is not that name', () => {
  eachArticle([
    [
      'Sen. Ruth Ames toured the flooded towns on Friday.\n\n“It will take years,” said one longtime aide to ' +
        'Ruth Ames.\n\nA reporter for Radio Kent called the damage “staggering.” “Whole streets are gone,” ' +
        'Ames said.',
      [null, null, 'Ruth Ames'],
    ],
  ]);
});

describe('speakers: "who" right before a cue stands for the name before it', () => {
  eachArticle([
    [
      'Gov. Ada Berg won the backing of Sen. Tom Reyes, who declared at the rally, “She is ready.”\n\n' +
        'Later came a message from Lina Ortiz who wrote, “Count me in.”',
      ['Tom Reyes', 'Lina Ortiz'],
    ],
  ]);
});

describe('speakers: an appositive that lost its closing comma leaves the name before it as speaker', () => {
  eachArticle([
    [
      'The landlords lost the vote.\n\n“We will appeal,” Dana Whitfield, who chairs the tenants’ union said on ' +
        'Monday.\n\nMarco Ellis, president of the Harbor Pilots Association stated, “The port is safe.”\n\n' +
        'In Dover, the head of the council said: “Nothing changes.”',
      ['Dana Whitfield', 'Marco Ellis', null],
    ],
  ]);
});

describe('speakers: two people joined by "and" speak together, and no one name is shown', () => {
  eachArticle([
    [
      'TIRED VOTERS - Ana Ruiz and Tom Bell: “Voters are tired of the race.”\n\n' +
        '“We disagree,” Lena Park and Omar Haddad said.\n\n' +
        'Jo Baker, who ran with Tom Bell and Ana Ruiz in May, said: “I stayed home.”',
      [null, null, 'Jo Baker'],
    ],
  ]);
});

describe('speakers: a participle cue after "with" has its own subject ("with one of her ads asking")', () => {
  eachArticle([
    [
      'Kim Soto and her allies tried to tie Ray Park to the mayor, with one of her ads asking, “Who does Park ' +
        'work for?”\n\nAt the rally, fans booed a heckler, with Soto reportedly yelling: “Let him speak!”',
      [null, 'Kim Soto'],
    ],
  ]);
});

describe('speakers: after a cue, a possessive role and a comma lead to the name of the one who speaks', () => {
  eachArticle([
    [
      'Mayor Ed Bell held a rally on Friday.\n\n“It is time for a change,” exhorted Bell’s introducer, singer ' +
        'Ana Vela.\n\n“We are not done,” said Bell’s campaign chief, veteran organizer Joan Pike.',
      ['Ana Vela', 'Joan Pike'],
    ],
  ]);
});

describe('speakers: a lone surname after an inverted cue and before ", who" is a person', () => {
  eachArticle([
    [
      'Paris was quiet on Friday.\n\n“France is strong,” said Lemaire, who flew back from Lyon overnight.\n\n' +
        'He concluded, “We will not bend.”',
      ['Lemaire', 'Lemaire'],
    ],
    [
      'Ana Diaz joined the call on Monday. Pruitt, who chairs the panel, was not on it. She said Pruitt “has ' +
        'done nothing for the town.”',
      ['Ana Diaz'],
    ],
  ]);
});

describe('speakers: research and survey houses are not people', () => {
  eachArticle([
    [
      'WHO VOTES - Harbor Research: “Turnout will be low.”\n\n' +
        '“Young voters are moving left,” Lakeside Survey wrote.\n\nAnalyst Mia Ford agreed: “It is clear.”',
      [null, null, 'Mia Ford'],
    ],
  ]);
});

describe('speakers: "As for X, he said" makes X the one "he" stands for', () => {
  eachArticle([
    [
      'Gov. Tom Fry and Sen. Ted Moss spoke last. Moss warned of a long fight. “It would be a disaster,” the ' +
        'senator said.\n\nAs for Fry, he said he is not worried. “I will have the delegates,” he said.',
      ['Ted Moss', 'Tom Fry'],
    ],
  ]);
});

describe('speakers: a passive cue with "by" names who speaks ("was asked by host Carl Webb")', () => {
  eachArticle([
    [
      'Mayor Lin Ortiz was asked by radio host Carl Webb, a longtime critic, “Will you run again?”\n\n' +
        'Ortiz answered, “Not this time.”\n\nShe was asked, “Why not?”\n\nShe was asked by Bay Herald ' +
        'columnist Rita Moreno, “Where did the money go?”',
      ['Carl Webb', 'Lin Ortiz', null, 'Rita Moreno'],
    ],
  ]);
});

describe('speakers: two spaces after an inverted cue do not hide the name', () => {
  eachArticle([
    [
      'The race ended early.\n\n“It was never close,” said  campaign veteran Rosa Diaz. “He peaked too ' +
        'soon.”\n\n“It just was not his year,” added  Tom Bell.',
      ['Rosa Diaz', 'Rosa Diaz', 'Tom Bell'],
    ],
  ]);
});

describe('speakers: an attribution that leads into the next quote is not that of a quote with its own cue', () => {
  eachArticle([
    [
      'Ray Tull spoke in Ames on Sunday. When a man in the crowd shouted, “Liar,” Tull joked, ' +
        '“Come up here and say that.”\n\n“We will win,” Tull said, “and we will win big.”',
      [null, 'Ray Tull', 'Ray Tull', 'Ray Tull'],
    ],
  ]);
});

describe('speakers: ", calling" is a cue, like "called" ("defended it, calling the man “a troublemaker”")', () => {
  eachArticle([
    [
      'A protester was pushed out of the hall. Mayor Dan Ortega later defended the guards, calling the ' +
        'protester “a loud man who wanted trouble.”',
      ['Dan Ortega'],
    ],
    [
      'The group ran ads calling the merger “a costly mistake.”\n\nMayor Dan Ortega said reporters were ' +
        'calling “every fifteen minutes.”',
      [null, 'Dan Ortega'],
    ],
  ]);
});

describe('speakers: an organisation holding "of" or "for" before a role does not cut off the name after it', () => {
  eachArticle([
    [
      'Wages are rising in the port.\n\nBank of Ohio chief executive Lena Marsh said, “Rates will fall.”\n\n' +
        '“We will strike,” Union for $20 Now organizing director Kai Webb told reporters.',
      ['Lena Marsh', 'Kai Webb'],
    ],
  ]);
});
