import type { LexiconEntry, Rule } from '../rule.ts';
import { normalize, type Tokens } from './tokens.ts';

/**
 * One trie over the word lists of every rule, keyed by normalised tokens.
 * Matching is a single left-to-right pass: at each token we walk the trie as
 * far as the text allows, so the cost is the number of tokens times the
 * (short) phrase depth, whatever the number of phrases.
 */
interface Node {
  next: Map<string, Node> | null;
  /** Rule index and entry for every phrase ending here. */
  hits: { rule: number; entry: LexiconEntry }[] | null;
}

export interface Automaton {
  root: Node;
  rules: number;
}

export interface RawMatch {
  rule: number;
  first: number;
  last: number;
  entry: LexiconEntry;
}

function node(): Node {
  return { next: null, hits: null };
}

const VOWEL = /[aeiou]/;

/** Regular inflections of a word, over-generated on purpose: a form nobody writes never matches. */
export function inflections(word: string): string[] {
  const out = new Set<string>([word]);
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [...out];
  const last = word[word.length - 1]!;
  const stemE = last === 'e' ? word.slice(0, -1) : word;
  if (/(s|x|z|ch|sh)$/.test(word)) out.add(`${word}es`);
  else if (last === 'y' && !VOWEL.test(word[word.length - 2]!)) {
    out.add(`${word.slice(0, -1)}ies`);
    out.add(`${word.slice(0, -1)}ied`);
  } else out.add(`${word}s`);
  if (last === 'e') out.add(`${word}d`);
  else if (!(last === 'y' && !VOWEL.test(word[word.length - 2]!))) out.add(`${word}ed`);
  out.add(`${stemE}ing`);
  // Doubled final consonant after a single short vowel: slam → slammed, slamming.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    out.add(`${word}${last}ed`);
    out.add(`${word}${last}ing`);
  }
  return [...out];
}

const PLAIN_WORD = /^[a-z]+$/;

/** Splits a phrase as the tokenizer would: hyphens and spaces both separate. */
export function phraseTokens(phrase: string): string[] {
  // Most entries are one plain lower-case word, which the steps below would return unchanged
  // (a quarter of the automaton's build at start-up went to them).
  if (PLAIN_WORD.test(phrase)) return [phrase];
  return normalize(phrase)
    .split(/[\s\-‐]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((t) => t.length > 0);
}

export function compile(rules: readonly Rule[]): Automaton {
  const root = node();
  rules.forEach((rule, index) => {
    for (const entry of rule.lexicon ?? []) {
      const seen = new Set<string>();
      for (const phrase of entry.phrases) {
        const toks = phraseTokens(phrase);
        if (toks.length === 0) continue;
        const lastForms =
          entry.inflect === false ? [toks[toks.length - 1]!] : inflections(toks[toks.length - 1]!);
        for (const lastForm of lastForms) {
          const key = [...toks.slice(0, -1), lastForm];
          const id = key.join(' ');
          if (seen.has(id)) continue;
          seen.add(id);
          let cur = root;
          for (const t of key) {
            if (cur.next === null) cur.next = new Map();
            let nx = cur.next.get(t);
            if (nx === undefined) {
              nx = node();
              cur.next.set(t, nx);
            }
            cur = nx;
          }
          if (cur.hits === null) cur.hits = [];
          if (!cur.hits.some((h) => h.rule === index && h.entry === entry))
            cur.hits.push({ rule: index, entry });
        }
      }
    }
  });
  return { root, rules: rules.length };
}

/**
 * All matches, grouped by rule. At a given start a rule keeps only its longest
 * phrase, and a match inside a longer match of the same rule is dropped.
 */
export function matchAll(automaton: Automaton, tokens: Tokens): RawMatch[][] {
  const byRule: RawMatch[][] = Array.from({ length: automaton.rules }, () => []);
  const reach = new Int32Array(automaton.rules).fill(-1);
  const { norms, count } = tokens;
  const rootNext = automaton.root.next;
  if (rootNext === null) return byRule;
  for (let i = 0; i < count; i++) {
    let cur = rootNext.get(norms[i]!);
    if (cur === undefined) continue;
    if (cur.next === null) {
      // Fast path: only one-word phrases end here.
      for (const h of cur.hits!) {
        if (i <= reach[h.rule]!) continue;
        reach[h.rule] = i;
        byRule[h.rule]!.push({ rule: h.rule, first: i, last: i, entry: h.entry });
      }
      continue;
    }
    let j = i;
    // Longest match per rule from this start: later (longer) hits overwrite earlier ones.
    let best: RawMatch[] | null = null;
    for (;;) {
      if (cur.hits !== null) {
        for (const h of cur.hits) {
          best ??= [];
          const m = { rule: h.rule, first: i, last: j, entry: h.entry };
          const k = best.findIndex((b) => b.rule === h.rule);
          if (k === -1) best.push(m);
          else best[k] = m;
        }
      }
      if (cur.next === null || j + 1 >= count) break;
      const nx: Node | undefined = cur.next.get(norms[j + 1]!);
      if (nx === undefined) break;
      cur = nx;
      j++;
    }
    if (best === null) continue;
    for (const m of best) {
      if (m.last <= reach[m.rule]!) continue;
      reach[m.rule] = m.last;
      byRule[m.rule]!.push(m);
    }
  }
  return byRule;
}
