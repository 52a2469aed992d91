import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import {
  agencyIn,
  chooseReference,
  clusterTexts,
  compareStory,
  estimateJaccard,
  findStories,
  outletProfiles,
  shingles,
  signature,
  storyUnits,
  verifyVersions,
} from '../src/index.ts';
import { bbcPath, hasBbc, readBbc } from './generate.ts';
import { clusterScores, generateVersionsCorpus } from './versions-corpus.ts';
import { OTHER_STORY, UNRELATED_1, UNRELATED_2, VERSION_A, VERSION_B, WIRE } from './versions-fixtures.ts';

const sig = (t: string) => signature(shingles(t));
const units = (t: string) => storyUnits(parseDocument(t));

describe('MinHash signatures', () => {
  it('are the same for the same text, and quote style does not change them', () => {
    expect([...sig(WIRE)]).toEqual([...sig(WIRE)]);
    expect([...sig(WIRE.replace(/[“”]/g, '"'))]).toEqual([...sig(WIRE)]);
  });
  it.each([
    ['a version', VERSION_A, 0.3, 1],
    ['another version', VERSION_B, 0.3, 1],
    ['an unrelated story', OTHER_STORY, 0, 0.05],
  ])('estimate the shingle overlap of the wire story and %s', (_, text, lo, hi) => {
    const j = estimateJaccard(sig(WIRE), sig(text));
    expect(j).toBeGreaterThanOrEqual(lo);
    expect(j).toBeLessThanOrEqual(hi);
  });
  it('give no signature (and no candidates) for a text without words', () => {
    expect(estimateJaccard(sig('— … —'), sig('— … —'))).toBe(0);
  });
});

describe('verification by alignment', () => {
  it.each([
    ['wire and version A', WIRE, VERSION_A, true],
    ['wire and version B', WIRE, VERSION_B, true],
    ['versions A and B', VERSION_A, VERSION_B, true],
    ['two articles that share only a footer and a standard paragraph', UNRELATED_1, UNRELATED_2, false],
    ['the wire and an unrelated story', WIRE, OTHER_STORY, false],
  ])('%s: same story = %s', (_, x, y, same) => {
    expect(verifyVersions(units(x), units(y)).same).toBe(same);
  });
  it('the boilerplate pair shares most of the shorter article, but not its lead', () => {
    const v = verifyVersions(units(UNRELATED_1), units(UNRELATED_2));
    expect(v.sentences).toBeGreaterThanOrEqual(3);
    expect(v.coverage).toBeGreaterThan(0.5);
    expect(v.leadShared).toBe(false);
  });
});

describe('clusters', () => {
  it('groups the versions and leaves the boilerplate-sharing articles apart', () => {
    const texts = [UNRELATED_1, VERSION_A, OTHER_STORY, WIRE, UNRELATED_2, VERSION_B];
    const { clusters } = clusterTexts(texts);
    expect(clusters).toEqual([[1, 3, 5]]);
  });
});

describe('reference choice', () => {
  const doc = (t: string) => parseDocument(t);
  const c = (outlet: string | null, date: string | null, words: number, text = OTHER_STORY) => ({
    outlet,
    date,
    words,
    doc: doc(text),
  });
  it.each([
    [
      'the agency named as outlet',
      [c('Riverside Post', null, 300), c('Reuters', null, 250)],
      1,
      'agency-outlet',
    ],
    ['the agency in the credit line', [c(null, null, 200), c(null, null, 205, WIRE)], 1, 'agency-credit'],
    ['the fullest', [c('A', '2026-01-02', 200), c('B', '2026-01-03', 300)], 1, 'fullest'],
    [
      'the earliest of the about as full',
      [c('A', '2026-01-05', 300), c('B', '2026-01-03', 299), c('C', '2026-01-01', 200)],
      1,
      'fullest',
    ],
  ] as const)('%s', (_, candidates, index, basis) => {
    const choice = chooseReference(candidates);
    expect(choice.index).toBe(index);
    expect(choice.basis).toBe(basis);
    expect(choice.why.length).toBeGreaterThan(10);
  });
  it.each([
    ['Associated Press', 'Associated Press'],
    ['associated press', 'Associated Press'],
    ['(AP) —', 'Associated Press'],
    ['Reuters', 'Reuters'],
    ['AFP', 'Agence France-Presse'],
    ['a pap smear', null],
    ['Riverside Post', null],
  ])('agencyIn(%j) = %j', (text, agency) => {
    expect(agencyIn(text)).toBe(agency);
  });
});

