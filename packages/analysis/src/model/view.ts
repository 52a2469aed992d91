import type { GlossDocument, Range } from '@gloss/document';
import type { RawMatch } from '../engine/automaton.ts';
import { type Tokens, tokenAt } from '../engine/tokens.ts';
import type { ModelView, Rule } from '../rule.ts';
import { T } from './features.ts';
import type { WordingModel } from './model.ts';
import { modelContext } from './stage.ts';

/** The model stage of the engine: scores every token once, explains on demand. */
export function modelView(
  model: WordingModel,
  rules: readonly Rule[],
  doc: GlossDocument,
  tokens: Tokens,
  byRule: readonly (readonly RawMatch[])[],
  minimum: number,
): ModelView {
  const ctx = modelContext(rules, doc, tokens, byRule);
  const counts = model.sentenceCounts(ctx, doc.sentences.length);
  const { probability } = model.score(ctx, counts);
  return {
    version: model.version,
    threshold: model.threshold,
    minimum,
    probability,
    rangeProbability(range: Range) {
      let best = 0;
      for (let i = tokenAt(tokens, range[0]); i < tokens.count && tokens.starts[i]! < range[1]; i++) {
        if (probability[i]! > best) best = probability[i]!;
      }
      return best;
    },
    explain(index: number) {
      const out: string[] = [];
      const lexicon = ctx.lexicon[index]!;
      for (const c of model.explain(ctx, counts, index).slice(0, 3)) {
        const phrase = describe(c.template, rules, lexicon, tokens.norms[index]!);
        if (phrase !== '' && !out.includes(phrase)) out.push(phrase);
      }
      out.push(ctx.quoted[index] === 1 ? 'inside a quotation' : 'outside quotation');
      return out;
    },
    listed(index: number) {
      return ctx.lexicon[index] !== 0;
    },
  };
}

/** One short phrase per kind of evidence, in the words a teacher would use. */
function describe(template: number, rules: readonly Rule[], lexicon: number, word: string): string {
  switch (template) {
    case T.word:
    case T.stem:
    case T.wordQuoted:
      return `the word “${word}” itself, as annotators marked it in training`;
    case T.titleCase:
      return 'a capitalised word annotators often mark';
    case T.suffix3:
    case T.suffix2:
      return /(ous|ive|ful|ic|al|ble|ant|ent|ish|less)$/.test(word)
        ? 'an adjective-like ending'
        : /ly$/.test(word)
          ? 'an adverb ending'
          : 'its ending';
    case T.lexicon:
    case T.lexiconQuoted:
    case T.lexiconEntry: {
      const names: string[] = [];
      for (let r = 0; lexicon >>> r !== 0; r++) if ((lexicon >>> r) & 1) names.push(rules[r]!.id);
      return names.length === 0
        ? 'on a word list'
        : `on the ${names.join(' and ')} word list${names.length > 1 ? 's' : ''}`;
    }
    case T.lexiconNear:
    case T.prevLexicon:
      return 'next to a listed loaded word';
    case T.prev:
    case T.next:
    case T.prev2:
    case T.next2:
    case T.prevNext:
      return 'the words around it';
    case T.sentenceLexicon:
      return 'in a sentence with other loaded words';
    case T.name:
      return 'part of a name';
    case T.partOfSpeech:
      return 'its part of speech';
    case T.hyphen:
      return 'part of a hyphenated compound';
    case T.wordClass:
      return 'words of like use that annotators marked';
    default:
      return '';
  }
}
