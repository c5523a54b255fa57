// Speaker rules found wanting on held-out articles (PolNeAR train sample, bench/gold): each case is a
// short article written for the project that shows one general rule.
import { describe } from 'vitest';
import { eachArticle } from '../helpers/speaker-cases.js';

describe('speakers: words that are not a person are never shown as one', () => {
  eachArticle([
    // A lone capitalised word the article never uses for a person.
    [
      'Mayor Dana Pruitt spoke at the fair.\n\nTranscript as follows:\n\n“We will open the library in May.”',
      [null],
    ],
    ['“Prices keep rising,” The Ledger wrote.', [null]],
    // A party or nationality word closes a description, not a name.
    [
      'Speaker Paul Rand met donors. The Ohio Republican did not endorse anyone.\n\n“We will wait,” he said.',
      ['Paul Rand'],
    ],
    // An acronym belongs to an organisation.
    [
      'Groups such as Voters First USA spent millions against Senator Karen Lind. She kept her seat.\n\n' +
        '“It was a hard race,” she said.',
      ['Karen Lind'],
    ],
    // An occupation before a name is a title.
    ['Actor Sam Reilly backed the mayor.\n\n“She has my vote,” Reilly said.', ['Sam Reilly']],
  ]);
});

describe('speakers: attribution forms', () => {
  eachArticle([
    // A place or a person's possessive, role words, then the name.
    ['“We will fix the roads,” said Millbrook resident Tara Quint.', ['Tara Quint']],
    [
      '“The count is done,” said Ortiz’s deputy campaign manager, Lena Marsh, who ran the field office.',
      ['Lena Marsh'],
    ],
    // A role with "of" before the name.
    ['“Nobody listens to us,” said master of ceremonies Omar Haddad.', ['Omar Haddad']],
    // A post-posed appositive of any length: an age, a town, a relative clause.
    [
      '“Both of them worry me,” Hal Brody, 41, of Dayton, Ohio, who voted early, said in an interview.',
      ['Hal Brody'],
    ],
    // A role, then the name set off by commas.
    ['“The vote is close,” Sen. Ray Dunn’s chief of staff, Ellen Pike, told reporters.', ['Ellen Pike']],
    // A party in parentheses, then a comma.
    [
      'On Tuesday in Dayton, OH, after winning the primary, Gov. Carl Moss (R-OH), said, “We are ready for winter.”',
      ['Carl Moss'],
    ],
    // The name of what the person writes for, with its "The".
    ['Nora Bell of The Courier wrote, “The mayor has no plan.”', ['Nora Bell']],
    // A party word and role words before the name that opens the clause.
    [
      'In response to the storm, Democratic state senator Ruth Adler issued a statement:\n\n“Our thoughts are with the families.”',
      ['Ruth Adler'],
    ],
    // A participle belongs to whoever said, not to the first name of the sentence.
    [
      'Mayor Ann Ruiz and Gov. Ted Lamb will meet next week, Vic Lowe said, adding, “They need to talk.”',
      ['Vic Lowe'],
    ],
    // "Here" opens a sentence without being its subject.
    [
      'Here in Dayton, Pete Lowry stepped up his attacks, saying, “The plant must stay open.”',
      ['Pete Lowry'],
    ],
    // "stating" is a cue: an email is not the previous speaker.
    [
      '“We are done,” Ray Mott said.\n\nHis campaign sent an email to supporters stating, “Mott Wins Again.”',
      ['Ray Mott', null],
    ],
  ]);
});

describe('speakers: sentence bounds for he and she', () => {
  eachArticle([
    // A full stop inside a parenthesis in mid-sentence ends no sentence.
    [
      'Rep. Sean Tully (R-Wisc.) also spoke when introducing Mayor Dan Cobb on Friday. “We need the bridge,” he said.',
      ['Sean Tully'],
    ],
    // A preposition in the sentence before does not make the next sentence's subject its object.
    [
      'Gov. Tom Hale spoke first. Voters were worried about the plant in town. Sen. Mark Doyle said he would fight for it.\n\n“It stays open,” he said.',
      ['Mark Doyle'],
    ],
  ]);
});

describe('speakers: "the senator" after a quote names whom the text is about', () => {
  eachArticle([
    // The subject of the sentence before, in the same paragraph.
    [
      'Rob Tate (D-Ohio) defended the plan in an interview. “It is the best we can do,” the Senate minority leader said.',
      ['Rob Tate'],
    ],
    // The subject of the paragraph before, when the quote opens its paragraph.
    [
      'Ben Cole says he is being targeted.\n\n“There is no question about it,” the Republican candidate told reporters.',
      ['Ben Cole'],
    ],
    // A role opening its own sentence may be someone new.
    [
      'Dave Lin hosted the cookout.\n\nAt the party, the band leader called everyone to the stage, singing “Our Time Has Come Today.”',
      [null],
    ],
    // A sentence of quotation before it is someone else's turn.
    [
      'Gloria Ames asked about the votes. “Would you run again?” Ames asked.\n\n“I would, yes,” the senator said.',
      ['Gloria Ames', null],
    ],
  ]);
});

