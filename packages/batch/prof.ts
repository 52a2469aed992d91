import { readFileSync } from 'node:fs';
import { parseDocument } from '@gloss/document';
import { analyzeDocument, toAnalysisRecord } from '@gloss/analysis';
import { computeMetrics } from './src/metrics.ts';
const texts = readFileSync('/work/shared/data/bbc-news/bbc-news.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 500)
  .map((l) => JSON.parse(l).text as string);
analyzeDocument(parseDocument(texts[0]!));
let tp = 0,
  ta = 0,
  tm = 0,
  ts = 0,
  bytes = 0;
for (const t of texts) {
  const a = performance.now();
  const d = parseDocument(t);
  const b = performance.now();
  const an = analyzeDocument(d);
  const c = performance.now();
  const m = computeMetrics(d, an);
  const e = performance.now();
  JSON.stringify(m);
  JSON.stringify(toAnalysisRecord(d, an, { includeText: false }));
  const g = performance.now();
  tp += b - a;
  ta += c - b;
  tm += e - c;
  ts += g - e;
  bytes += Buffer.byteLength(t);
}
const tot = tp + ta + tm + ts;
console.log({
  parse: tp.toFixed(0),
  analyze: ta.toFixed(0),
  metrics: tm.toFixed(0),
  stringify: ts.toFixed(0),
  mbps: (bytes / 1e6 / (tot / 1000)).toFixed(2),
  analyzeOnlyMbps: (bytes / 1e6 / ((tp + ta) / 1000)).toFixed(2),
});
