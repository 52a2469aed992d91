import { createRequire } from 'node:module';

type Nlp = typeof import('compromise').default;

let nlp: Nlp | null = null;

/**
 * compromise, loaded the first time a caller needs it. Setting up its lexicon
 * takes about 0.3 s, and most articles never need it (the document model asks
 * it only about bracketed words), so a batch worker or `gloss analyze` on an
 * article without brackets never pays for it. Everything in Gloss gets
 * compromise from here, so a process holds one copy (its CommonJS build, which
 * loads synchronously). Nothing calls `nlp.extend`, which would change it for
 * every caller.
 */
export function compromise(): Nlp {
  // A process started from the CLI's start-up snapshot (packages/cli/scripts/build.js) has it
  // loaded already.
  nlp ??=
    ((globalThis as Record<symbol, unknown>)[Symbol.for('gloss.compromise')] as Nlp | undefined) ??
    (createRequire(import.meta.url)('compromise') as Nlp);
  return nlp;
}
