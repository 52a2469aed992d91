import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyzeDocument, toAnalysisRecord } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { SLOT_BYTES } from '../src/protocol.ts';
import { makeArticle } from './corpus.ts';
import { readJsonl, glossIn } from './harness.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-batch-'));

const gloss = (args: string[]) => glossIn(tmp, args);

async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, db === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('gloss batch over mixed inputs and broken documents', () => {
  const dir = join(tmp, 'mixed');
  const out = join(tmp, 'mixed-out');
  const db = join(tmp, 'mixed.duckdb');
  let run: ReturnType<typeof gloss>;
  const texts = new Map<string, string>();
  beforeAll(() => {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    const put = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
    texts.set(join(dir, 'a.txt'), makeArticle(1));
    put('a.txt', makeArticle(1));
    texts.set(join(dir, 'b.md'), makeArticle(2));
    put('b.md', makeArticle(2));
    put('c.txt.gz', gzipSync(makeArticle(3)));
    texts.set(join(dir, 'c.txt.gz'), makeArticle(3));
    // Its line is longer than a batch's slot of shared memory, so the worker goes on in its own.
    const long = Array.from({ length: 300 }, (_, i) => makeArticle(100 + i)).join('\n');
    texts.set(join(dir, 'long.txt'), long);
    put('long.txt', long);
    const paras = makeArticle(4)
      .trim()
      .split('\n\n')
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    put(
      'nested/page.html',
      `<!doctype html><html><head><title>Story four</title><script>alert(1)</script></head><body><nav><a href="/">Home</a></nav><article><h1>Story four</h1>${paras.join('')}</article><footer>© Example</footer></body></html>`,
    );
    put('nested/empty.txt', '');
    put('nested/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]));
    put(
      'nested/latin1.txt',
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' society met today.\n')]),
    );
    put('nested/huge.txt', `${'word '.repeat(1_800_000)}\n`);
    put('notes.pdf', 'not an input by extension');
    const jsonl = [
      JSON.stringify({ id: 'j1', outlet: 'Daily A', date: '2024-01-02', text: makeArticle(5) }),
      '',
      JSON.stringify({ id: 'j2', outlet: 'Daily B', text: makeArticle(6), extra: { nested: true } }),
      '{"id": "j3", "outlet": "Daily A", "text": ',
      JSON.stringify({ id: 'j4', outlet: 'Daily A', text: '   ' }),
      JSON.stringify({ id: 'j5', outlet: 'Daily B', body: 'no text field' }),
      JSON.stringify({ id: 'j6', outlet: 'Daily A', text: makeArticle(7) }),
    ].join('\n');
    put('feed.jsonl.gz', gzipSync(jsonl));
    put(
      'sheet.csv',
      `id,outlet,text\nc1,Daily B,"${makeArticle(8).replace(/"/g, '""')}"\nc2,Daily C,"${makeArticle(9).replace(/"/g, '""')}"\n`,
    );
    run = gloss(['batch', dir, '--out', out, '--db', db, '--jobs', '2']);
  });

  it('finishes with exit 0, one row per document and an error row per broken one', () => {
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(run.code).toBe(0);
    const lines = readJsonl(join(out, 'documents.jsonl'));
    const ids = lines.map((l) => l.id);
    // Folder walk order: sorted paths; records of one file in file order; the blank line skipped.
    expect(ids).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.md'),
      join(dir, 'c.txt.gz'),
      'j1',
      'j2',
      `${join(dir, 'feed.jsonl.gz')}:4`,
      'j4',
      'j5',
      'j6',
      join(dir, 'long.txt'),
      join(dir, 'nested/binary.txt'),
      join(dir, 'nested/empty.txt'),
      join(dir, 'nested/huge.txt'),
      join(dir, 'nested/latin1.txt'),
      join(dir, 'nested/page.html'),
      'c1',
      'c2',
    ]);
    const longLine = readFileSync(join(out, 'documents.jsonl'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`{"id":${JSON.stringify(join(dir, 'long.txt'))}`))!;
    expect(Buffer.byteLength(longLine)).toBeGreaterThan(SLOT_BYTES);
    const errorOf = new Map(lines.map((l) => [l.id, l.error]));
    expect(errorOf.get(join(dir, 'nested/binary.txt'))).toMatch(/binary/);
    expect(errorOf.get(join(dir, 'nested/empty.txt'))).toMatch(/empty/);
    expect(errorOf.get(join(dir, 'nested/huge.txt'))).toMatch(/limit is 8 MB/);
    expect(errorOf.get(join(dir, 'nested/latin1.txt'))).toMatch(/UTF-8/);
    expect(errorOf.get(`${join(dir, 'feed.jsonl.gz')}:4`)).toMatch(/not valid JSON/);
    expect(errorOf.get('j4')).toMatch(/empty/);
    expect(errorOf.get('j5')).toMatch(/no "text"/);
    for (const id of ['j1', 'j2', 'j6', 'c1', 'c2', join(dir, 'a.txt'), join(dir, 'nested/page.html')]) {
      expect(errorOf.get(id), id).toBeNull();
    }
    expect(lines.find((l) => l.id === 'j2')!.columns).toEqual({ outlet: 'Daily B', extra: { nested: true } });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ documents: 17, errors: 7, analysed: 10 });
    expect(manifest.columns.outlet).toBe('outlet');
    expect(manifest.inputs).toHaveLength(11);
    for (const input of manifest.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.ruleSet.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(out, '.gloss-partial'))).toBe(false);
  });

  it('writes the same analysis as toAnalysisRecord, document by document, and counts that agree', () => {
    const lines = readJsonl(join(out, 'documents.jsonl'));
    for (const [path, text] of texts) {
      const line = lines.find((l) => l.id === path)!;
      const doc = parseDocument(text);
      const expected = JSON.parse(
        JSON.stringify(toAnalysisRecord(doc, analyzeDocument(doc), { includeText: false })),
      );
      expect(line.analysis).toEqual(expected);
      expect(line.metrics!.findings).toBe(expected.findings.length);
      expect(line.metrics!.insertions).toBe(expected.insertions.length);
      expect(line.metrics!.elisions).toBe(expected.elisions.length);
      expect(line.metrics!.quotes).toBe(expected.quotes.length);
      expect(line.metrics!.layer_wire_words).toBe(expected.summary.byLayer.wire.words);
    }
    // And the same as `gloss analyze --format json` prints for the file, text aside.
    const analyze = gloss(['analyze', join(dir, 'a.txt'), '--format', 'json']);
    expect(analyze.code, analyze.stderr).toBe(0);
    const printed = JSON.parse(analyze.stdout);
    delete printed.text;
    delete printed.layers.wire.text;
    expect(lines.find((l) => l.id === join(dir, 'a.txt'))!.analysis).toEqual(printed);
    // The HTML page was reduced to its article: no script, no navigation, the paragraphs kept.
    const html = lines.find((l) => l.id.endsWith('page.html'))!;
    expect(html.metrics!.words).toBeGreaterThan(30);
  });

  it('writes a CSV any parser reads, with one row per document and the carried columns', () => {
    const rows = parseCsv(readFileSync(join(out, 'documents.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const lines = readJsonl(join(out, 'documents.jsonl'));
    expect(rows).toHaveLength(lines.length);
    // Carried columns in first-seen order (j5's `body` too), then the error column and the measures.
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual([
      'id',
      'outlet',
      'date',
      'extra',
      'body',
      'error',
      'words',
    ]);
    for (const [i, row] of rows.entries()) {
      const line = lines[i]!;
      expect(row.id).toBe(line.id);
      expect(row.error).toBe(line.error ?? '');
      if (line.metrics) {
        expect(Number(row.findings)).toBe(line.metrics.findings);
        expect(Number(row.words)).toBe(line.metrics.words);
      } else expect(row.findings).toBe('');
    }
    expect(rows.find((r) => r.id === 'j2')!.extra).toBe('{"nested":true}');
    const outlets = parseCsv(readFileSync(join(out, 'outlets.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(outlets.map((o) => o.outlet)).toEqual(['(all)', '(none)', 'Daily A', 'Daily B', 'Daily C']);
    const all = outlets[0]!;
    expect(Number(all.documents)).toBe(17);
    const ok = lines.filter((l) => l.metrics);
    const words = ok.reduce((n, l) => n + l.metrics!.words!, 0);
    const findings = ok.reduce((n, l) => n + l.metrics!.findings!, 0);
    expect(Number(all.words)).toBe(words);
    expect(Number(all.findings)).toBe(findings);
    expect(Number(all.findings_per100_words)).toBeCloseTo((100 * findings) / words, 3);
    const rates = ok.map((l) => l.metrics!.findings_per100!);
    expect(Number(all.findings_per100_doc)).toBeCloseTo(rates.reduce((a, b) => a + b, 0) / rates.length, 3);
  });

  it('writes a DuckDB file and a Parquet file with the same rows', async () => {
    const lines = readJsonl(join(out, 'documents.jsonl'));
    const [docs] = await query(db, 'select count(*) as n, sum(findings) as f from documents');
    expect(docs!.n).toBe(BigInt(lines.length));
    const findings = lines.reduce((n, l) => n + ((l.analysis?.findings as unknown[]) ?? []).length, 0);
    expect(Number(docs!.f)).toBe(findings);
    const [f] = await query(db, 'select count(*) as n from findings');
    expect(Number(f!.n)).toBe(findings);
    const [o] = await query(db, "select documents from outlets where outlet = '(all)'");
    expect(Number(o!.documents)).toBe(lines.length);
    const [p] = await query(
      ':memory:',
      `select count(*) as n from read_parquet('${join(out, 'documents.parquet')}')`,
    );
    expect(Number(p!.n)).toBe(lines.length);
  });

  it('refuses to overwrite a finished run, and --resume on it does nothing', () => {
    const again = gloss(['batch', dir, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^gloss: .*already holds results/);
    const resumed = gloss(['batch', dir, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/already finished/);
  });

  it('gives one clear line for usage errors', () => {
    expect(gloss(['batch', join(tmp, 'missing-folder'), '--out', join(tmp, 'x')]).stderr).toMatch(
      /^gloss: cannot read .*missing-folder: no such file or folder\n$/,
    );
    expect(gloss(['batch', dir]).stderr).toMatch(/--out DIR is required/);
    expect(gloss(['batch', dir, '--out', join(tmp, 'y'), '--shard', '3/2']).code).toBe(2);
    expect(gloss(['batch', dir, '--out', join(tmp, 'z'), '--frobnicate']).stderr).toMatch(
      /^gloss: batch: unknown option --frobnicate[;( ]/,
    );
  });

  it('turns a document over the time limit into an error row and goes on (its batch is retried document by document)', () => {
    const slow = join(tmp, 'slow');
    mkdirSync(slow);
    const seed = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(slow, name), seed);
    const out = join(tmp, 'slow-out');
    // 10 ms: no fresh worker analyses the seed (brackets, so compromise loads) that fast.
    const r = gloss(['batch', slow, '--out', out, '--timeout', '0.01', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const lines = readJsonl(join(out, 'documents.jsonl'));
    expect(lines.map((l) => l.id)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((n) => join(slow, n)));
    for (const line of lines) expect(line.error).toBe('analysis took longer than 0.01 s; skipped');
    // JSONL lines are parsed in the workers; when a line's batch fails, its error row still has its
    // id and columns.
    const feed = join(tmp, 'slow.jsonl');
    const text = seed.toString('utf8');
    writeFileSync(
      feed,
      `${JSON.stringify({ id: 's1', outlet: 'Daily A', text })}\n${JSON.stringify({ id: 's2', outlet: 'Daily B', text })}\n`,
    );
    const feedOut = join(tmp, 'slow-feed-out');
    const f = gloss(['batch', feed, '--out', feedOut, '--timeout', '0.01', '-q']);
    expect(f.code, f.stderr).toBe(0);
    const rows = readJsonl(join(feedOut, 'documents.jsonl'));
    expect(rows.map((l) => [l.id, l.columns, l.error])).toEqual([
      ['s1', { outlet: 'Daily A' }, 'analysis took longer than 0.01 s; skipped'],
      ['s2', { outlet: 'Daily B' }, 'analysis took longer than 0.01 s; skipped'],
    ]);
    expect(readFileSync(join(feedOut, 'documents.csv'), 'utf8')).toMatch(/^id,outlet,error,/);
  });

  it('takes -o DIR as --out DIR, as its help says', () => {
    const out = join(tmp, 'short-o');
    const r = gloss(['batch', dir, '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(true);
  });
});
