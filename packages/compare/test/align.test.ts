import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { compareVersions, longestIncreasing } from '../src/index.ts';
import { seed } from './seed-pair.ts';

const body = seed
  .slice(seed.indexOf('Amazon pitched'), seed.indexOf('From washingtonpost'))
  .replace(/ ?\[[^\]]*\]/g, '')
  .replace(/…/g, '')
  .trim();
const compare = (a: string, b: string) =>
  compareVersions({ label: 'A', doc: parseDocument(a) }, { label: 'B', doc: parseDocument(b) });

describe('sentence alignment', () => {
  it('patience anchors: the longest chain increasing in both orders', () => {
    expect(
      longestIncreasing([
        [0, 3],
        [1, 0],
        [2, 1],
        [3, 4],
        [4, 2],
        [5, 5],
      ]),
    ).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [5, 5],
    ]);
  });

  it('two sentences merged into one align as a merge, one split in two as a split', () => {
    const merged = body.replace(
      'Officials from Amazon and ICE did not immediately respond to requests for comment.',
      'Officials from Amazon and ICE did not immediately respond to requests for comment, and declined to say more',
    );
    const a = body.replace(
      'Officials from Amazon and ICE did not immediately respond to requests for comment.',
      'Officials from Amazon and ICE did not immediately respond to requests for comment. They declined to say more.',
    );
    const r = compare(a, `${merged}.`.replace('say more.', 'say more.'));
    const row = r.alignment.find((x) => x.a && x.a.sentences.length === 2);
    expect(row?.kind).toBe('merge');
    const back = compare(`${merged}.`, a);
    expect(back.alignment.some((x) => x.kind === 'split')).toBe(true);
  });

  it('without a single unique sentence (the body repeated 30 times: aligned in a band) one edit is still found alone', () => {
    const a = Array.from({ length: 30 }, () => body).join('\n\n');
    const at = a.lastIndexOf('Amazon pitched its');
    const b = `${a.slice(0, at)}Amazon quietly pitched its${a.slice(at + 'Amazon pitched its'.length)}`;
    const r = compare(a, b);
    expect(r.alignment.length).toBeGreaterThan(600);
    expect(r.edits.map((e) => `${e.kind} ${e.b?.text} ${e.silent}`)).toEqual(['insert quietly true']);
    expect(r.edits[0]!.b!.range[0]).toBe(at + 'Amazon '.length);
  });
});
