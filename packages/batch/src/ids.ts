/**
 * Unique document ids. `findings` joins `documents` by id, so two records with one id (a JSONL
 * feed that repeats an id, two CSV files both numbering from 1) would join each other's
 * findings. The first record keeps its id; a later one gets `ID#2`, `ID#3`, … (the first not
 * taken), in input order, so a sharded run merged gives the same ids as an unsharded one.
 *
 * The ids seen are kept as 64-bit fingerprints (two 32-bit hashes) in an open-addressed table,
 * about 16 bytes an id instead of the string itself: a corpus of ten million documents costs
 * 160 MB at most. Two different ids sharing a fingerprint (about one chance in 10^6 for ten
 * million ids) only give the second a suffix it did not need: ids stay unique either way.
 */

/** FNV-1a and a multiply-xorshift hash of the UTF-16 code units: two independent 32-bit hashes. */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  // 0/0 marks an empty slot.
  return [a >>> 0, (b | (a === 0 ? 1 : 0)) >>> 0];
}

/** A set of strings by fingerprint (see above): `add` says whether it was absent. */
export class FingerprintSet {
  private table = new Uint32Array(2 * 1024);
  private count = 0;
  get size(): number {
    return this.count;
  }
  has(s: string): boolean {
    const [a, b] = hashes(s);
    return this.find(a, b) < 0;
  }
  add(s: string): boolean {
    const [a, b] = hashes(s);
    const slot = this.find(a, b);
    if (slot < 0) return false;
    this.table[2 * slot] = a;
    this.table[2 * slot + 1] = b;
    this.count++;
    if (this.count * 2 > this.table.length / 2) this.grow();
    return true;
  }
  /** The free slot for (a, b), or -1 when it is present. */
  private find(a: number, b: number): number {
    const slots = this.table.length / 2;
    for (let i = (a ^ Math.imul(b, 0x27d4eb2d)) & (slots - 1); ; i = (i + 1) & (slots - 1)) {
      const x = this.table[2 * i]!;
      const y = this.table[2 * i + 1]!;
      if (x === 0 && y === 0) return i;
      if (x === a && y === b) return -1;
    }
  }
  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i]!;
      const b = old[i + 1]!;
      if (a === 0 && b === 0) continue;
      const slot = this.find(a, b);
      this.table[2 * slot] = a;
      this.table[2 * slot + 1] = b;
    }
  }
}

/** Gives each id, in input order, itself or — when taken — the first free `ID#k`. */
export class UniqueIds {
  private readonly seen = new FingerprintSet();
  /** For ids given more than once: the next suffix to try (kept small: only repeated ids). */
  private readonly next = new Map<string, number>();
  /** How many ids were given a suffix, and the first of them. */
  renamed = 0;
  firstRenamed: string | null = null;

  /** Records an id already assigned (a resumed run reads back the ids it wrote). */
  taken(id: string): void {
    this.seen.add(id);
  }

  /** The id a record with id `given` gets. */
  assign(given: string): string {
    if (this.seen.add(given)) return given;
    let k = this.next.get(given) ?? 2;
    while (!this.seen.add(`${given}#${k}`)) k++;
    this.next.set(given, k + 1);
    this.renamed++;
    this.firstRenamed ??= given;
    return `${given}#${k}`;
  }
}
