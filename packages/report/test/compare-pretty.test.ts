import { describe, expect, it } from 'vitest';
import { formatComparePretty } from '../src/index.ts';
import { fixture } from './compare-fixture.ts';

describe('formatComparePretty', () => {
  it('marks changes with symbols when colour is off', () => {
    const out = formatComparePretty(fixture(), { color: false });
    expect(out).not.toMatch(/\u001b/);
    expect(out).toMatchInlineSnapshot(`
      "Gloss compare — A: wire → B: reprint
      B adds 2 loaded terms, all inside insertions or silent edits; cuts 1 attribution. 4 changes: 1 bracketed, 2 silent, 1 cut marked by an ellipsis.
      Marks: [-A’s words-] {+B’s words+} · yellow {+…+} silent · cyan {+[…]+} bracketed · {✂…✂} cut marked by an ellipsis · ↷ moved · ⁿ change number
      2 trivial differences (quotes, dashes, spacing) not shown; --all shows them.
        ⋯ 1 unchanged sentence ⋯

      @@ A sentence 2, B sentence 2 (changed) @@
        Officials said the plan would help {+illegal+}¹ immigrants find work. …
        1. insert, silent — B added “illegal” without brackets: a silent change to the reporter's words.
           + wording contested-label “illegal immigrants”: “illegal immigrants” is a contested label for people (typically used by the right); neutral: “immigrant living in the country illegally”, “undocumented immigrant”, “immigrant without legal status”

      @@ A sentence 3 (delete) @@
        [-The mayor said it was "fair" -- and cheap.-]✂²
        2. delete, cut marked by an ellipsis — B cut “The mayor said it was "fair" -- and cheap.” and marked the cut with an ellipsis.
           - sourcing anonymous-source “The mayor”: The quotation is attributed to “The mayor”, who is not named; neutral: “(name the speaker, or say why the name is withheld)”

      @@ A sentence 4, B sentence 3 (changed) @@
        The council {+[of hardliners]+}³ votes on Monday.
        3. insert, bracketed — B added “[of hardliners]” in brackets: the editor owned up to these words.
           + wording contested-label “hardliners”: “hardliners” is a contested label for people; neutral: “a description of the group’s actions or aims”

      @@ A sentence 5, B sentence 4 (changed) @@
        It is expected to pass.{+␛[31m+}⁴
        4. insert, silent — B added “␛[31m” without brackets: a silent change to the reporter's words.

      "
    `);
  });
  it('colours by kind when colour is on, and neutralises escape sequences from the article', () => {
    const out = formatComparePretty(fixture(), { color: true });
    expect(out).toContain('\u001b[33m{+illegal+}');
    expect(out).toContain('\u001b[36m{+[of hardliners]+}');
    expect(out).not.toContain('\u001b[31m\n');
    expect(out).toContain('␛');
  });
  it('shows trivial differences only with all', () => {
    expect(formatComparePretty(fixture(), { color: false })).not.toContain('{~');
    expect(formatComparePretty(fixture(true), { color: false })).toContain("[~'~]{~‘~}");
  });
});