describe('speakers: a known given name after "the" or "of" is a person, not a place', () => {
  eachArticle([
    [
      'Volunteers at the Dana Price campaign office made calls all day.\n\n“We are close,” Price said.',
      ['Dana Price'],
    ],
    [
      'Wayne Cole knocks on doors for the Bernie Walsh campaign.\n\nIn Columbia, Walsh stepped up his attacks, saying, “The plant must stay open.”',
      ['Bernie Walsh'],
    ],
  ]);
});

describe('speakers: roles around a name', () => {
  eachArticle([
    // "Chief of Staff" is a title.
    [
      'Party Chief of Staff Nora Quill explained the plan to donors.\n\n“We start early this year,” she said.',
      ['Nora Quill'],
    ],
    // A role with "of" after a speech verb is the speaker's, not a preposition's object.
    [
      'Gov. Nate Deal has vowed to block them.\n\n“Thanks for coming,” said master of ceremonies Rafi Haddad. “No thanks to the governor,” he added.',
      ['Rafi Haddad', 'Rafi Haddad'],
    ],
    // A name before a role noun modifies the name after it.
    [
      'Senator Ben Obi won Iowa that night. Obi consultant Carl Brill picked up the thread.\n\n“They have more in common than not,” he said.',
      ['Carl Brill'],
    ],
  ]);
});

describe('speakers: a name written as a possessive is still the person', () => {
  eachArticle([
    [
      'Agents seized the server in Hillary Rowe’s basement.\n\n“It was never classified,” Rowe said.',
      ['Hillary Rowe'],
    ],
  ]);
});

describe('speakers: after a question in marks', () => {
  eachArticle([
    // A name that opens a sentence leading to its own quotation is that quotation's speaker only.
    [
      'Dana Voss emailed her aide, Carl Minton.\n\nVoss writes, “Why now? Was that on my way to Lima?” Minton then writes back, “You look fine.”',
      ['Dana Voss', 'Carl Minton'],
    ],
    // A bare attribution still belongs to the question.
    [
      'Sen. David Vitter grilled the bank chief.\n\n“Why isn’t this proof enough?” Vitter demanded.',
      ['David Vitter'],
    ],
  ]);
});

describe('speakers: a surname two people share', () => {
  eachArticle([
    // Named as often, the one the article named first is the one it is about.
    [
      'Democratic candidate Hillary Rowe spoke in Iowa on Monday, joined by her husband, former President Bill Rowe.\n\n“We will win this state,” Rowe said.',
      ['Hillary Rowe'],
    ],
    // "AG" is a title, not a given name.
    ['Former AG Tom Ruddy spoke at the convention.\n\n“The law is clear,” Ruddy said.', ['Tom Ruddy']],
  ]);
});

// Found on the second held-out sample (bench/gold/polnear-train-speakers-b.tsv).

describe('speakers: a dash attribution on the line after the quote', () => {
  eachArticle([
    // A fact-check lists each claim, then its speaker on a line of its own after a hyphen.
    [
      'Some claims from the debate.\n\n“Wages have not grown in forty years.”\n\n- Nora Quill.\n\nThe figure is old.\n\n' +
        '“I wrote that bill.”\n\n- Quill.\n\nShe did not.\n\n“The plant never closed.”\n- Gov. Ted Lamb',
      ['Nora Quill', 'Nora Quill', 'Ted Lamb'],
    ],
    // A hyphen inside a line is no attribution, and neither is a list item that is not a name.
    [
      'Ray Mott spoke at the fair.\n\n“We are ready.”\n\n- the first item\n\n“It is late,” he said - Ray Mott was tired.',
      [null, 'Ray Mott'],
    ],
  ]);
});

describe('speakers: a surname goes to a namesake with a known given name or a title', () => {
  eachArticle([
    // A capitalised word opening a sentence-case headline is no given name.
    [
      'Understated Vale raises his profile.\n\nLabor Secretary Thomas Vale packed up his papers.\n\n' +
        '“We will win,” Vale said. “It frankly breaks my heart,” Vale told the crowd.',
      ['Thomas Vale', 'Thomas Vale'],
    ],
    // Two namesakes with titles or known given names: still the one named first.
    [
      'Actor Clint Vane backs the senator.\n\nVane, the brother of Hollywood legend Ron Vane, spoke on radio.\n\n' +
        '“She cannot win,” Vane said.',
      ['Clint Vane'],
    ],
  ]);
});

