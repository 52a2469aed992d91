import { describe, expect, it } from 'vitest';
import { matchDateline, parseDocument } from '../src/index.ts';

const wireDateline = (text: string) => {
  const d = parseDocument(text).sources.find((s) => s.role === 'wire')?.dateline;
  return d ? { place: text.slice(...d.place), whole: text.slice(...d.range) } : null;
};

describe('dateline: one match, the place kept', () => {
  it('keeps the place of a dateline that names its outlet (a credit block)', () => {
    expect(wireDateline('Budget passes\n\nLONDON (Reuters) - The council approved the budget.')).toEqual({
      place: 'LONDON',
      whole: 'LONDON (Reuters) -',
    });
  });
  it('keeps the place of a dateline with no outlet, which stays in the body', () => {
    const text = 'Bridge opens\n\nBAGHDAD — Officials opened the bridge on Monday.';
    expect(wireDateline(text)).toEqual({ place: 'BAGHDAD', whole: 'BAGHDAD —' });
    expect(parseDocument(text).blocks.map((b) => b.kind)).toEqual(['title', 'body']);
  });
  it('takes a region after the place, and only a dateline in capitals', () => {
    expect(matchDateline('LONDON, England (CNN) -- The …')).toMatchObject({ place: [0, 6], outlet: 'CNN' });
    expect(matchDateline('A - The council met.')).toBeNull();
    expect(matchDateline('London — The council met.')).toBeNull();
    expect(wireDateline('Council meets\n\nThe council met on Monday — and then it rained.')).toBeNull();
  });
  it('records only the first body paragraph’s dateline', () => {
    expect(wireDateline('Two cities\n\nThe talks began.\n\nPARIS — Later, in Paris, they ended.')).toBeNull();
  });
});
