import weights from './weights.json' with { type: 'json' };
import { WordingModel, type WordingModelFile } from './model.ts';

export { fmix32, hashString } from './features.ts';
export { type Fold, fnv1a, foldOf } from './folds.ts';
export { gapUpper, wilson } from './interval.ts';
export { type Contribution, type TokenScores, WordingModel, type WordingModelFile } from './model.ts';

let model: WordingModel | null = null;

/** The shipped model (weights.json, written by `pnpm train`), loaded on first use. */
export function wordingModel(): WordingModel {
  model ??= new WordingModel(weights as WordingModelFile);
  return model;
}

/** Version and hash of the shipped model, for run manifests. */
export function wordingModelInfo(): { version: string; hash: string } {
  const m = wordingModel();
  return { version: m.version, hash: m.hash };
}