describe('speakers: descriptions before a name are not part of it', () => {
  eachArticle([
    // A birthplace ("Korean-born") and the words before it.
    [
      'South Korean-born Monte Hale was deported in 2003.\n\n“I was shocked,” said Hale, 44. “I kept arguing,” he said.',
      ['Monte Hale', 'Monte Hale'],
    ],
    // An occupation opening the sentence.
    [
      'Filmmaker Jack Moreno said, “We could speak freely.”\n\nProducer Ana Ruiz said, “It is over.”',
      ['Jack Moreno', 'Ana Ruiz'],
    ],
  ]);
});

describe('speakers: a long quotation does not use up the sentences "he" may look back', () => {
  eachArticle([
    [
      'Speaker Paul Rand spoke to reporters on Tuesday.\n\nRand said, “Look, it was wrong. The post is gone. ' +
        'I do not know who wrote it. They have to fix that. We must get back to the issues. Voters care about jobs.”\n\n' +
        'He added, “We will win in the fall.”',
      ['Paul Rand', 'Paul Rand'],
    ],
    [
      'Mayor Dana Voss recalled the rally in Lima.\n\n“Do you notice he does an event? He does an event. He walks in. ' +
        'He walks out. You do not see him for days. He goes home,” she said.',
      ['Dana Voss'],
    ],
    // A quotation that speaks of a "she" of its own still counts: who is meant is not sure.
    [
      'Reporter Ann Cole wrote about a voter.\n\n“She was angry. She was tired. She felt alone. She voted. ' +
        'She waited. She went home.”\n\n“It never crossed my mind,” she said.',
      [null, null],
    ],
  ]);
});

describe('speakers: more inverted cue forms', () => {
  eachArticle([
    // A present-tense cue before the name, as its past tense is.
    ['“I’m a voter,” declares Ada Stone, 27, a Navy veteran. “I vote.”', ['Ada Stone', 'Ada Stone']],
    ['“The rules are clear,” insists Omar Haddad.', ['Omar Haddad']],
    // Lower-case words, a place and a role before the name.
    [
      '“He is struggling,” said former Vermont governor Howard Dane (D), a Clinton supporter. “He knows it.”',
      ['Howard Dane', 'Howard Dane'],
    ],
  ]);
});

describe('speakers: a role after an inverted cue runs to its punctuation', () => {
  eachArticle([
    [
      'Mark Doyle said he backs an exception.\n\n“It is a hard issue,” said the Ohio senator, “because two rights conflict.”',
      ['Mark Doyle', 'Mark Doyle'],
    ],
  ]);
});

describe('speakers: the subject of a passive is spoken to, not speaking', () => {
  eachArticle([
    ['In an interview, Gov. Tom Hale was asked, “Where is the most dangerous place?”', [null]],
    ['Sen. Ruth Adler was repeatedly told: “You cannot win.”', [null]],
    ['Sen. Ruth Adler told reporters: “You cannot win.”', ['Ruth Adler']],
  ]);
});

describe('speakers: an article and an adjective before a name after the mark', () => {
  eachArticle([
    [
      'President Pierre Lamont spoke on Tuesday. Jim Tate said the country was lost: “France is no longer France,” he claimed.\n\n' +
        '“France will always be France,” an angry Lamont retaliated. “It never gives up.”',
      ['Jim Tate', 'Pierre Lamont', 'Pierre Lamont'],
    ],
  ]);
});

describe('speakers: "Security" names an agency or a programme, not a person', () => {
  eachArticle([
    [
      'Many adoptees got Social Security numbers and voted.\n\nNow 46, she is scared of losing her job.\n\n“I am scared,” she said.',
      [null],
    ],
    ['Adoptees got driver’s licenses. Some had Social Security cards.\n\n“I am scared,” she said.', [null]],
  ]);
});

describe('speakers: a role set off before the name, after an inverted cue', () => {
  eachArticle([
    [
      'The council approved the plan. Ana Bell runs the budget.\n\n“We will watch every dollar,” said the city treasurer, Ana Bell.',
      ['Ana Bell'],
    ],
    [
      'The council approved the plan.\n\n“The first payment is due in March,” said the city treasurer, Ana Bell, adding that the bank agreed.',
      ['Ana Bell'],
    ],
    [
      'Shares fell on Monday.\n\n“We expect a better quarter,” said the company’s spokesman, Mr. Owen Marsh.',
      ['Owen Marsh'],
    ],
    // One word after the comma is not taken for a person's name.
    ['Shares fell on Monday.\n\n“We expect a better quarter,” said the company, Zentrix.', [null]],
  ]);
});
