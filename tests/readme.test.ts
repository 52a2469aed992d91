import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGloss } from './gloss-binary.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the README and CI agree', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  const [runCommand, testCommand] = firstBlock.split('\n');

  it('opens with a run command and a test command', () => {
    expect(runCommand).toMatch(/install && .*gloss$/);
    expect(testCommand).toMatch(/install && .*check$/);
  });

  it('.ci/run calls the README test command verbatim', () => {
    const ci = read('.ci/run').split('\n');
    expect(ci).toContain(testCommand);
  });

  it('pnpm check runs typecheck, lint, format check and tests', () => {
    const scripts = JSON.parse(read('package.json')).scripts;
    expect(scripts.check).toBe('pnpm typecheck && pnpm lint && pnpm format:check && pnpm test');
  });
});

describe('the README shows what the first command prints', () => {
  it('every line of its sample report, but the elisions, is in the report on the seed', () => {
    const sample = /```text\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
    const shown = sample.split('\n').filter((line) => line.trim() !== '' && line.trim() !== '…');
    expect(shown.length).toBeGreaterThan(20);
    const { code, stdout } = runGloss(['analyze', '--format', 'pretty'], { env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const printed = new Set(stdout.split('\n'));
    expect(shown.filter((line) => !printed.has(line))).toEqual([]);
  });
});
