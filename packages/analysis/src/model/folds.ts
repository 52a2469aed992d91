/**
 * The one split of the annotated data, shared by `pnpm train` and bench/accuracy.ts:
 * FNV-1a of the unit's id (an MBIC sentence id, a BASIL event id, so the three
 * outlets' articles on one event stay together), modulo 100: below 55 `train`,
 * below 70 `dev` (choices of features and settings were made on it), the rest
 * `test` (never used to train, calibrate or choose anything). MBIC's `test` fold is
 * the `held-out` split of earlier releases, so figures stay comparable.
 */
export type Fold = 'train' | 'dev' | 'test';

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function foldOf(unitId: string): Fold {
  const k = fnv1a(unitId) % 100;
  return k < 55 ? 'train' : k < 70 ? 'dev' : 'test';
}
