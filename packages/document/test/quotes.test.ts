import { describe, expect, it } from 'vitest';
import { parseDocument, voiceAt } from '../src/index.ts';

/** Each quotation of a text as `quoted words => speaker name [named] (as written) kind`. */
function quotes(text: string): string[] {
  const doc = parseDocument(text);
  return doc.quotes.map((q) => {
    const s = q.speaker;
    const who = s
      ? `${s.name} [${s.named ? 'named' : 'unnamed'}]${s.resolvedFrom ? ` (${s.resolvedFrom.text})` : ''}`
      : 'nobody';
    return `${text.slice(q.inner[0], q.inner[1])} => ${who} ${q.kind}`;
  });
}

// Short texts written for these tests: the phenomena of news quotation, one per row.
const cases: [name: string, text: string, expected: string[]][] = [
  [
    'a cue after a quotation of two sentences',
    'The plan was announced on Monday.\n\n“It makes no sense. The model does not work here,” Jane Smith said.',
    ['It makes no sense. The model does not work here, => Jane Smith [named] direct'],
  ],
  [
    'a quotation ending in a question mark',
    'Voters went to the polls.\n\n“Why are we not ahead?” Tom Brown said.',
    ['Why are we not ahead? => Tom Brown [named] direct'],
  ],
  [
    'a cue inside the quotation, and a pronoun',
    'Tom Brown spoke on Monday.\n\n“We will win,” he said, “and we will do it soon.”',
    [
      'We will win, => Tom Brown [named] (he) direct',
      'and we will do it soon. => Tom Brown [named] (he) direct',
    ],
  ],
  [
    'an inverted cue',
    'The vote was close.\n\n“It was a long night,” said Maria Lopez, the party chair.',
    ['It was a long night, => Maria Lopez [named] direct'],
  ],
  [
    'a cue before, with a colon',
    'The company met investors.\n\nAnna Green told reporters: “We are ready for the next step.”',
    ['We are ready for the next step. => Anna Green [named] direct'],
  ],
  [
    'a colon at the end of the paragraph before',
    'Anna Green continued:\n\n“The questions tonight show why people do not trust us.”',
    ['The questions tonight show why people do not trust us. => Anna Green [named] direct'],
  ],
  [
    'a quoted phrase inside a reported sentence',
    'Tom Brown said the plan was “a disaster” for the town.',
    ['a disaster => Tom Brown [named] partial'],
  ],
  [
    'follow-on quotations continue the last speaker',
    '“The first point is simple,” said Mary Jones.\n\n“The second point takes longer to explain to anyone.”',
    [
      'The first point is simple, => Mary Jones [named] direct',
      'The second point takes longer to explain to anyone. => Mary Jones [named] direct',
    ],
  ],
  [
    'a new speaker introduced by a paraphrase ends the follow-on',
    '“The first point is simple,” said Mary Jones.\n\nTom Brown said he disagreed with all of it.\n\n“Nothing in the plan adds up for the people here.”',
    [
      'The first point is simple, => Mary Jones [named] direct',
      'Nothing in the plan adds up for the people here. => Tom Brown [named] direct',
    ],
  ],
  [
    'a quotation over paragraphs, US and UK style (each paragraph reopens, the last closes)',
    'Mary Jones said:\n\n“We have waited for years.\n\n“We will keep going until the very end,” she added.',
    [
      'We have waited for years. => Mary Jones [named] direct',
      'We will keep going until the very end, => Mary Jones [named] (she) direct',
    ],
  ],
  [
    'paragraphs of one quotation joined in one block (a reopening mark after a sentence end)',
    'Mr Brown said: "We will win this year. "We will keep going to the very end."',
    ['We will win this year. "We will keep going to the very end. => Mr Brown [named] direct'],
  ],
  [
    'a nested quotation',
    'The talks ended.\n\n"He called it "a farce" and walked out," Jane Smith said.',
    ['He called it "a farce" and walked out, => Jane Smith [named] direct'],
  ],
  [
    'she finds the woman introduced just before, not the man quoted earlier',
    '“We lost,” said Tom Brown.\n\nAnna Green runs a shop in the town. “People are blaming it all on the weather,” she told reporters.',
    [
      'We lost, => Tom Brown [named] direct',
      'People are blaming it all on the weather, => Anna Green [named] (she) direct',
    ],
  ],
  [
    'a descriptor resolved through a title',
    'Archbishop Desmond Tutu spoke in the capital.\n\n“Peace is possible,” the archbishop said.',
    ['Peace is possible, => Desmond Tutu [named] (the archbishop) direct'],
  ],
  [
    'an unnamed source stays unnamed',
    'The report was published.\n\n“It will fail within a year,” a senior official said.',
    ['It will fail within a year, => a senior official [unnamed] direct'],
  ],
  [
    'a sentence end inside a run of capitals does not make a name (`Leeds. She`)',
    'Tom Brown met Anna Green in Leeds. She spoke first.\n\n“We should start again from the very beginning,” she said.',
    ['We should start again from the very beginning, => Anna Green [named] (she) direct'],
  ],
  [
    'a quotation ending in ! goes on in lower case with the same subject',
    'Anna Green took the stage. She shouted “What a night!” and said the town would “keep the change going”.',
    [
      'What a night! => Anna Green [named] (She) partial',
      'keep the change going => Anna Green [named] (She) partial',
    ],
  ],
  [
    'a capitalised cue opening the sentence, the speaker after it',
    'The school closed.\n\nSaid Mary Jones, who taught there for years, “We were all so proud of it.”',
    ['We were all so proud of it. => Mary Jones [named] direct'],
  ],
  [
    'according to, opening the sentence',
    'According to Tom Brown, the plan is now “the worst thing that ever happened to the town.”',
    ['the worst thing that ever happened to the town. => Tom Brown [named] direct'],
  ],
  [
    'a titled name with lower-case modifiers, after a dateline',
    'LEEDS (AP) — Labour leadership hopeful Anna Green said on Monday that the party was “ready to govern again”.',
    ['ready to govern again => Labour leadership hopeful Anna Green [named] partial'],
  ],
  [
    'no verb of saying: a long quotation takes the subject of its sentence',
    'Tom Brown thanked the council for “taking these steps to make the streets safer for everyone.”',
    ['taking these steps to make the streets safer for everyone. => Tom Brown [named] direct'],
  ],
  [
    'no verb of saying: a short fragment stays a scare quote',
    'Tom Brown visited the so-called “new town” on Monday.',
    ['new town => nobody scare'],
  ],
  [
    'a clause opener is not a speaker',
    'Speaking on Monday, Anna Green said the plan was “a disaster for the town”.',
    ['a disaster for the town => Anna Green [named] partial'],
  ],
  [
    'the cue closes the sentence after the quotation stops',
    'The count ended late.\n\n"Let me thank the thousands of volunteers" for the win, Tom Brown said.',
    ['Let me thank the thousands of volunteers => Tom Brown [named] direct'],
  ],
  [
    'a colon after a clause with a subject, past an earlier verb of saying',
    'When Tom Brown suggested the town would sue, Anna Green fired back: “If they sue us, they will lose.”',
    ['If they sue us, they will lose. => Anna Green [named] direct'],
  ],
  [
    'a relative clause with its own subject before a colon: in which Tom Brown said',
    'A video surfaced of a dinner in Leeds, in which Tom Brown said: “Taxes are too high. Nobody can pay them. Why not cut them?”',
    ['Taxes are too high. Nobody can pay them. Why not cut them? => Tom Brown [named] direct'],
  ],
  [
    'a coordinated verb of saying before a colon keeps the sentence subject, not its object',
    'Anna Green backs a pay rise, opposes a hiring freeze and recalled the cuts of three years ago: “I saw how hard it was for the staff. Nobody should go through that again.”',
    [
      'I saw how hard it was for the staff. Nobody should go through that again. => Anna Green [named] direct',
    ],
  ],
  [
    'a role set off before the name: the name speaks, and the role refers back to it',
    'A spokesman for the ministry, John Reed, said: “The talks are over. We will not return.” Later the spokesman added: “Nothing has changed.”',
    [
      'The talks are over. We will not return. => John Reed [named] direct',
      'Nothing has changed. => John Reed [named] (the spokesman) direct',
    ],
  ],
  [
    'a name and then its role with what it is a role of, before the verb',
    'Sarah Hunt, a spokeswoman for the council, said: “It is over. We are done.”',
    ['It is over. We are done. => Sarah Hunt [named] direct'],
  ],
  [
    'a role set off before the name after a quotation, inverted and not',
    '“Sales rose,” said a spokesman for Acme, Tom Blake.\n\n“Costs fell,” its chief executive, Ann Lee, told reporters. “Prices held,” the spokesman added.',
    [
      'Sales rose, => Tom Blake [named] direct',
      'Costs fell, => Ann Lee [named] direct',
      'Prices held, => Tom Blake [named] (the spokesman) direct',
    ],
  ],
  [
    'a name in a phrase fronted before a pronoun subject is not what the pronoun stands for',
    '“We will win,” John Reed said. He said Tom Brown “has no plan at all”.\n\nOf Tom Brown, he said: “I wish him well. He will need it.” Asked about Tom Brown’s plan, he added: “There is none.”',
    [
      'We will win, => John Reed [named] direct',
      'has no plan at all => John Reed [named] (He) partial',
      'I wish him well. He will need it. => John Reed [named] (he) direct',
      'There is none. => John Reed [named] (he) direct',
    ],
  ],
  [
    'a clause fronted before a pronoun subject may hold its antecedent',
    'Tom Brown spoke first.\n\nWhen John Reed arrived, he said: “We have a plan.”',
    ['We have a plan. => John Reed [named] (he) direct'],
  ],
  [
    'a title’s full stop ends no sentence; a titled name after a fronted phrase with no comma',
    'Mr. Reed attacked Mr. Brown, calling him “a liar.”\n\nSaturday at the party convention Sen. Ann Lee (D-Ore.) said Tom Brown was a “proven failure” in business.',
    ['a liar. => Mr. Reed [named] partial', 'proven failure => Sen. Ann Lee [named] partial'],
  ],
  [
    'a fronted place before a role is no appositive: the role speaks',
    'In London, the mayor said: “No. Never.”',
    ['No. Never. => the mayor [unnamed] direct'],
  ],
  [
    'a presentative before a colon names the speaker: Here is Anna Green in May 1999',
    'The old speeches tell the story. Here is Anna Green in May 1999: “Our town must change. The mills are closing.”',
    ['Our town must change. The mills are closing. => Anna Green [named] direct'],
  ],
  [
    'a quotation after a sentence about another person, past an appositive, is that person’s',
    '“We will win,” said Tom Brown.\n\nAnna Green, his rival, was less sure. “It is too early to say. Wait for the count.”',
    [
      'We will win, => Tom Brown [named] direct',
      'It is too early to say. Wait for the count. => Anna Green [named] direct',
    ],
  ],
  [
    'a colon after a verb not of saying, the subject a titled name past a relative clause',
    'Before the vote, the regional leader Anna Green, who lost her seat in 2011, is shown lecturing: “People of the valley, listen. The river is rising.”',
    ['People of the valley, listen. The river is rising. => the regional leader Anna Green [named] direct'],
  ],
  [
    'a quotation after a sentence whose subject is a role is that person’s, not the last speaker’s',
    '“The deal is dead,” Tom Brown told reporters.\n\nHis spokesman was unmoved. “He never tried. He wanted it to fail.”',
    [
      'The deal is dead, => Tom Brown [named] direct',
      'He never tried. He wanted it to fail. => His spokesman [unnamed] direct',
    ],
  ],
  [
    'a kin noun speaks: her husband cut in, after another speaker’s quotation',
    '“Tell her I promised you a picture,” Anna Green said, and her husband cut in: “Don’t forget me. We were all in the same grade.”',
    [
      'Tell her I promised you a picture, => Anna Green [named] direct',
      'Don’t forget me. We were all in the same grade. => her husband [unnamed] direct',
    ],
  ],
  [
    'quoted X as saying: the one quoted is the object',
    'Tom Brown quoted Anna Green as saying: “We are ready. The plan is done.”',
    ['We are ready. The plan is done. => Anna Green [named] direct'],
  ],
  [
    'a relative clause after the speaker with no closing comma, and no space after the quote mark',
    '“This plan raises new questions. The town cannot trust it,”Anna Green, who is chair of the group said in a statement. “More and more, the plan looks rushed.”',
    [
      'This plan raises new questions. The town cannot trust it, => Anna Green [named] direct',
      'More and more, the plan looks rushed. => Anna Green [named] direct',
    ],
  ],
  [
    'a quotation after a sentence whose subject has an irregular past verb is that person’s',
    'The hall was full. Tom Brown spoke first. “We have no money. The roads are broken.”',
    ['We have no money. The roads are broken. => Tom Brown [named] direct'],
  ],
  [
    'a time phrase after the cue is not the speaker',
    'As Anna Green said last week in Leeds, “The town has changed more than anyone expected.”',
    ['The town has changed more than anyone expected. => Anna Green [named] direct'],
  ],
  [
    'a subordinate clause: its subject is the speaker',
    'While Tom Brown said the plan was “extremely careless”, he voted for it.',
    ['extremely careless => Tom Brown [named] partial'],
  ],
  [
    'a quotation after a sentence about a person, in the same paragraph, is that person’s',
    '“We will not stop,” said Tom Brown.\n\nAnna Green touted her record on the council. “We need to find ways to support the workers who want a union.”',
    [
      'We will not stop, => Tom Brown [named] direct',
      'We need to find ways to support the workers who want a union. => Anna Green [named] direct',
    ],
  ],
  [
    'a signature paragraph after a quotation box',
    'Quotes of the week.\n\n"I went there before the crash and I warned them all."\n\n- Anna Green.',
    ['I went there before the crash and I warned them all. => Anna Green [named] direct'],
  ],
  [
    'a statement reads',
    'The company wrote to staff.\n\n“The office will close in the spring of next year,” the statement read.',
    ['The office will close in the spring of next year, => the statement [unnamed] direct'],
  ],
  [
    'a capitalised pronoun after a quotation ending in a full stop starts a new sentence',
    'Tom Brown backs Anna Green.\n\nTom Brown says Green “has a record of bringing people together.” He warns that the rival would “drive the party off a cliff.”',
    [
      'has a record of bringing people together. => Tom Brown [named] partial',
      'drive the party off a cliff. => Tom Brown [named] (He) partial',
    ],
  ],
  [
    'the subject with its verb, not a place in an opening phrase',
    'Speaking at a town hall in Salem, New Hampshire, Tom Brown went after his rival, calling him “a total stiff.”',
    ['a total stiff. => Tom Brown [named] partial'],
  ],
  [
    'he is not a place',
    'Tom Brown campaigned in New York on Monday.\n\n“We will win this state by a wide margin,” he said.',
    ['We will win this state by a wide margin, => Tom Brown [named] (he) direct'],
  ],
  [
    'any verb after a quotation closed by a comma: the subject before it speaks',
    'The minister spoke first.\n\n“The town will always be the town,” an angry Anna Green retaliated.',
    ['The town will always be the town, => an angry Anna Green [named] direct'],
  ],
  [
    'a first name spelled like an auxiliary',
    'The costs rose again.\n\n"It is an expensive business," said Will Doyle, a professor at the university.',
    ['It is an expensive business, => Will Doyle [named] direct'],
  ],
  [
    'a colon after an appositive and a verb that is not one of saying',
    'Anna Green, who declined to comment, proposes new language for the plan: “Every town deserves a fair hearing.”',
    ['Every town deserves a fair hearing. => Anna Green [named] direct'],
  ],
  [
    'he is the subject of the sentence before, not its object',
    'Tom Brown attacked Mark Jones on Monday.\n\n“He has no plan for the town at all,” he said.',
    ['He has no plan for the town at all, => Tom Brown [named] (he) direct'],
  ],
  [
    'a transcript label: a name and its party before a colon',
    'The hearing went on for hours.\n\nRep. Ann Lee (D-Ohio):"I have not heard anyone cite that figure before today."',
    ['I have not heard anyone cite that figure before today. => Ann Lee [named] direct'],
  ],
  [
    'a relative clause with its own subject: which he described as',
    'He would pay for it through a new tax, which he described as “making sure that everyone pays a fair share of the cost.”',
    ['making sure that everyone pays a fair share of the cost. => he [unnamed] direct'],
  ],
  [
    'a long appositive between the speaker and the cue after the quotation',
    'The rally was loud.\n\n“A very good reporter, this one,” Anna Green, the party’s candidate for mayor and the front-runner in every poll taken this year, said on Monday.',
    ['A very good reporter, this one, => Anna Green [named] direct'],
  ],
  [
    'fragments joined by and in one reported sentence stay partial',
    'An official wrote that the talks involved “new analytics” and “video tagging for the border teams” in detail.',
    [
      'new analytics => An official [unnamed] partial',
      'video tagging for the border teams => An official [unnamed] partial',
    ],
  ],
  [
    'a name inside the quotation is not the antecedent of the pronoun that attributes it',
    'Paul Stone spoke at the fair on Friday.\n\n“Mark Hill knows it. I am a Londoner,” he said.',
    ['Mark Hill knows it. I am a Londoner, => Paul Stone [named] (he) direct'],
  ],
  [
    'a surname alone after the full name is a mention, and a subject',
    'Governor Ed Marsh met Kate Lund and Tom Hale on Monday.\n\nMarsh told Hale the plan had failed.\n\n“We will try again next year, whatever the cost,” he said.',
    ['We will try again next year, whatever the cost, => Marsh [named] (he) direct'],
  ],
  [
    'a title inside a run of capitals starts the name; the descriptor finds it',
    'Ohio Gov. Rick Lane spoke in Dayton.\n\n“We will not wait for anyone to act,” the Ohio governor said.',
    ['We will not wait for anyone to act, => Rick Lane [named] (the Ohio governor) direct'],
  ],
  [
    'a role set off by a comma tells the gender of the name',
    'Tom Reed spoke to the crowd in the hall for an hour about the plans for the coming year, the roads, the schools and the budget, and took questions from the floor until late in the evening. He thanked his wife, Kim Abel, at the end.\n\n“She carried the whole campaign on her back,” he said.',
    ['She carried the whole campaign on her back, => Tom Reed [named] (he) direct'],
  ],
  [
    'a title met later tells the gender of a name met before',
    'Jo Park spoke to Lee Vale on Monday. Ms. Park was tired.\n\n“It was a long week,” she told Mr. Vale. “We want the ties between the two towns to be strong, whatever the season and whoever is in charge in either of them, and we want the schools, the roads and the markets of both to stay open to everyone.\n\n“We have worked very hard on this,” she said.',
    [
      'It was a long week, => Park [named] (she) direct',
      'We want the ties between the two towns to be strong, whatever the season and whoever is in charge in either of them, and we want the schools, the roads and the markets of both to stay open to everyone. => Park [named] (she) direct',
      'We have worked very hard on this, => Park [named] (she) direct',
    ],
  ],
  [
    'a publication after according to is no antecedent for she',
    'Dana Moss spoke in 2007.\n\nThe plan was criticised for its “secrecy,” according to The Courier. “We know about the secret files,” she said.',
    [
      'secrecy, => The Courier [named] partial',
      'We know about the secret files, => Dana Moss [named] (she) direct',
    ],
  ],
  [
    'a building named after a person is not the person',
    'Ben Ward spoke on Monday.\n\nWard Tower was full for the meeting.\n\n“It went very well for all of us,” he said.',
    ['It went very well for all of us, => Ben Ward [named] (he) direct'],
  ],
  [
    'a party label between the name and the cue',
    'The bill passed.\n\nThe plan “takes power from the few,” Rep. Zoe Marsh (D-Ore.) said.\n\nSen. Al Frey (D-Minn.) explained, “There are no easy answers here.”',
    [
      'takes power from the few, => Rep. Zoe Marsh [named] partial',
      'There are no easy answers here. => Sen. Al Frey [named] direct',
    ],
  ],
  [
    'an adjective in -ed after a quotation is not a verb of saying',
    'Tom Brown urged voters not to “give in to fear,” a somewhat muted reference to the riots.',
    ['give in to fear, => Tom Brown [named] partial'],
  ],
  [
    'a title descriptor describes the named person who spoke, when no name carried that title',
    '“We will fight for every vote in this state,” says Lane.\n\n“The people here want change and they will get it,” the Ohio governor continues.',
    [
      'We will fight for every vote in this state, => Lane [named] direct',
      'The people here want change and they will get it, => Lane [named] (the Ohio governor) direct',
    ],
  ],
  [
    'a title descriptor does not take two capitalised words nobody calls he or she, and who never spoke',
    'Kelvin Rovers beat the champions on Saturday.\n\n“We were the better side,” the England captain said.',
    ['We were the better side, => the England captain [named] direct'],
  ],
  [
    'a title written with a capital names its holder, not the person who spoke before',
    '“It is the wrong way,” says Mara Lind.\n\n“We are glad of the step they have taken,” the Archbishop said.',
    [
      'It is the wrong way, => Mara Lind [named] direct',
      'We are glad of the step they have taken, => the Archbishop [named] direct',
    ],
  ],
  [
    'an anonymous role never takes the name of the person before it',
    '“We will fight for every vote in this state,” says Lane.\n\n“We have nothing to add on the matter today,” the spokesman said.',
    [
      'We will fight for every vote in this state, => Lane [named] direct',
      'We have nothing to add on the matter today, => the spokesman [unnamed] direct',
    ],
  ],
  [
    'a copula with a verb of its own before a colon',
    'Rob Dunn spoke first.\n\nAnna Green was quick to reply: “That is just not true, and he knows it.”',
    ['That is just not true, and he knows it. => Anna Green [named] direct'],
  ],
  [
    'a plural title before names, and the subject of the sentence before them',
    'Prime Minister Ben Tal spoke on Monday.\n\nTal told Sens. Rob Dunn, of Ohio, and Kim Gray, of Iowa, that he regretted the row.\n\n“My sole intention was to voice our concerns about the deal,” he told the senators.',
    ['My sole intention was to voice our concerns about the deal, => Tal [named] (he) direct'],
  ],
  [
    'single marks as the text’s style: a cue after, a cue inside, apostrophes left alone',
    'The mayor’s plan was cut.\n\n‘It doesn’t make sense. The workers’ union will fight it,’ Jane Smith said.\n\n‘We will win,’ she said, ‘and we will do it soon.’',
    [
      'It doesn’t make sense. The workers’ union will fight it, => Jane Smith [named] direct',
      'We will win, => Jane Smith [named] (she) direct',
      'and we will do it soon. => Jane Smith [named] (she) direct',
    ],
  ],
  [
    'single marks: a quotation over paragraphs, and a double quotation nested inside',
    'Anna Green told the BBC:\n\n‘They called it “a disgrace” and left.\n\n‘We will keep going until the very end.’\n\n‘I want to thank every nurse who came to help,’ said Tom Brown.',
    [
      'They called it “a disgrace” and left. => Anna Green [named] direct',
      'We will keep going until the very end. => Anna Green [named] direct',
      'I want to thank every nurse who came to help, => Tom Brown [named] direct',
    ],
  ],
  [
    'single marks: a quotation ending in s before a lower-case word, and a possessive inside a run-on',
    '‘We have seen nothing like it,’ said Ann Lee.\n\nLee described the plan as ‘a waste of taxes’ and left the hall.\n\n‘The nurses’ pay is the test of it.\n\n‘We will be back,’ she said.',
    [
      'We have seen nothing like it, => Ann Lee [named] direct',
      'a waste of taxes => Lee [named] partial',
      'The nurses’ pay is the test of it. => Lee [named] (she) direct',
      'We will be back, => Lee [named] (she) direct',
    ],
  ],
  [
    'straight single marks as the style, apostrophes and elisions not taken for marks',
    "Rock 'n' roll was back.\n\n'It's the fans' night, and we're proud of them,' Jo Kerr said.\n\n'We'll play all the songs from the '90s,' she added.",
    [
      "It's the fans' night, and we're proud of them, => Jo Kerr [named] direct",
      "We'll play all the songs from the '90s, => Jo Kerr [named] (she) direct",
    ],
  ],
  [
    'double marks as the style: a partial quotation in single marks with a cue; a term in single marks is left out',
    "The euro area will continue to 'wait and see', the organisation said.\n\n\"Sales are up,\" said Ann Lee of the firm.\n\nIt is an 'always available' society now.",
    ['wait and see => the organisation [unnamed] partial', 'Sales are up, => Ann Lee [named] direct'],
  ],
  [
    'an archive’s doubled straight single marks stand for double ones',
    "The vote was close.\n\n''That wasn't a good way to treat me,'' Tom Brown said.",
    ["That wasn't a good way to treat me, => Tom Brown [named] direct"],
  ],
  [
    'a possessive and a noun for what was said: the possessor speaks',
    'The host asked Tom Brown, “Have you seen the papers yourself?” His response: “I have people who have studied them for months.”',
    [
      'Have you seen the papers yourself? => The host [unnamed] direct',
      'I have people who have studied them for months. => Tom Brown [named] (His response) direct',
    ],
  ],
  [
    'a subordinate clause inside the sentence: its own subject says the quotation',
    'Ben Ward issued a statement shortly after Ann Lee told voters that the plan was “not about you at all.”',
    ['not about you at all. => Ann Lee [named] partial'],
  ],
  ['a short quoted word nobody is said to say', 'The so-called “reform” passed.', ['reform => nobody scare']],
  [
    'no speaker from a prepositional opener or a conjunction',
    'During the meeting, the “new plan” came up and the talks went on.',
    ['new plan => nobody scare'],
  ],
  [
    'a relative clause set off between the subject and its verb',
    'The meeting ran late.\n\nOne attendee, who spoke on condition of anonymity, said the message was that “this is not going to be over soon.”',
    ['this is not going to be over soon. => One attendee [unnamed] direct'],
  ],
  [
    'a plural group noun right before the verb, after a wh-word',
    'The bill failed. That is why critics say he had proposed to “dismantle” the law.',
    ['dismantle => critics [unnamed] partial'],
  ],
  [
    'lower-case words describing a name after a fronted clause',
    'Polls closed late.\n\nThough stopping short of quitting, retired surgeon Tom Brown told supporters that he does not see a “path forward.”',
    ['path forward. => retired surgeon Tom Brown [named] partial'],
  ],
  [
    'a verb that reports without saying: indicated',
    'Questions went on all day.\n\nIn response, Tom Brown indicated that the minister “should have known” about the cuts.',
    ['should have known => Tom Brown [named] partial'],
  ],
  [
    'a paragraph that is a quotation with no cue, after a paragraph about a person',
    'Tom Brown praised the mayor on Monday.\n\n“We need someone who will cut through the noise.”',
    ['We need someone who will cut through the noise. => Tom Brown [named] direct'],
  ],
  [
    'an absolute phrase with `with` names its own speaker',
    'The attack sparked a debate, with Senator Ann Lee telling reporters she viewed the minister as “directly responsible” for it.',
    ['directly responsible => Senator Ann Lee [named] partial'],
  ],
  [
    '`according to` set off later in the sentence',
    'Most files were marked “confidential” at first, according to a State Department official, and two were marked secret.',
    ['confidential => a State Department official [unnamed] partial'],
  ],
  [
    'a surname spelt like an auxiliary, before a verb no auxiliary takes',
    'The columnist George Will is no fan.\n\n“The war is a reminder of what the process can do,” Will wrote. Will it change? “Nobody knows what will happen,” May said.',
    [
      'The war is a reminder of what the process can do, => Will [named] direct',
      'Nobody knows what will happen, => May [named] direct',
    ],
  ],
  [
    'a share of those polled speaks for them, with no name',
    'The poll was taken in May. About four in 10 said they were “angry” with the government, and 21 percent said “not at all.”',
    ['angry => About four in 10 [unnamed] partial', 'not at all. => 21 percent [unnamed] partial'],
  ],
  [
    'the subject of a `what` clause',
    'It led to what aide Kevin Phillips called “the beginning of a new era” in his book.',
    ['the beginning of a new era => aide Kevin Phillips [named] partial'],
  ],
  [
    'a noun for a person before a name, and as the head of a descriptor',
    'Charity boss Gordon Lane said a “decisive blow” was struck.\n\nRetired surgeon Ben Cole spoke in Ohio. The retired surgeon has given no details, saying only that he was “refining some practices.”\n\n“We will come back,” the attendee said.',
    [
      'decisive blow => Charity boss Gordon Lane [named] partial',
      'refining some practices. => Ben Cole [named] (The retired surgeon) partial',
      'We will come back, => the attendee [unnamed] direct',
    ],
  ],
];

