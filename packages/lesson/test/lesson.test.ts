import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLesson, findTimes, LEAD_ROLES, type Lesson } from '../src/index.ts';

const seedText = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');
const seedDoc = parseDocument(seedText);
const seed = buildLesson(seedDoc, analyzeDocument(seedDoc));

const texts = (lesson: Lesson, role: 'who' | 'what' | 'where' | 'when' | 'why' | 'how') =>
  lesson.lead[role].map((s) => s.text);

describe('lead 5W on the seed', () => {
  it('finds who, what, where, when and why', () => {
    expect(texts(seed, 'who')).toEqual(['Amazon', 'Immigration and Customs Enforcement (ICE) officials']);
    expect(texts(seed, 'what')).toEqual(['pitched its facial-recognition system']);
    expect(texts(seed, 'when')).toEqual(['in the summer', 'June']);
    expect(texts(seed, 'where')).toEqual(['Silicon Valley']);
    expect(texts(seed, 'why')[0]).toMatch(
      /^as a way for the agency to target or identify illegal immigrants/,
    );
  });
  it('marks spans taken from the second paragraph as later, with lower confidence', () => {
    const where = seed.lead.where[0]!;
    expect(where.from).toBe('later');
    expect(where.block).toBe(3);
    expect(where.confidence).toBeLessThan(seed.lead.who[0]!.confidence);
    expect(seed.lead.when[0]!.from).toBe('lead');
  });
  it('gives exact input slices', () => {
    for (const role of ['who', 'what', 'where', 'when', 'why', 'how'] as const) {
      for (const s of seed.lead[role]) expect(seedText.slice(...s.range)).toBe(s.text);
    }
  });
});

describe('entities on the seed', () => {
  const byName = (name: string) => seed.entities.find((e) => e.name === name);
  it('merges aliases', () => {
    expect(byName('Immigration and Customs Enforcement')?.aliases).toContain('ICE');
    expect(byName('Immigration and Customs Enforcement')?.kind).toBe('agency');
    expect(byName('Department of Defense')?.aliases).toEqual(
      expect.arrayContaining(['Pentagon', 'Defense Department']),
    );
    expect(byName('Amazon')?.aliases).toContain('Amazon Web Services');
    expect(byName('Jeff Bezos')?.aliases).toContain('Bezos');
  });
  it('lists the agencies', () => {
    const agencies = seed.entities.filter((e) => e.kind === 'agency').map((e) => e.name);
    expect(agencies).toEqual(
      expect.arrayContaining([
        'Immigration and Customs Enforcement',
        'Homeland Security Investigations',
        'police departments in Oregon and Florida',
        'Department of Defense',
        'CIA',
      ]),
    );
  });
  it('records every mention as an exact slice', () => {
    const ice = byName('Immigration and Customs Enforcement')!;
    expect(ice.mentions.length).toBeGreaterThanOrEqual(8);
    for (const m of ice.mentions) expect(seedText.slice(...m.range)).toBe(m.text);
  });
  it('keeps products and months out', () => {
    const names = seed.entities.map((e) => e.name);
    expect(names).not.toContain('Rekognition');
    expect(names).not.toContain('June');
  });
});

