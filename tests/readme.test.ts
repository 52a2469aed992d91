import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
