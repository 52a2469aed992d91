import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyzeDocument, toAnalysisRecord } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runGloss } from '../../../tests/gloss-binary.ts';

const corpus = fileURLToPath(new URL('../../../../shared/data/bbc-news/bbc-news.jsonl', import.meta.url));
const present = existsSync(corpus);

describe.skipIf(!present)(
  'gloss batch on the BBC News corpus (skipped: ../shared/data/bbc-news absent)',
  () => {
    it('agrees with toAnalysisRecord document by document, in CSV, Parquet and DuckDB', async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'gloss-bbc-'));
      // The first 300 articles (a temp file outside the repository), to keep the suite fast.
      const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, 300);
      const input = join(tmp, 'bbc-300.jsonl');
      writeFileSync(input, `${lines.join('\n')}\n`);
      const out = join(tmp, 'run');
      const db = join(tmp, 'run.duckdb');
      const r = runGloss(['batch', input, '--out', out, '--db', db, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      const written = readFileSync(join(out, 'documents.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(written).toHaveLength(300);
      const rows = parseCsv(readFileSync(join(out, 'documents.csv')), { columns: true }) as Record<
        string,
        string
      >[];
      let findings = 0;
      for (const [i, line] of lines.entries()) {
        const source = JSON.parse(line) as { id: string; source: string; title: string; text: string };
        const doc = parseDocument(source.text);
        const expected = JSON.parse(
          JSON.stringify(toAnalysisRecord(doc, analyzeDocument(doc), { includeText: false })),
        );
        const got = written[i];
        expect(got.id).toBe(source.id);
        expect(got.columns).toEqual({ source: source.source, title: source.title });
        expect(got.analysis).toEqual(expected);
        expect(Number(rows[i]!.findings)).toBe(expected.findings.length);
        expect(Number(rows[i]!.quotes)).toBe(expected.quotes.length);
        expect(Number(rows[i]!.layer_wire_words)).toBe(expected.layers.wire.words);
        findings += expected.findings.length;
      }
      const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      const [counts] = (
        await connection.runAndReadAll(
          'select (select count(*) from documents) as d, (select count(*) from findings) as f, (select sum(findings) from documents) as s, (select documents from outlets where outlet = $$(all)$$) as o',
        )
      ).getRowObjectsJS() as { d: bigint; f: bigint; s: bigint; o: bigint }[];
      connection.closeSync();
      instance.closeSync();
      expect([Number(counts!.d), Number(counts!.f), Number(counts!.s), Number(counts!.o)]).toEqual([
        300,
        findings,
        findings,
        300,
      ]);
    }, 300_000);
  },
);
