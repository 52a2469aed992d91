/** The hashes of the model's features and tables, in a module of their own: scripts/word-clusters.ts builds a table that features.ts reads. */

/** FNV-1a over UTF-16 code units: stable across platforms and fast on short strings. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: nearby inputs spread over all bits. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Where `hash` sits in an ascending table of word hashes (the generated tables' key), or -1. */
export function findHash(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = hashes[mid]!;
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A little-endian base64 column of a generated table, copied out so that typed arrays over it are aligned. */
export function base64Bytes(column: string): Uint8Array {
  return Uint8Array.from(Buffer.from(column, 'base64'));
}
