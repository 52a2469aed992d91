/**
 * How often the document model's verb test for bracketed insertions (`holdsVerb`, compromise's
 * lexicon and tagging data without compromise: packages/document/src/verb-tagger.ts) agrees with
 * what it replaced, compromise's tagger (`nlp(words).has('#Verb') && !….has('^#Adverb$')`):
 *
 * 1. on the words of every bracketed span of the shared corpora (BBC News, PolNeAR train and dev,
 *    BASIL, MBIC) and of the seed article;
 * 2. on the insertion kinds: each of those articles' insertions classified both ways
 *    (`classifyInsertion` with each test), as `parseDocument` does;
 * 3. on windows of 1 to 6 words drawn from BBC sentences (a fixed seed, `--windows N`).
 *
 * Prints the rates, and with `--show` the disagreements (corpus text goes to the terminal only,
 * never into the repository).
 *
 *   node --conditions=source --import tsx bench/bracket-verbs.ts [--windows 20000] [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classifyInsertion, compromise, holdsVerb, parseDocument } from '@gloss/document';

const { values } = parseArgs({
  options: { windows: { type: 'string', default: '20000' }, show: { type: 'boolean', default: false } },
});
const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const SEED = fileURLToPath(new URL('../corpus/amazon-ice-rekognition.txt', import.meta.url));
const FILES = [
  ['bbc-news', 'bbc-news/bbc-news.jsonl'],
  ['polnear', 'polnear/train.jsonl'],
  ['polnear', 'polnear/dev.jsonl'],
  ['basil', 'basil/basil.jsonl'],
  ['mbic', 'mbic/mbic.jsonl'],
] as const;

/** What brackets.ts asked compromise before (the reference). */
function compromiseHasVerb(words: string): boolean {
  const doc = compromise()(words);
  return doc.has('#Verb') && !doc.has('^#Adverb$');
}

function* articles(): Generator<{ corpus: string; text: string }> {
  yield { corpus: 'seed', text: readFileSync(SEED, 'utf8') };
  for (const [corpus, file] of FILES) {
    for (const line of readFileSync(DATA + file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') yield { corpus, text };
    }
  }
}

/** mulberry32: the same windows every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;

function main() {
  if (!existsSync(DATA)) {
    process.stderr.write(`bracket-verbs: no shared data at ${DATA}; nothing to measure\n`);
    process.exit(0);
  }
  const show = values.show;
  // 1 and 2: every bracketed span.
  let spans = 0;
  let wordsAgree = 0;
  let kinds = 0;
  let kindsAgree = 0;
  let asked = 0;
  let askedAgree = 0;
  const byCorpus = new Map<string, { spans: number; kindsAgree: number }>();
  const shown: string[] = [];
  for (const { corpus, text } of articles()) {
    if (!text.includes('[')) continue;
    const doc = parseDocument(text);
    for (const ins of doc.insertions) {
      const inner = text.slice(ins.inner[0], ins.inner[1]);
      const c = compromiseHasVerb(inner);
      const g = holdsVerb(inner);
      spans++;
      if (c === g) wordsAgree++;
      else if (show)
        shown.push(`span   compromise ${c ? 'verb' : '-   '} gloss ${g ? 'verb' : '-   '}  [${inner}]`);
      const block = doc.blocks[ins.block]!;
      let reached = false;
      const kc = classifyInsertion(text, ins.range, block, doc.quotes, (w) => {
        reached = true;
        return compromiseHasVerb(w);
      }).kind;
      const kg = classifyInsertion(text, ins.range, block, doc.quotes, holdsVerb).kind;
      if (kg !== ins.kind) throw new Error('parseDocument and classifyInsertion with holdsVerb disagree');
      kinds++;
      if (kc === kg) kindsAgree++;
      else if (show) shown.push(`kind   compromise ${kc} gloss ${kg}  [${inner}]`);
      if (reached) {
        asked++;
        if (c === g) askedAgree++;
      }
      const row = byCorpus.get(corpus) ?? { spans: 0, kindsAgree: 0 };
      row.spans++;
      if (kc === kg) row.kindsAgree++;
      byCorpus.set(corpus, row);
    }
  }
  // 3: windows of BBC sentences.
  const sentences: string[] = [];
  for (const line of readFileSync(`${DATA}bbc-news/bbc-news.jsonl`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = (JSON.parse(line) as { text: string }).text;
    for (const s of text.split(/(?<=[.!?]["”’]?)\s+/)) if (s.split(/\s+/).length >= 3) sentences.push(s);
  }
  const rnd = random(12);
  const total = Number(values.windows);
  let windowsAgree = 0;
  let cVerbs = 0;
  let gVerbs = 0;
  const bySize = Array.from({ length: 7 }, () => ({ n: 0, agree: 0 }));
  for (let k = 0; k < total; k++) {
    const words = sentences[Math.floor(rnd() * sentences.length)]!.split(/\s+/);
    const size = 1 + Math.floor(rnd() * 6);
    const from = Math.floor(rnd() * Math.max(1, words.length - size + 1));
    const w = words.slice(from, from + size).join(' ');
    const c = compromiseHasVerb(w);
    const g = holdsVerb(w);
    if (c) cVerbs++;
    if (g) gVerbs++;
    const n = Math.min(size, words.length);
    bySize[n]!.n++;
    if (c === g) {
      windowsAgree++;
      bySize[n]!.agree++;
    } else if (show)
      shown.push(`window compromise ${c ? 'verb' : '-   '} gloss ${g ? 'verb' : '-   '}  ${w}`);
  }
  if (show) process.stdout.write(`${shown.join('\n')}\n\n`);
  process.stdout.write(
    [
      `bracketed spans (seed and ${FILES.length} corpus files): ${spans}`,
      `  verb test agrees with compromise on their words: ${wordsAgree} (${pct(wordsAgree, spans)})`,
      `  of which the classifier asked the verb test: ${asked}, agreeing ${askedAgree} (${pct(askedAgree, asked)})`,
      `  insertion kind agrees: ${kindsAgree} of ${kinds} (${pct(kindsAgree, kinds)})`,
      ...[...byCorpus].map(([c, r]) => `    ${c}: ${r.kindsAgree} of ${r.spans}`),
      `windows of 1-6 words from BBC sentences: ${total}, agreeing ${windowsAgree} (${pct(windowsAgree, total)}); verbs: compromise ${cVerbs}, gloss ${gVerbs}`,
      ...bySize.flatMap((r, n) =>
        r.n === 0 ? [] : [`    ${n} word(s): ${r.agree} of ${r.n} (${pct(r.agree, r.n)})`],
      ),
      '',
    ].join('\n'),
  );
}

main();