describe('profiles of the hand-made versions', () => {
  const members = [
    { id: 'wire', outlet: 'Associated Press', date: '2026-01-01', text: WIRE },
    { id: 'a', outlet: 'Riverside Post', date: '2026-01-02', text: VERSION_A },
    { id: 'b', outlet: 'Daily Ledger', date: '2026-01-02', text: VERSION_B },
  ].map((m) => {
    const d = parseDocument(m.text);
    return { ...m, doc: d, analysis: analyzeDocument(d) };
  });
  const story = compareStory(members);
  const [a, b] = story.versions;
  it('takes the agency version as the reference and says why', () => {
    expect(story.reference).toBe(0);
    expect(story.choice.why).toContain('news agency');
  });
  it('version A: a silent cut of the last paragraph, one silent word, one bracketed note, the footer added', () => {
    expect(a!.profile).toMatchObject({
      cutsSilent: 1,
      cutsElided: 0,
      silentChanges: 1,
      bracketed: 1,
      addedSentences: 1,
      movedSentences: 0,
      headlineChanged: false,
    });
    expect(a!.profile.keptShare).toBeGreaterThan(0.7);
    expect(a!.profile.keptShare).toBeLessThan(0.95);
  });
  it('version B: a cut marked by an ellipsis, two added sentences, a new headline; quote style not counted', () => {
    expect(b!.profile).toMatchObject({
      cutsElided: 1,
      cutsSilent: 0,
      silentChanges: 0,
      bracketed: 0,
      addedSentences: 2,
      addedParagraphs: 1,
      headlineChanged: true,
    });
  });
  it('adds up per outlet', () => {
    const outlets = outletProfiles([story]);
    expect(outlets.map((o) => [o.outlet, o.versions, o.references])).toEqual([
      ['Associated Press', 0, 1],
      ['Daily Ledger', 1, 0],
      ['Riverside Post', 1, 0],
    ]);
    expect(outlets.find((o) => o.outlet === 'Riverside Post')!.total.bracketed).toBe(1);
  });
});

/** Generated from real BBC articles (figures in docs/accuracy.md come from bench/versions.ts, on a larger corpus). */
describe.skipIf(!hasBbc)(`versions in a generated corpus from ${bbcPath}`, () => {
  const docs = hasBbc ? generateVersionsCorpus(readBbc(), { stories: 40, unrelated: 150, seed: 5 }) : [];
  const { stories } = findStories(
    docs.map((d) => ({ id: d.id, text: d.text, outlet: d.outlet, date: d.date })),
    null,
  );
  const clusters = stories.map((s) =>
    s.members.map((m) => docs.findIndex((d) => d.id === m.id)).sort((x, y) => x - y),
  );
  it('finds every story, with purity and recall at least 0.98 and no boilerplate join', () => {
    const s = clusterScores(docs, clusters);
    expect(s.purity).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.boilerplateJoins).toBe(0);
  });
  it('takes the agency original as the reference of every story', () => {
    const wire = stories.filter((s) => docs.find((d) => d.id === s.members[s.reference]!.id)!.wire);
    expect(wire.length).toBe(stories.length);
  });
  it('counts the known edits within 5 % each', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    const keys = [
      'cutsElided',
      'cutsSilent',
      'silentChanges',
      'bracketed',
      'addedSentences',
      'movedSentences',
    ] as const;
    const gold = Object.fromEntries(keys.map((k) => [k, 0])) as Record<(typeof keys)[number], number>;
    const found = { ...gold };
    for (const s of stories) {
      for (const v of s.versions) {
        const g = byId.get(v.member.id)!.gold;
        for (const k of keys) {
          gold[k] += g[k];
          found[k] += v.profile[k];
        }
      }
    }
    for (const k of keys) {
      expect(gold[k], k).toBeGreaterThan(10);
      expect(
        Math.abs(found[k] - gold[k]) / gold[k],
        `${k}: found ${found[k]}, gold ${gold[k]}`,
      ).toBeLessThanOrEqual(0.05);
    }
  });
});