describe('quotations and their speakers', () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(quotes(text)).toEqual(expected);
    });
  }

  it('never takes a preposition, conjunction, wh-word or quote mark for a speaker', () => {
    const bad = /^(?:during|and|who|in|adding|but|which|that)\b|[“”"]/i;
    for (const [, text] of cases) {
      for (const q of parseDocument(text).quotes) {
        if (q.speaker) expect(q.speaker.name).not.toMatch(bad);
      }
    }
  });

  // More quotations in one paragraph than a call takes arguments (about 120,000 here): they were
  // spread into `push` and `splice`, and parsing threw a RangeError.
  const many = 200_000;
  it.each([
    ['double marks, the text’s own', '“a” '.repeat(many), many],
    ['single marks inside a text in double ones', `“We will win,” he said. ${'‘a’ '.repeat(many)}`, many + 1],
  ])('parses a paragraph of 200,000 quotations in %s', (_, text, count) => {
    expect(parseDocument(text).quotes).toHaveLength(count);
  });
});

describe('voice follows the quotation structure', () => {
  it('puts every word of a quotation over paragraphs in the speaker’s voice', () => {
    const text =
      'Mary Jones said:\n\n“We have waited for years.\n\n“Our patience is gone,” she added.\n\nThe council said that the plan would be delayed.';
    const doc = parseDocument(text);
    const at = (needle: string) => {
      const i = text.indexOf(needle);
      return voiceAt(doc, [i, i + needle.length]);
    };
    expect(at('waited')).toMatchObject({ voice: 'quoted', speaker: { name: 'Mary Jones' } });
    expect(at('patience')).toMatchObject({ voice: 'quoted', speaker: { name: 'Mary Jones' } });
    // A paraphrase after `said that` stays the reporter's words.
    expect(at('delayed').voice).toBe('reporter');
  });

  it('does the same in single marks, a possessive apostrophe inside left alone', () => {
    const text =
      'Mary Jones said:\n\n‘We have waited for the workers’ pay for years.\n\n‘Our patience is gone,’ she added.\n\nThe council said that the plan would be delayed.';
    const doc = parseDocument(text);
    const at = (needle: string) => {
      const i = text.indexOf(needle);
      return voiceAt(doc, [i, i + needle.length]);
    };
    expect(at('pay')).toMatchObject({ voice: 'quoted', speaker: { name: 'Mary Jones' } });
    expect(at('patience')).toMatchObject({ voice: 'quoted', speaker: { name: 'Mary Jones' } });
    expect(at('delayed').voice).toBe('reporter');
    expect(doc.quotes.map((q) => q.continues ?? null)).toEqual([null, 0]);
  });

  it('links each paragraph of a quotation to the part before it', () => {
    const doc = parseDocument('Mary Jones said:\n\n“We have waited.\n\n“We are done,” she added.');
    expect(doc.quotes.map((q) => q.continues ?? null)).toEqual([null, 0]);
  });
});
