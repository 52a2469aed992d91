import { rules } from '@gloss/analysis';
import { UsageError } from './io.ts';
import { closest } from './suggest.ts';

/** Rule ids, families and categories: what --rules and --disable select by. */
function selectors(): Set<string> {
  const out = new Set<string>();
  for (const r of rules) out.add(r.id).add(r.family).add(r.category);
  return out;
}

/** Word-list entries (`slam`, `contested-label/illegal-immigrant`) and their phrases, lower-cased. */
function entries(): Set<string> {
  const out = new Set<string>();
  for (const r of rules) {
    for (const e of r.lexicon ?? []) {
      out.add(e.id).add(`${r.id}/${e.id}`);
      for (const p of e.phrases) out.add(p).add(p.replaceAll('-', ' '));
    }
  }
  return out;
}

const normal = (name: string) => name.toLowerCase().replaceAll('’', "'");

/** A name the allow and deny lists can hold: a selector, an entry, or a phrase in a word list (inflected too). */
function knownEntry(name: string, sel: Set<string>, ent: Set<string>): boolean {
  const n = normal(name);
  if (sel.has(n) || ent.has(n) || ent.has(n.replaceAll('-', ' '))) return true;
  // `slammed`, `slams` for the entry `slam`: the word lists inflect their last word.
  const stem = n.replace(/(?:ies|es|s|ed|d|ing)$/, '');
  const undoubled = /(.)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return stem.length >= 3 && [stem, `${stem}e`, `${stem}y`, undoubled].some((x) => ent.has(x));
}

/** Looks like an id (kebab-case or `rule/entry`) rather than a phrase from the text. */
const idLike = (name: string) => !/\s/.test(name) && /[-/]/.test(name);

function unknown(name: string, where: string, known: string[]): UsageError {
  const near = closest(name, known);
  return new UsageError(
    `unknown rule, family or category ${name} in ${where}${near ? ` (did you mean ${near}?)` : ''}; gloss analyze --help lists them`,
  );
}

/**
 * The names in --rules or --disable (or the config's `rules`, `disable`): each a rule
 * id, family or category. An unknown one is a usage error naming the nearest, so that
 * a typo is not silently a filter that matches nothing (and a `--fail-on` gate that
 * always passes).
 */
export function checkSelectors(names: readonly string[] | undefined, where: string): void {
  const sel = selectors();
  for (const name of names ?? []) if (!sel.has(normal(name))) throw unknown(name, where, [...sel]);
}

/**
 * The config's `deny` list (report only these): ids as for --rules, word-list entries,
 * or phrases of the text. A name that reads as an id (kebab-case, `rule/entry`) or is a
 * typo away from one and matches nothing is a usage error; other phrases are taken as given.
 */
export function checkDeny(names: readonly string[] | undefined, where: string): void {
  const sel = selectors();
  const ent = entries();
  for (const name of names ?? []) {
    if (knownEntry(name, sel, ent)) continue;
    if (idLike(name) || closest(name, [...sel]) !== undefined) throw unknown(name, where, [...sel]);
  }
}

/**
 * The config's `allow` list (never report these): an unknown single name only loses a
 * filter, so it is a warning (returned, one line each), not an error.
 */
export function allowWarnings(names: readonly string[] | undefined, where: string): string[] {
  const sel = selectors();
  const ent = entries();
  const warnings: string[] = [];
  for (const name of names ?? []) {
    if (knownEntry(name, sel, ent) || /\s/.test(name)) continue;
    const near = closest(name, [...sel, ...ent]);
    warnings.push(
      `warning: ${name} in ${where} matches no rule, family, category or word-list entry${near ? ` (did you mean ${near}?)` : ''}`,
    );
  }
  return warnings;
}

/** Every rule id, family and category, for the help text. */
export function ruleSelectors(): { ids: string[]; families: string[]; categories: string[] } {
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    ids: uniq(rules.map((r) => r.id)),
    families: uniq(rules.map((r) => r.family)),
    categories: uniq(rules.map((r) => r.category)),
  };
}
