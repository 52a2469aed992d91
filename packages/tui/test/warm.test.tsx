import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App, warmUpInk } from '../src/index.ts';
import { wireView } from './fixture.ts';

describe('warmUpInk', () => {
  it('writes nothing to the terminal, and the view draws the same frame after it', () => {
    const before = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    const expected = before.lastFrame();
    before.unmount();
    const written: unknown[] = [];
    const write = process.stdout.write;
    // Records what would reach the terminal; the warm-up's own stream is not process.stdout.
    process.stdout.write = ((chunk: unknown) => written.push(chunk) > 0) as typeof process.stdout.write;
    try {
      warmUpInk(160, 48);
    } finally {
      process.stdout.write = write;
    }
    expect(written).toEqual([]);
    const after = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    expect(after.lastFrame()).toBe(expected);
    after.unmount();
  });
});
