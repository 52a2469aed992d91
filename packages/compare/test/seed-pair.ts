import { readFileSync } from 'node:fs';

/** The seed reprint (B in every pair built from it). */
export const seed = readFileSync(
  new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url),
  'utf8',
);

export interface ExpectedEdit {
  what: string;
  kind: 'insert' | 'delete' | 'replace' | 'move';
  bracketed: boolean;
  silent: boolean;
  elided: boolean;
  /** Exact A-side text, or null when A has no side. */
  a: string | null;
  /** Exact B-side text (slice of the seed), or null. */
  b: string | null;
}

/** Replaces `from` (which must occur exactly once) by `to`. */
function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * An "original" for the seed reprint, made by undoing what the reprinter did:
 * pure bracketed additions taken out, bracketed substitutions given back plausible
 * original words, silent changes reversed, cut passages put back, one paragraph
 * in another place, straight quotes and a double-hyphen dash (trivial differences),
 * and the reprint notice, questions and background left off.
 */
export function seedOriginal(): { original: string; expected: ExpectedEdit[] } {
  let t = seed.slice(0, seed.indexOf('From washingtonpost .com.')).trimEnd();
  const expected: ExpectedEdit[] = [];
  const undo = (from: string, to: string, e: Omit<ExpectedEdit, 'what'>) => {
    t = swap(t, from, to);
    expected.push({ what: from, ...e });
  };
  const bracket = { bracketed: true, silent: false, elided: false };
  const silent = { bracketed: false, silent: true, elided: false };
  const elided = { bracketed: false, silent: false, elided: true };
  // Bracketed additions.
  undo(' [NOTE: Amazon’s Jeff Bezos personally owns The Washington Post.]', '', {
    kind: 'insert',
    ...bracket,
    a: null,
    b: '[NOTE: Amazon’s Jeff Bezos personally owns The Washington Post.]',
  });
  undo(' [against illegal immigrants]', '', {
    kind: 'insert',
    ...bracket,
    a: null,
    b: '[against illegal immigrants]',
  });
  undo(' [from employees]', '', { kind: 'insert', ...bracket, a: null, b: '[from employees]' });
  undo(' [making it sound fun and innocent],', ',', {
    kind: 'insert',
    ...bracket,
    a: null,
    b: '[making it sound fun and innocent]',
  });
  const commentary = seed.slice(seed.indexOf('[No word on whether'), seed.indexOf('citizens to see.]') + 17);
  undo(` ${commentary}`, '', { kind: 'insert', ...bracket, a: null, b: commentary });
  // Bracketed substitutions, paired with the words they stand in for.
  undo('[Homeland Security Investigations]', 'HSI', {
    kind: 'replace',
    ...bracket,
    a: 'HSI',
    b: '[Homeland Security Investigations]',
  });
  undo('it is [used by departments] in', 'it is being used by police in', {
    kind: 'replace',
    ...bracket,
    a: 'being used by police',
    b: '[used by departments]',
  });
  undo('[wants to use]', 'has sought', { kind: 'replace', ...bracket, a: 'has sought', b: '[wants to use]' });
  undo('[stop]', 'curb', { kind: 'replace', ...bracket, a: 'curb', b: '[stop]' });
  // Silent changes.
  undo('target or identify illegal immigrants', 'target or identify immigrants', {
    kind: 'insert',
    ...silent,
    a: null,
    b: 'illegal',
  });
  undo('Amazon pitched its', 'Amazon presented its', {
    kind: 'replace',
    ...silent,
    a: 'presented',
    b: 'pitched',
  });
  undo('that the unproven technology’s', 'that the technology’s', {
    kind: 'insert',
    ...silent,
    a: null,
    b: 'unproven',
  });
  undo(
    'requests for comment.',
    'requests for comment. “We do not comment on customer meetings,” an Amazon spokesman said.',
    {
      kind: 'delete',
      ...silent,
      a: '“We do not comment on customer meetings,” an Amazon spokesman said.',
      b: null,
    },
  );
  // Cuts marked by an ellipsis.
  undo('immigrants….', 'immigrants. The company has not said whether ICE bought the system.', {
    kind: 'delete',
    ...elided,
    a: 'The company has not said whether ICE bought the system.',
    b: '….',
  });
  undo('potential…ways', 'potential tools and ways', { kind: 'delete', ...elided, a: 'tools and', b: '…' });
  undo('\n\n…Microsoft,', ' The letter was signed by more than 450 employees.\n\nMicrosoft,', {
    kind: 'delete',
    ...elided,
    a: 'The letter was signed by more than 450 employees.',
    b: '…',
  });
  // Elisions whose cut passage is not restored: the original simply has no mark.
  t = swap(t, '\n\n…Amazon [employees oppose]', '\n\nAmazon workers have protested');
  expected.push({
    what: '[employees oppose]',
    kind: 'replace',
    ...bracket,
    a: 'workers have protested',
    b: '[employees oppose]',
  });
  t = swap(t, 'used by the CIA. …', 'used by the CIA.');
  t = swap(t, 'golden retriever. …', 'golden retriever.');
  t = swap(t, '[have criminal records or be linked to terrorists/terrorism]', 'pose a risk');
  expected.push({
    what: '[have criminal…]',
    kind: 'replace',
    ...bracket,
    a: 'pose a risk',
    b: '[have criminal records or be linked to terrorists/terrorism]',
  });
  // A move: the scholarships paragraph sat two paragraphs earlier.
  const bezos = seed.slice(
    seed.indexOf('Bezos has donated money'),
    seed.indexOf('other government work.') + 'other government work.'.length,
  );
  t = swap(t, `\n\n${bezos}`, '');
  t = swap(t, '\n\nAmazon has a number of government', `\n\n${bezos}\n\nAmazon has a number of government`);
  expected.push({
    what: 'move',
    kind: 'move',
    bracketed: false,
    silent: true,
    elided: false,
    a: bezos,
    b: bezos,
  });
  // Trivial differences: straight quotes, a double-hyphen dash.
  t = swap(t, '“We are ready and willing', '"We are ready and willing');
  t = swap(t, 'HSI mission,” the Amazon', 'HSI mission," the Amazon');
  t = swap(t, 'from afar — a type', 'from afar -- a type');
  return { original: `${t}\n`, expected };
}
