import leven from 'leven';

/**
 * The known name nearest to a mistyped one (`analyse` → `analyze`,
 * `contested-labels` → `contested-label`), or undefined when none is close: at most
 * a third of the word's letters changed, so a suggestion is a plausible typo.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = leven(w, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean X?)`, or nothing when no known name is close. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const near = closest(word, known);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}
