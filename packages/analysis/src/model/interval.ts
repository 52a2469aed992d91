/**
 * Confidence intervals for the false-alarm bars (`pnpm train` holds the default threshold to
 * them; bench/accuracy.ts prints them): a rate measured on a few hundred neutral sentences has a
 * sampling error of several points, so a bar met by the point estimate alone is met by chance
 * about half the time on new text.
 */

/** Wilson's score interval (1927) of a proportion k/n at normal quantile z, as [lower, upper]. */
export function wilson(k: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/**
 * Newcombe's hybrid score interval (1998, method 10) of the difference a − b of two
 * proportions, two-sided 95 %, read as the largest relative gap |a − b| / max(a, b) it allows:
 * how wide the left/right gap may really be, given the two samples.
 */
export function gapUpper(a: { k: number; n: number }, b: { k: number; n: number }): number {
  const z = 1.96;
  const pa = a.k / Math.max(1, a.n);
  const pb = b.k / Math.max(1, b.n);
  const [la, ua] = wilson(a.k, a.n, z);
  const [lb, ub] = wilson(b.k, b.n, z);
  const d = pa - pb;
  const lo = d - Math.sqrt((pa - la) ** 2 + (ub - pb) ** 2);
  const hi = d + Math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2);
  return Math.max(Math.abs(lo), Math.abs(hi)) / Math.max(pa, pb, 1e-9);
}
