import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { countWords, loadHtmlReader, parseDocument, wordRanges } from '@gloss/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../src/files.ts';
import { globToRegExp } from '../src/glob.ts';
import { expandInputs, readRecords, type SourceRecord } from '../src/inputs.ts';
import {
  computeMetrics,
  fleschKincaidGrade,
  LINE_METRICS,
  METRIC_COLUMNS,
  measure,
  metricsJson,
  per100,
  syllables,
  wordsAndSyllables,
} from '../src/metrics.ts';
import { describeProgress, formatDuration } from '../src/progress.ts';
import { BYTES_PER_DEFAULT_WORKER, defaultJobs, parseShard } from '../src/run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-batch-unit-'));

async function collect(
  files: string[],
  want: (seq: number) => boolean = () => true,
): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of readRecords(expandInputs(files), { want })) out.push(r);
  return out;
}

describe('globs', () => {
  it.each([
    ['data/*.jsonl', 'data/a.jsonl', true],
    ['data/*.jsonl', 'data/sub/a.jsonl', false],
    ['data/**/*.txt', 'data/a.txt', true],
    ['data/**/*.txt', 'data/x/y/a.txt', true],
    ['data/*.{md,txt}', 'data/a.md', true],
    ['data/*.{md,txt}', 'data/a.html', false],
    ['data/a?.csv', 'data/a1.csv', true],
    ['data/[ab].txt', 'data/c.txt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('reading inputs', () => {
  it('streams JSONL (also gzipped) in order, skipping blank lines, carrying columns', async () => {
    const path = join(tmp, 'a.jsonl.gz');
    const lines = [
      JSON.stringify({ id: 7, text: 'One.', outlet: 'X' }),
      '',
      JSON.stringify({ text: 'Two.', date: '2024' }),
      'not json',
    ];
    // With a byte order mark, as some Windows tools write it.
    writeFileSync(path, gzipSync(`\ufeff${lines.join('\n')}`));
    const records = await collect([path]);
    expect(records.map((r) => r.id)).toEqual(['7', `${path}:3`, `${path}:4`]);
    expect(records[0]!.columns).toEqual({ outlet: 'X' });
    expect(records[0]!.payload).toEqual({ type: 'text', text: 'One.' });
    expect(records[2]!.payload).toEqual({ type: 'error', message: 'line 4 is not valid JSON' });
  });

  it('reads CSV with quoted newlines and reports a malformed record as an error row', async () => {
    const path = join(tmp, 'b.csv');
    writeFileSync(
      path,
      'id,source,text\nr1,A,"Line one.\n\nLine two, with ""quotes""."\nr2,B,"unterminated\n',
    );
    const records = await collect([path]);
    expect(records[0]!.id).toBe('r1');
    expect(records[0]!.payload).toEqual({ type: 'text', text: 'Line one.\n\nLine two, with "quotes".' });
    expect(records[0]!.columns).toEqual({ source: 'A' });
    expect(records.length).toBe(2);
    expect(records[1]!.payload?.type).toBe('error');
  });

  it('counts records it does not want without reading them (shards, resume)', async () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b.txt'), 'Bee.');
    writeFileSync(join(dir, 'a.md'), 'Ay.');
    writeFileSync(join(dir, 'sub', 'c.html'), '<p>See.</p>');
    writeFileSync(join(dir, 'skip.pdf'), '%PDF');
    const records = await collect([dir], (seq) => seq % 2 === 1);
    expect(records.map((r) => [r.seq, r.id, r.payload?.type ?? null])).toEqual([
      [0, join(dir, 'a.md'), null],
      [1, join(dir, 'b.txt'), 'bytes'],
      [2, join(dir, 'sub', 'c.html'), null],
    ]);
  });

  it('refuses inputs that do not exist, in one line', () => {
    expect(() => expandInputs([join(tmp, 'nope')])).toThrow(/no such file or folder/);
    expect(() => expandInputs([join(tmp, '*.nothing')])).toThrow(/no input files match/);
  });
});

describe('measures', () => {
  it('counts syllables the usual way', () => {
    expect(['cat', 'table', 'reporter', 'editorial', 'the', 'announced'].map((w) => syllables(w))).toEqual([
      1, 2, 3, 4, 1, 2,
    ]);
  });

  it('computes the Flesch-Kincaid grade', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(fleschKincaidGrade('The cat sat on the mat.', 1)).toBe(-1.45);
    expect(fleschKincaidGrade('   ', 0)).toBeNull();
  });

  it('counts the same words as @gloss/document, on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '9',
      'é',
      '\u0301',
      '𝒜',
      '’',
      "'",
      '.',
      '-',
      '‐',
      ' ',
      '\n',
      ',',
      '"',
      '\ud800',
      '日',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: pieces })), (text) => {
        expect(wordsAndSyllables(text).words).toBe(countWords(text));
      }),
      { numRuns: 2000 },
    );
    const text = "It's a well-known 3.5% rise — the giant’s face-scanning tool, 'they said'. Café naïve 日本";
    const syl = wordRanges(text).reduce((n, [s, e]) => n + syllables(text, s, e), 0);
    expect(wordsAndSyllables(text)).toEqual({ words: countWords(text), syllables: syl });
  });

  it('gives rates per 100 words, null without words', () => {
    expect(per100(3, 150)).toBe(2);
    expect(per100(1, 3)).toBe(33.3333);
    expect(per100(0, 0)).toBeNull();
  });

  it('names every column once and points every rate at existing columns', () => {
    const names = METRIC_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of METRIC_COLUMNS) {
      if (c.type.kind === 'rate') {
        expect(names).toContain(c.type.count);
        expect(names).toContain(c.type.words);
      }
    }
  });

  const seed = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');
  it.each([
    ['the seed (insertions, quotes, an editorial layer)', seed],
    [
      'reporter prose only: the editorial rates are null',
      'Officials said the plan was approved. It will cost $4m.',
    ],
    ['no words at all: every rate is null', '— … —'],
  ])('writes the measures of %s as JSON.stringify writes them, in the line order', (_, text) => {
    const doc = parseDocument(text);
    const analysis = analyzeDocument(doc);
    const json = metricsJson(measure(doc, analysis).values);
    const { metrics, categories } = computeMetrics(doc, analysis);
    expect(json).toBe(JSON.stringify(metrics));
    expect(Object.keys(JSON.parse(json))).toEqual(LINE_METRICS);
    expect(metrics.words).toBe(countWords(text));
    expect(metrics.insertions).toBe(doc.insertions.length);
    expect(metrics.findings).toBe(analysis.findings.length);
    expect(Object.values(categories).reduce((a, b) => a + b, 0)).toBe(analysis.findings.length);
    expect(metrics.layer_editorial_per100 === null).toBe(doc.layers.editorial.words === 0);
    expect(metrics.findings_per100 === null).toBe(countWords(text) === 0);
  });

  it('keeps the order documents.jsonl has always had: the expected wording after findings_per100', () => {
    expect([...LINE_METRICS].sort()).toEqual(METRIC_COLUMNS.map((c) => c.name).sort());
    const at = LINE_METRICS.indexOf('findings_per100');
    expect(LINE_METRICS.slice(at, at + 4)).toEqual([
      'findings_per100',
      'wording_expected',
      'wording_expected_per100',
      'wording',
    ]);
  });
});

