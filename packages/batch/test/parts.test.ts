/**
 * The parts of a batch run, each on its own without starting a process: the line codec, the
 * unique ids, the ordered writer with its checkpoints, and the dispatcher (driving the worker's
 * own `handle` in this thread).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, type BatchMeta } from '../src/dispatch.ts';
import { BufferedFile, sha256 } from '../src/files.ts';
import { FingerprintSet, UniqueIds } from '../src/ids.ts';
import { expandInputs, ReadTracker, readRecords } from '../src/inputs.ts';
import {
  decodeHead,
  encodeHead,
  encodeLine,
  errorLine,
  lineIds,
  renameLine,
  renameLineBytes,
} from '../src/line.ts';
import { changedInput, openRun, type RunState, runPaths } from '../src/open.ts';
import type { WorkResult } from '../src/protocol.ts';
import { runBatch } from '../src/run.ts';
import handle from '../src/worker.ts';
import { OrderedWriter, uniqueLines } from '../src/writer.ts';
import { makeArticle } from './corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-batch-parts-'));

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 3 }),
  ),
})).value;
// Strings that look like the line's own members, to tempt a decoder that searches for them.
const tricky = fc.oneof(fc.string(), fc.constantFrom(',"analysis":', '"}', '\\', '\u2028', '"idGiven":"x"'));

describe('the documents.jsonl line', () => {
  it('decodes the head of every line it encodes (round trip)', () => {
    fc.assert(
      fc.property(
        tricky,
        tricky,
        fc.option(fc.nat(), { nil: undefined }),
        fc.dictionary(tricky, json, { maxKeys: 4 }),
        fc.option(tricky, { nil: null }),
        json,
        (id, file, line, columns, error, analysis) => {
          const input = line === undefined ? { file } : { file, line };
          const head = encodeHead({ id, input, columns });
          const metrics = error === null ? { words: 3, findings_per100: 0.5 } : null;
          const categories = error === null ? { sourcing: 1 } : null;
          const text = encodeLine(head, { error, metrics, categories, analysis });
          expect(text.endsWith('}\n')).toBe(true);
          const decoded = decodeHead(Buffer.from(text.slice(0, -1)));
          const expected = JSON.parse(JSON.stringify({ id, input, columns, error, metrics, categories }));
          expect(decoded).toEqual({ ...expected, analysis: null });
          // A renamed line keeps everything but its id, and says which id it was given.
          const renamed = renameLine(text, `${id}#2`, id);
          expect(lineIds(renamed)).toEqual({ id: `${id}#2`, given: id });
          expect(JSON.parse(renamed)).toEqual({ ...JSON.parse(text), id: `${id}#2`, idGiven: id });
          expect(renameLine(renamed, id, id)).toBe(text);
          expect(lineIds(text)).toEqual({ id, given: id });
          // The same renaming on the line's bytes, without decoding it.
          for (const [from, to, given] of [
            [text, `${id}#2`, id],
            [renamed, id, id],
            [renamed, `${id}#3`, id],
          ] as const) {
            const bytes = Buffer.from(from);
            const { head, restAt } = renameLineBytes(bytes, to, given);
            expect(Buffer.concat([head, bytes.subarray(restAt)]).toString('utf8')).toBe(
              renameLine(from, to, given),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes an error row with every measure empty', () => {
    const head = encodeHead({ id: 'a', input: { file: 'f', line: 2 }, columns: { outlet: 'X' } });
    expect(errorLine(head, 'bad')).toBe(
      '{"id":"a","input":{"file":"f","line":2},"columns":{"outlet":"X"},"error":"bad","metrics":null,"categories":null,"analysis":null}\n',
    );
  });
});

describe('unique ids', () => {
  it('keeps the first id and suffixes repeats with the first free #k, in order', () => {
    const ids = new UniqueIds();
    expect(['a', 'b', 'a', 'a#2', 'a', 'b', 'a#3'].map((id) => ids.assign(id))).toEqual([
      'a',
      'b',
      'a#2',
      'a#2#2',
      'a#3',
      'b#2',
      'a#3#2',
    ]);
    expect(ids.renamed).toBe(5);
    expect(ids.firstRenamed).toBe('a');
  });

  it('remembers a million ids by fingerprint', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 1_000_000; i++) set.add(`doc-${i}`);
    expect(set.size).toBe(1_000_000);
    expect(set.has('doc-999999')).toBe(true);
    expect(set.has('doc-1000000')).toBe(false);
    expect(set.add('doc-5')).toBe(false);
  });

  it('rewrites only the lines of repeated ids in a batch', () => {
    const lines = ['a', 'b', 'a'].map((id) =>
      errorLine(encodeHead({ id, input: { file: 'f' }, columns: {} }), 'x'),
    );
    const bytes = Buffer.from(lines.join(''));
    const batch = {
      first: 0,
      count: 3,
      lines: bytes,
      errors: 3,
      columns: [],
      ids: ['a', 'b', 'a'],
      sizes: lines.map((l) => Buffer.byteLength(l)),
      meta: null,
    };
    const out = Buffer.concat(uniqueLines(batch, new UniqueIds())).toString('utf8').split('\n');
    expect(out.slice(0, 3).map((l) => lineIds(l))).toEqual([
      { id: 'a', given: 'a' },
      { id: 'b', given: 'b' },
      { id: 'a#2', given: 'a' },
    ]);
    const fresh = new UniqueIds();
    const same = uniqueLines({ ...batch, ids: ['x', 'y', 'z'] }, fresh);
    expect(same).toHaveLength(1);
    expect(same[0]).toBe(bytes);
  });
});

describe('the ordered writer', () => {
  it('writes batches in input order whatever order they finish in, and checkpoints whole lines', async () => {
    const path = join(tmp, 'ordered.jsonl');
    const checkpointPath = join(tmp, 'ordered-checkpoint.json');
    const writer = new OrderedWriter<null>({
      out: new BufferedFile(path, 'w'),
      checkpointPath,
      from: { done: 0, bytes: 0, errors: 0 },
      read: () => ({ files: 0, sha256: 'h', current: { path: 'in.jsonl', bytes: 10, sha256: 'h' } }),
    });
    const batch = (first: number, ids: string[], errors = 0) => {
      const lines = ids.map((id) =>
        errorLine(encodeHead({ id, input: { file: 'f' }, columns: { c: 1 } }), 'e'),
      );
      return {
        first,
        count: ids.length,
        lines: Buffer.from(lines.join('')),
        errors,
        columns: ['c'],
        ids,
        sizes: lines.map((l) => Buffer.byteLength(l)),
        meta: null,
      };
    };
    expect(writer.add(batch(2, ['c', 'd'], 1))).toEqual([]);
    expect(writer.waiting).toBe(1);
    expect(writer.add(batch(4, ['e']))).toEqual([]);
    const written = writer.add(batch(0, ['a', 'b']));
    expect(written.map((b) => b.first)).toEqual([0, 2, 4]);
    expect(writer.next).toBe(5);
    expect(writer.errors).toBe(1);
    await writer.finish();
    await writer.close();
    const text = readFileSync(path, 'utf8');
    expect(
      text
        .split('\n')
        .slice(0, 5)
        .map((l) => lineIds(l).id),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(JSON.parse(readFileSync(checkpointPath, 'utf8'))).toEqual({
      done: 5,
      bytes: Buffer.byteLength(text),
      errors: 1,
      carried: ['c'],
      read: { files: 0, sha256: 'h', current: { path: 'in.jsonl', bytes: 10, sha256: 'h' } },
    });
  });
});

describe('the dispatcher', () => {
  it('gives the same lines in this thread (the worker module called directly) as a run on the pool', async () => {
    const input = join(tmp, 'dispatch.jsonl');
    const records = Array.from({ length: 150 }, (_, i) =>
      JSON.stringify({ id: i % 50 === 7 ? 'same' : `r${i}`, text: makeArticle(i + 1), outlet: `o${i % 3}` }),
    );
    records.splice(100, 0, 'not json');
    writeFileSync(input, `${records.join('\n')}\n`);
    const path = join(tmp, 'dispatched.jsonl');
    const out = new BufferedFile(path, 'w');
    const writer = new OrderedWriter<BatchMeta>({
      out,
      checkpointPath: join(tmp, 'dispatch-checkpoint.json'),
      from: { done: 0, bytes: 0, errors: 0 },
      ids: new UniqueIds(),
    });
    const batches: number[] = [];
    const result = await dispatch({
      files: expandInputs([input]),
      shard: null,
      from: 0,
      window: 3,
      keepText: false,
      timeoutMs: 60_000,
      run: async (task) => (await handle(task)) as WorkResult,
      shared: null,
      writer,
      onWritten: (written) => batches.push(...written.map((b) => b.count)),
    });
    await writer.settle();
    out.close();
    expect(result.submitted).toBe(151);
    // Batches of 64 documents at most.
    expect(batches).toEqual([64, 64, 23]);
    expect(writer.errors).toBe(1);
    const run = await runBatch({
      inputs: [input],
      out: join(tmp, 'dispatch-run'),
      jobs: 2,
      progress: 'none',
    });
    expect(run.final!.renamedIds).toBe(2);
    expect(readFileSync(path).equals(readFileSync(join(tmp, 'dispatch-run', 'documents.jsonl')))).toBe(true);
  }, 120_000);
});

describe('opening a run', () => {
  const state = (inputs: { path: string; bytes: number }[]): RunState => ({
    format: 1,
    inputs,
    options: { keepText: false, shard: null, outletColumn: null, db: null },
    startedAt: 'now',
    resumedAt: [],
  });

  it('starts fresh, refuses to mix runs, and resumes from the checkpoint with the torn tail cut off', async () => {
    const input = join(tmp, 'open-input.jsonl');
    writeFileSync(input, '{"id":"a","text":"A."}\n{"id":"b","text":"B."}\n');
    const inputs = [{ path: input, bytes: 46 }];
    const paths = runPaths(join(tmp, 'open-run'));
    mkdirSync(paths.outDir);
    expect(await openRun(paths, state(inputs), true, 'run')).toMatchObject({
      status: 'open',
      checkpoint: { done: 0, bytes: 0 },
    });
    // Two whole lines checkpointed, then half of a third written when the run died.
    writeFileSync(paths.partialJsonl, 'line one\nline two\nhalf a li');
    writeFileSync(
      paths.checkpointPath,
      JSON.stringify({
        done: 2,
        bytes: 18,
        errors: 0,
        read: {
          files: 0,
          sha256: sha256(''),
          current: { path: input, bytes: 23, sha256: sha256('{"id":"a","text":"A."}\n') },
        },
      }),
    );
    await expect(openRun(paths, state(inputs), false, 'run')).rejects.toThrow(
      'run holds an interrupted run: add --resume to continue it, or pick another --out',
    );
    await expect(openRun(paths, state([{ path: input, bytes: 47 }]), true, 'run')).rejects.toThrow(
      'cannot resume: the inputs differ from the interrupted run in run',
    );
    const opened = await openRun(paths, state(inputs), true, 'run');
    expect(opened).toMatchObject({ status: 'open', checkpoint: { done: 2 }, state: { resumedAt: ['now'] } });
    expect(readFileSync(paths.partialJsonl, 'utf8')).toBe('line one\nline two\n');
    // The first record edited (same size): the bytes the checkpoint read no longer hash the same.
    writeFileSync(input, '{"id":"a","text":"Z."}\n{"id":"b","text":"B."}\n');
    await expect(openRun(paths, state(inputs), true, 'run')).rejects.toThrow(
      /changed since the interrupted run/,
    );
    // The second record edited: not read yet at the checkpoint, so the run may go on.
    writeFileSync(input, '{"id":"a","text":"A."}\n{"id":"b","text":"Z."}\n');
    expect((await openRun(paths, state(inputs), true, 'run')).status).toBe('open');
  });
});

describe('what a checkpoint says was read', () => {
  it('stays one hash however many files were read, and finds an edit in any of them', async () => {
    const paths = ['f1.txt', 'f2.txt', 'f3.txt'].map((n) => join(tmp, n));
    for (const [i, p] of paths.entries()) writeFileSync(p, `File ${i} text.`);
    // Read through f1 and f2 (collected by the real reader), then 4 bytes of f3.
    const tracker = new ReadTracker();
    for await (const _ of readRecords(expandInputs(paths.slice(0, 2)), { want: () => true, tracker })) void _;
    const read = { ...tracker.snapshot(), current: { path: paths[2]!, bytes: 4, sha256: sha256('File') } };
    expect(read.files).toBe(2);
    expect(await changedInput(read, paths)).toBeNull();
    writeFileSync(paths[2]!, 'File 2 changed after the part read.');
    expect(await changedInput(read, paths)).toBeNull();
    writeFileSync(paths[1]!, 'File 9 text.');
    expect(await changedInput(read, paths)).toBe('one of the first 2 input files');
    writeFileSync(paths[1]!, 'File 1 text.');
    writeFileSync(paths[2]!, 'Fine 2 text.');
    expect(await changedInput(read, paths)).toBe(paths[2]);
  });
});