describe('quotes and sources on the seed', () => {
  it('gives each direct quote its speaker and cue verb', () => {
    const direct = seed.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => [q.text.slice(0, 20), q.speaker?.text, q.cue?.verb]);
    expect(direct).toEqual([
      ['We are ready and wil', 'the Amazon official', 'wrote'],
      ['We refuse to build t', 'Hundreds of anonymous Amazon workers', 'saying'],
      ['If big tech companie', 'Bezos', 'said'],
      ['I’d let them in if i', 'Bezos', 'added'],
    ]);
  });
  it('classes sources and resolves "the Amazon official" to the redacted official', () => {
    const s = Object.fromEntries(seed.sources.map((x) => [x.name, x]));
    expect(s['An Amazon Web Service official']?.class).toBe('anonymous');
    expect(s['An Amazon Web Service official']?.quotes).toBe(3);
    expect(s['Hundreds of anonymous Amazon workers']?.class).toBe('anonymous');
    expect(s['Jeff Bezos']?.class).toBe('named');
    expect(s['Civil rights and privacy advocates']?.class).toBe('vague');
    expect(s['ICE officials']?.class).toBe('vague');
  });
  it('finds the paraphrased attribution of the advocates', () => {
    const a = seed.attributions.find((x) => x.speaker.text === 'Civil rights and privacy advocates');
    expect(a?.cue.verb).toBe('worry');
    expect(a?.content.text).toMatch(/^the unproven technology’s expansion could have a chilling effect/);
  });
  it('says who speaks first and most', () => {
    const name = (id: string | null) => seed.sources.find((s) => s.id === id)?.name;
    expect(name(seed.sourcing.first)).toBe('An Amazon Web Service official');
    expect(name(seed.sourcing.most)).toBe('Jeff Bezos');
  });
});

describe('questions on the seed', () => {
  const q = (id: string) => seed.questions.find((x) => x.id === id)!;
  it('finds the seven questions with their sub-items', () => {
    expect(seed.questions.map((x) => x.id)).toEqual(['1', '2a', '2b', '3', '4', '5', '6a', '6b', '7']);
    expect(q('6a').stem?.text).toMatch(/^Mr\. Bezos defends selling his technology/);
    expect(q('2a').text).toMatch(/^In addition to the Department of Homeland Security/);
  });
  it('classes them', () => {
    expect(seed.questions.map((x) => `${x.id}:${x.kind}`)).toEqual([
      '1:recall',
      '2a:recall',
      '2b:recall',
      '3:recall',
      '4:recall',
      '5:opinion',
      '6a:opinion',
      '6b:opinion',
      '7:opinion',
    ]);
  });
  it('links every question to evidence, best first', () => {
    for (const x of seed.questions) expect(x.evidence.length, x.id).toBeGreaterThan(0);
    expect(q('1').evidence[0]!.text).toMatch(/^Amazon pitched its facial-recognition system/);
    expect(q('3').evidence[0]!.text).toMatch(/^Civil rights and privacy advocates worry/);
    expect(q('4').evidence[0]!.text).toMatch(/^Hundreds of anonymous Amazon workers/);
    expect(q('2a').evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Amazon has marketed the technology to police departments/),
      ]),
    );
  });
  it('flags question 6: the unsupported figure, the false choice, the steering adverb', () => {
    const audit = q('6a').audit.map((a) => `${a.kind}:${a.ruleId}:${a.actual}`);
    expect(audit).toContain('unsupported-claim:audit-unsupported-figure:over $30 million');
    expect(audit).toContain('leading:audit-steering-adverb:truly altruistic');
    const choice = q('6a').audit.find((a) => a.kind === 'false-choice');
    expect(choice?.actual).toMatch(/truly altruistic, or does he want the lucrative government contract\?$/);
    const figure = q('6a').audit.find((a) => a.ruleId === 'audit-unsupported-figure');
    expect(figure?.in).toBe('stem');
    expect(figure?.articleSays?.text).toMatch(/^Bezos has donated money to fund college scholarships/);
  });
  it('flags statements in the stem the article never makes', () => {
    const unstated = q('6a')
      .audit.filter((a) => a.ruleId === 'audit-unstated-statement' || a.ruleId === 'audit-absolute')
      .map((a) => a.actual);
    expect(unstated).toEqual([
      'every immigrant',
      'Amazon owns many other companies and businesses.',
      expect.stringMatching(/^It knows more about you/),
    ]);
  });
  it('does not flag an accurate quotation or a three-way choice', () => {
    expect(q('6a').audit.some((a) => a.ruleId === 'audit-misquote')).toBe(false);
    expect(q('7').audit.some((a) => a.kind === 'false-choice')).toBe(false);
    expect(q('5').audit.some((a) => a.kind === 'false-choice')).toBe(true);
  });
  it('carries loaded wording of the question from the analysis', () => {
    // `truly altruistic`: the question's own word, which the analysis flags in the question's voice.
    const loaded = q('6a').audit.find((a) => a.kind === 'loaded-wording' && a.actual === 'altruistic');
    // The model's flag has no replacement word; the student still gets its advice.
    expect(loaded?.suggestion).toMatch(/^Replace the judgement/);
  });
});

