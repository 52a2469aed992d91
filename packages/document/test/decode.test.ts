import { describe, expect, it } from 'vitest';
import { decodeInput, InputError } from '../src/index.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const fail = (input: Uint8Array) => {
  try {
    decodeInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('decodeInput', () => {
  it('accepts UTF-8 and drops a byte order mark', () => {
    expect(decodeInput(new TextEncoder().encode('Café “quoted”'))).toBe('Café “quoted”');
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A');
  });
  it('refuses empty, binary, UTF-16 and invalid UTF-8 with one line each', () => {
    expect(fail(bytes())).toMatch(/^empty input/);
    expect(fail(new TextEncoder().encode(' \n\t '))).toMatch(/^empty input/);
    expect(fail(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toMatch(/^binary data/);
    expect(fail(bytes(0xff, 0xfe, 0x41, 0x00))).toMatch(/UTF-16/);
    expect(fail(bytes(0x41, 0x42, 0xc3, 0x28, 0x43))).toBe(
      'not valid UTF-8 (first bad byte at offset 2); if it is Latin-1 or Windows-1252, convert it: iconv -f windows-1252 -t utf-8',
    );
  });
});
