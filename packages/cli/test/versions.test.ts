/**
 * `gloss versions` end to end, through the real binary: a JSONL corpus of hand-written stories
 * (one wire story in three versions, an unrelated story, two articles sharing only boilerplate,
 * a broken line), every output file, the DuckDB tables, the HTML pages, and usage errors.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OTHER_STORY,
  UNRELATED_1,
  UNRELATED_2,
  VERSION_A,
  VERSION_B,
  WIRE,
} from '../../compare/test/versions-fixtures.ts';
import { runGloss } from '../../../tests/gloss-binary.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-versions-'));
const corpus = join(tmp, 'corpus.jsonl');
const out = join(tmp, 'run');
const db = join(tmp, 'run.duckdb');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gloss versions', () => {
  let json: Record<string, unknown> & {
    schema: string;
    counts: Record<string, number>;
    clusters: {
      id: string;
      size: number;
      reference: { id: string; basis: string; why: string };
      versions: {
        id: string;
        outlet: string;
        columns: Record<string, unknown>;
        profile: Record<string, unknown>;
      }[];
    }[];
    outlets: { outlet: string; versions: number; references: number }[];
    errors: { id: string; error: string }[];
  };
  beforeAll(() => {
    const rows = [
      { id: 'u1', outlet: 'Riverside Post', date: '2026-01-01', text: UNRELATED_1 },
      {
        id: 'a',
        outlet: 'Riverside Post',
        date: '2026-01-03',
        url: 'https://example.org/a',
        text: VERSION_A,
      },
      { id: 'other', outlet: 'Daily Ledger', date: '2026-01-02', text: OTHER_STORY },
      { id: 'wire', outlet: 'Associated Press', date: '2026-01-02', text: WIRE },
      { id: 'u2', outlet: 'Riverside Post', date: '2026-01-04', text: UNRELATED_2 },
      { id: 'b', outlet: 'Daily Ledger', date: '2026-01-03', text: VERSION_B },
      { id: 'empty', outlet: 'Daily Ledger', text: '' },
    ];
    writeFileSync(corpus, `${rows.map((r) => JSON.stringify(r)).join('\n')}\nnot json\n`);
    const r = runGloss(['versions', corpus, '--out', out, '--db', db, '--html', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote');
    json = JSON.parse(r.stdout);
  }, 120_000);

  it('prints gloss.versions/1 with one story, its reference and why, and the unreadable records', () => {
    expect(json.schema).toBe('gloss.versions/1');
    expect(json.counts).toEqual({ documents: 8, errors: 2, clusters: 1, clustered: 3, singletons: 3 });
    const [c] = json.clusters;
    expect(c!.reference).toMatchObject({ id: 'wire', basis: 'agency-outlet' });
    expect(c!.reference.why).toContain('news agency');
    expect(c!.versions.map((v) => v.id)).toEqual(['a', 'b']);
    expect(c!.versions[0]!.columns.url).toBe('https://example.org/a');
    expect(c!.versions[0]!.profile).toMatchObject({ cutsSilent: 1, silentChanges: 1, bracketed: 1 });
    expect(c!.versions[1]!.profile).toMatchObject({
      cutsElided: 1,
      addedSentences: 2,
      headlineChanged: true,
    });
    expect(json.outlets.map((o) => [o.outlet, o.versions, o.references])).toEqual([
      ['Associated Press', 0, 1],
      ['Daily Ledger', 1, 0],
      ['Riverside Post', 1, 0],
    ]);
    expect(json.errors.map((e) => e.id).sort()).toEqual([`${corpus}:8`, 'empty'].sort());
  });

  it('writes the tables, the manifest and one HTML page per story', async () => {
    const clusters = readFileSync(join(out, 'clusters.jsonl'), 'utf8').trim().split('\n');
    expect(clusters).toHaveLength(1);
    expect(JSON.parse(clusters[0]!).members).toEqual(['wire', 'a', 'b']);
    const versions = readFileSync(join(out, 'versions.csv'), 'utf8').trim().split('\n');
    expect(versions[0]).toMatch(/^cluster,id,outlet,date,role,reference_id,reference_basis,words,/);
    expect(versions.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'c1,wire,Associated Press,2026-01-02,reference',
      'c1,a,Riverside Post,2026-01-03,version',
      'c1,b,Daily Ledger,2026-01-03,version',
    ]);
    expect(readFileSync(join(out, 'outlets.csv'), 'utf8').split('\n')[0]).toMatch(
      /^outlet,versions,references,kept_share_median,/,
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      ['clusters.jsonl', 'edits.parquet', 'outlets.csv', 'versions.csv', 'versions.parquet'].sort(),
    );
    expect(manifest.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(out, 'html', 'c1.html'))).toBe(true);
    expect(readFileSync(join(out, 'html', 'c1.html'), 'utf8')).toContain(
      '<h2 id="v1-h">1. Riverside Post beside the reference</h2>',
    );

    const instance = await DuckDBInstance.create(db);
    const connection = await instance.connect();
    try {
      const q = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjects();
      expect(await q('select count(*)::integer as n from versions')).toEqual([{ n: 3 }]);
      expect(await q('select count(*)::integer as n from clusters')).toEqual([{ n: 1 }]);
      const edits = await q(
        "select class, count(*)::integer as n from edits where version_id = 'a' group by 1 order by 1",
      );
      expect(edits).toEqual([
        { class: 'added', n: 1 },
        { class: 'bracketed', n: 1 },
        { class: 'credit', n: 1 },
        { class: 'cut-silent', n: 1 },
        { class: 'silent-change', n: 1 },
      ]);
      const bracketed = await q("select version_text from edits where class = 'bracketed'");
      expect(bracketed).toEqual([{ version_text: '[NOTE: the harbour flooded twice last year]' }]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('prints the clusters and the outlets on a terminal', () => {
    const r = runGloss(['versions', corpus, '--format', 'pretty']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Gloss versions');
    expect(r.stdout).toMatch(/── c1 City council approves flood defence plan \(3 versions\)/);
    expect(r.stdout).toContain('reference: Associated Press');
    expect(r.stdout).toMatch(/Riverside Post\s+kept/);
  });

  it.each([
    [[], /give INPUT files/],
    [[corpus, '--db', join(tmp, 'x.duckdb')], /--db and --html need --out DIR/],
    [[join(tmp, 'missing.jsonl')], /no such file or folder/],
    [[corpus, '--format', 'xml'], /unknown --format xml/],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const r = runGloss(['versions', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