describe('rules on other articles', () => {
  const lesson = (text: string) => {
    const doc = parseDocument(text);
    return buildLesson(doc, null);
  };
  it('reads names as US news writes them: title-case headlines, Rep. and Sen., two people of one surname', () => {
    const l = lesson(
      [
        'Governor Asks Mayor Jane Doe to Drop Out of Council Race',
        '',
        'Rep. Mark Hale met Sen. Anna Ruiz and the mayor, Jane Doe, on Friday. Hale said talks went well.',
        '',
        'Tom Doe, her husband, joined them. Later Doe left for Ohio.',
        '',
      ].join('\n'),
    );
    const people = l.entities.filter((e) => e.kind === 'person');
    const names = l.entities.map((e) => e.name);
    // No run of the headline's capitals is a name, nor a title cut off by its full stop.
    expect(names.some((n) => /Asks|Drop Out/.test(n))).toBe(false);
    expect(names).not.toContain('Rep');
    expect(names).not.toContain('Sen');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['Mark Hale', 'Anna Ruiz']));
    // The surname alone joins one of the two Does, and only one; Hale is a person, not a body.
    const does = people.filter((e) => / Doe$/.test(e.name));
    expect(does.map((e) => e.name).sort()).toEqual(['Jane Doe', 'Tom Doe']);
    const withSurname = does.filter((e) => e.mentions.some((m) => m.text === 'Doe'));
    expect(withSurname).toHaveLength(1);
    expect(l.entities.find((e) => e.name === 'Mark Hale')!.mentions.map((m) => m.text)).toContain('Hale');
  });
  it('keeps a person apart from where they serve, and one speaker one source however written', () => {
    const l = lesson(
      [
        'Governor backs plan',
        '',
        'Gov. Tom Reed of Ohio on Monday said he would “back the plan.”',
        '',
        '“It is a good plan,” Mr. Reed said. Later Reed added: “We will pass it.”',
        '',
      ].join('\n'),
    );
    const reed = l.entities.find((e) => e.name === 'Tom Reed')!;
    expect(reed.kind).toBe('person');
    expect(reed.aliases).not.toContain('Ohio');
    expect(l.entities.find((e) => e.name === 'Ohio')?.kind).toBe('place');
    expect(l.sources.map((s) => s.name)).toEqual(['Tom Reed']);
    expect(l.sources[0]!.quotes).toBe(3);
    // The time before the verb is the lead's when, not part of its who.
    expect(texts(l, 'who')).toEqual(['Gov. Tom Reed of Ohio']);
    expect(texts(l, 'when')).toEqual(['on Monday']);
  });
  it('takes no names from handles, hashtags, links or markup, nor a title from its holder', () => {
    const l = lesson(
      [
        'Leaders react',
        '',
        'Former Secretary of State Ann Cole and Maryland Gov. Paul Grant wrote to @BigGroup about #CityFloods.',
        '',
        '<post author="PaulGrant">Praying for the city tonight.</post> More at https://t.co/AbCdEf today.',
        '',
      ].join('\n'),
    );
    const names = l.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ann Cole', 'Paul Grant']));
    for (const bad of [
      'BigGroup',
      'CityFloods',
      'PaulGrant',
      'Praying',
      'AbCdEf',
      'Maryland Gov',
      'of State Ann Cole',
    ])
      expect(names).not.toContain(bad);
  });
  it('reads a party before a name, an AP state abbreviation and a month abbreviation as news writes them', () => {
    const l = lesson(
      'Senator wins\n\nFLINT, Mich., Oct. 4 (UPI) — Democrat Jane Doe won the seat, J. Smith said.\n\nDoe spoke in Flint, Mich., on Oct. 5.\n',
    );
    const kinds = Object.fromEntries(l.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Jane Doe']).toBe('person');
    expect(kinds.Mich).toBe('place');
    for (const bad of ['Democrat Jane Doe', 'Oct', 'J']) expect(kinds[bad]).toBeUndefined();
    expect(texts(l, 'who')).toContain('Democrat Jane Doe');
    // The dateline's place is a place when the story names it again, and the lead's where once.
    expect(kinds.Flint).toBe('place');
    expect(texts(l, 'where')).toEqual(['FLINT']);
  });
  it('reads the lead past a label paragraph (ABSTRACT.)', () => {
    const l = lesson(
      'Council Approves New Road Plan.\n\nABSTRACT.\n\nThe city council approved a road plan on Tuesday.\n\nMore.\n',
    );
    expect(texts(l, 'who')).toEqual(['The city council']);
    expect(texts(l, 'when')).toEqual(['on Tuesday']);
  });
  it('reads a subject with its party and state in brackets and a relative clause', () => {
    const l = lesson(
      'Lawmaker faces criticism\n\nRep. Ann Lee (D-Iowa), who is running to succeed Sen. Tom Hart (D-Iowa), faced tough coverage on Tuesday.\n\nMore.\n',
    );
    expect(texts(l, 'who')).toEqual(['Rep. Ann Lee']);
    expect(texts(l, 'what')).toEqual(['faced tough coverage']);
    // `drew` in lower case is the verb, though compromise's lexicon knows it as a first name.
    const drew = lesson(
      'Mayor criticised\n\nThe mayor, Ann Lee, drew fierce criticism on Friday.\n\nMore.\n',
    );
    expect(texts(drew, 'what')).toEqual(['drew fierce criticism']);
  });
  it('takes a dateline as where and a trailing attribution as who', () => {
    const l = lesson(
      'Council approves budget\n\nLONDON (Reuters) - The city council approved a new budget on Tuesday, the mayor said.\n\nThe vote was close.\n',
    );
    expect(texts(l, 'where')).toEqual(['LONDON']);
    expect(texts(l, 'when')).toEqual(['on Tuesday']);
    expect(texts(l, 'who')).toContain('the mayor');
  });
  it('finds the who inside a reported statement', () => {
    const l = lesson(
      "Cafes shut\n\nChinese authorities closed 12,575 net cafes in the closing months of 2004, the country's government said.\n",
    );
    expect(texts(l, 'who')).toEqual(['Chinese authorities', "the country's government"]);
    expect(texts(l, 'what')).toEqual(['closed 12,575 net cafes']);
    expect(texts(l, 'when')).toEqual(['in the closing months of 2004']);
  });
  it('accepts a figure the article gives in another spelling, and flags a misquote', () => {
    const l = lesson(
      [
        'Firm wins contract',
        '',
        'Acme Corp won a $10 billion contract from the city in May 2019, officials said.',
        '',
        '"We are delighted," said Jane Smith, the chief executive.',
        '',
        '1. Acme won a $10bn contract. Why did the city choose Acme?',
        '',
        '2. Jane Smith said, "We are thrilled." Do you think she meant it?',
        '',
      ].join('\n'),
    );
    const [q1, q2] = l.questions;
    expect(q1?.audit.some((a) => a.ruleId === 'audit-unsupported-figure')).toBe(false);
    expect(q2?.audit.map((a) => a.ruleId)).toContain('audit-misquote');
    expect(l.sources.find((s) => s.name === 'Jane Smith')?.class).toBe('named');
  });
  it('reads a local news story: lead, sources and a question that invents a fact', () => {
    const l = lesson(
      [
        'City council votes to close library',
        '',
        '(by Jane Roe, The Daily Planet) – The Metropolis city council voted on Tuesday to close the Main Street library [to save money] after a budget shortfall of $2 million.',
        '',
        '"We had no choice," council president Tom Lee said.',
        '',
        'Residents who opposed the plan said the library served 500 children a week. A spokesperson for the mayor, who asked not to be named, said the mayor supported the vote.',
        '',
        '1. Who voted to close the library and when?',
        '',
        '2. The council wasted $5 million on a new stadium. Do you think the council cares about children, or only about sports?',
        '',
      ].join('\n'),
    );
    expect(texts(l, 'who')).toEqual(['The Metropolis city council']);
    expect(texts(l, 'what')).toEqual(['voted on Tuesday to close the Main Street library']);
    expect(texts(l, 'when')).toEqual(['on Tuesday']);
    expect(texts(l, 'why')).toEqual(['after a budget shortfall of $2 million']);
    expect(l.sources.map((s) => `${s.name}:${s.class}`)).toEqual([
      'Tom Lee:named',
      'Residents who opposed the plan:vague',
      'A spokesperson for the mayor, who asked not to be named:anonymous',
    ]);
    const q2 = l.questions.find((q) => q.id === '2')!;
    expect(q2.audit.map((a) => `${a.ruleId}:${a.actual}`)).toEqual(
      expect.arrayContaining([
        'audit-unstated-statement:The council wasted $5 million on a new stadium.',
        'audit-unsupported-figure:$5 million',
        'audit-either-or:Do you think the council cares about children, or only about sports?',
      ]),
    );
    expect(l.questions.find((q) => q.id === '1')!.evidence[0]!.text).toMatch(
      /^The Metropolis city council voted/,
    );
  });

  it('returns an empty lesson for text with no body', () => {
    const l = lesson('Just a title\n');
    expect(l.questions).toEqual([]);
    expect(l.lead.who).toEqual([]);
  });
});