describe('small pieces', () => {
  it('quotes CSV fields only when needed', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', null, 1.5, 'line\nbreak'])).toBe(
      'a,"b,c","say ""hi""",,1.5,"line\nbreak"\n',
    );
    expect(csvField(' padded')).toBe('" padded"');
    // Spreadsheet formulas are neutralised; numbers are not.
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1 (555) 0100')).toBe("'+1 (555) 0100");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('+2.5e3')).toBe('+2.5e3');
    expect(csvField('- a dash')).toBe("'- a dash");
  });

  it('reduces an HTML page to its article paragraphs', async () => {
    const { htmlToText } = await loadHtmlReader();
    const text = htmlToText(
      '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><article><p>First paragraph of the story, long enough to count.</p><p>Second <b>one</b>.</p></article></body></html>',
    );
    expect(text).not.toContain('p{}');
    expect(text).toContain('First paragraph of the story, long enough to count.\n\nSecond one.');
  });

  it('parses --shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow(/between 1 and N/);
    expect(() => parseShard('x')).toThrow(/K\/N/);
    expect(() => parseShard('4/2')).toThrow(/between 1 and N/);
    expect(() => parseShard('1.5/2')).toThrow(/K\/N/);
    // Numbers past 2^53 are not exact: such a shard would silently pick nothing.
    expect(() => parseShard('99999999999999999999/99999999999999999999')).toThrow(/N must be at most/);
    expect(() => parseShard('1/10000001')).toThrow(/N must be at most 10,000,000/);
    expect(parseShard('10000000/10000000')).toEqual({ index: 10_000_000, count: 10_000_000 });
  });

  it('starts one worker per core by default, but none that a small input would leave mostly warming up', () => {
    const mb = 1024 * 1024;
    const file = (bytes: number, gzip = false) => ({ bytes, gzip });
    expect(BYTES_PER_DEFAULT_WORKER).toBe(8 * mb);
    // The BBC corpus (5 MB): one worker, whatever the cores.
    expect(defaultJobs([file(5 * mb)], null, 2)).toBe(1);
    expect(defaultJobs([file(5 * mb)], null, 16)).toBe(1);
    // Ten times that: every core of a 2-core machine, seven of sixteen.
    expect(defaultJobs([file(50 * mb)], null, 2)).toBe(2);
    expect(defaultJobs([file(50 * mb)], null, 16)).toBe(7);
    // Inputs add up; gzip counts four times its size; a shard analyses its share.
    expect(defaultJobs([file(5 * mb), file(5 * mb)], null, 4)).toBe(2);
    expect(defaultJobs([file(5 * mb, true)], null, 4)).toBe(3);
    expect(defaultJobs([file(50 * mb)], { index: 1, count: 10 }, 16)).toBe(1);
    expect(defaultJobs([file(0)], null, 2)).toBe(1);
  });

  it('describes progress with rate and ETA', () => {
    const { fraction, text } = describeProgress(
      { documents: 1000, errors: 2, textBytes: 2_000_000, readBytes: 250, inputBytes: 1000 },
      10,
    );
    expect(fraction).toBe(0.25);
    expect(text).toBe('1,000 docs (2 errors)  100 docs/s  0.20 MB/s  ETA 00:30');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('reading documents.jsonl lines without their analysis', () => {
  it('returns every member before `analysis`, whatever the strings hold', async () => {
    const { parseHead } = await import('../src/line.ts');
    const line = {
      id: 'a"b}',
      input: { file: 'x,"analysis":{', line: 3 },
      columns: { analysis: 'not this one', n: [1, { x: '}]' }] },
      error: null,
      metrics: { words: 3, rate: 0.5, none: null },
      categories: { c: 1 },
      analysis: { findings: [{ actual: '"analysis":' }] },
    };
    expect(parseHead(JSON.stringify(line))).toEqual({ ...line, analysis: null });
    expect(parseHead(JSON.stringify({ id: 'x', error: 'bad' }))).toEqual({ id: 'x', error: 'bad' });
  });

  it('decodes only the bytes before the analysis when it can, and agrees with the full scan', async () => {
    const { decodeHead: headOf, parseHead } = await import('../src/line.ts');
    const lines = [
      {
        id: 'é',
        columns: { n: 1, analysis: 2 },
        error: null,
        metrics: { words: 1 },
        categories: {},
        analysis: {},
      },
      { id: 'x', columns: {}, error: 'bad', metrics: null, categories: null, analysis: null },
      {
        id: 'y',
        columns: { analysis: { analysis: 1 } },
        error: null,
        metrics: {},
        categories: {},
        analysis: { a: 1 },
      },
    ];
    for (const line of lines) {
      const text = JSON.stringify(line);
      expect(headOf(Buffer.from(text))).toEqual(parseHead(text));
      expect(headOf(Buffer.from(text))).toEqual({ ...line, analysis: null });
    }
  });
});
