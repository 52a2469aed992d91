import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.ts';

/** The wire layer of a one-paragraph body under a title: the paragraph alone. */
function wireBody(body: string): string {
  const doc = parseDocument(`Title\n\n${body}\n`);
  const wire = doc.layers.wire;
  for (const seg of wire.map)
    expect(wire.text.slice(seg.at, seg.at + seg.length)).toBe(
      doc.text.slice(seg.from, seg.from + seg.length),
    );
  return wire.text.split('\n\n')[1] ?? '';
}

describe('the wire layer mends the text around a removed insertion', () => {
  it.each([
    ['it is [used by departments] in Oregon.', 'it is in Oregon.'],
    [
      'the technology, [making it sound fun], including its ability.',
      'the technology, including its ability.',
    ],
    ['The mayor said no, [NOTE: oddly].', 'The mayor said no.'],
    ['Surveillance [against illegal immigrants].', 'Surveillance.'],
    ['A test — [of this] — of dashes.', 'A test — of dashes.'],
    ['Words ([sic]) here.', 'Words here.'],
    ['[NOTE: a note] The mayor said no.', 'The mayor said no.'],
    ['a [x] [y], b.', 'a, b.'],
    ['It ended. [Note.].', 'It ended.'],
    ['It ended. [NOTE: a note.] Then more.', 'It ended. Then more.'],
  ])('%s', (input, wire) => {
    expect(wireBody(input)).toBe(wire);
  });
});