describe('time expressions', () => {
  const cases: [string, string[]][] = [
    ['in the summer to ICE', ['in the summer']],
    ['for the three months to December, from', ['for the three months to December']],
    ["at next month's European Indoor Championships", ["next month's"]],
    ['more than three months old', []],
    ['It may be', []],
    ['unveiled Rekognition in 2016 as a way', ['in 2016']],
    ['roughly one week after the meeting, last week', ['last week']],
  ];
  for (const [input, expected] of cases) {
    it(input, () => {
      expect(findTimes(input, 0, input.length).map((t) => input.slice(...t.range))).toEqual(expected);
    });
  }
});

describe('contract', () => {
  it('is deterministic and does not mutate the document', () => {
    const doc = parseDocument(seedText);
    const before = JSON.stringify(doc);
    const a = buildLesson(doc, null);
    const b = buildLesson(doc, null);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('never throws and keeps every range inside the text, whatever the input', () => {
    const pieces = fc.constantFrom(
      'Amazon',
      'ICE',
      ' said ',
      '“',
      '”',
      '"',
      '[',
      ']',
      '…',
      '(',
      ')',
      '\n\n',
      '\n',
      '1. ',
      'a) ',
      'Why do ',
      '?',
      '. ',
      ', or does he ',
      '$30 million',
      'in June',
      'LONDON - ',
      '😀',
      ' the ',
      'officials',
      'Department of Defense',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const doc = parseDocument(text);
        const lesson = buildLesson(doc, null);
        const ranges = [
          ...LEAD_ROLES.flatMap((r) => lesson.lead[r].map((s) => s.range)),
          ...lesson.entities.flatMap((e) => e.mentions.map((m) => m.range)),
          ...lesson.questions.flatMap((q) => [
            q.range,
            ...q.evidence.map((e) => e.range),
            ...q.audit.map((a) => a.range),
          ]),
          ...lesson.quotes.map((q) => q.range),
          ...lesson.attributions.map((a) => a.range),
        ];
        for (const [s, e] of ranges) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(s).toBeLessThanOrEqual(e);
        }
      }),
      { numRuns: 150 },
    );
  });
});
