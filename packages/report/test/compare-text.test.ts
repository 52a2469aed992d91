import { describe, expect, it } from 'vitest';
import { formatCompareText } from '../src/index.ts';
import { fixture } from './compare-fixture.ts';

describe('formatCompareText', () => {
  const text = formatCompareText(fixture());
  it('lists every change as Before/After without colour or escape sequences', () => {
    expect(text).not.toMatch(/\u001b/);
    expect(text).toMatchInlineSnapshot(`
      "Comparison of A (wire) and B (reprint).
      Summary: B adds 2 loaded terms, all inside insertions or silent edits; cuts 1 attribution. 4 changes: 1 bracketed, 2 silent, 1 cut marked by an ellipsis.
      Not listed: 2 trivial differences in quotes, dashes or spacing (use --all).

      Change 1 of 4: insert, silent. A sentence 2, B sentence 2.
      B added “illegal” without brackets: a silent change to the reporter's words.
      Before: (nothing)
      After: illegal
      In B's sentence: Officials said the plan would help illegal immigrants find work. …
      Adds wording contested-label “illegal immigrants”: “illegal immigrants” is a contested label for people (typically used by the right); neutral: “immigrant living in the country illegally”, “undocumented immigrant”, “immigrant without legal status”

      Change 2 of 4: delete, cut marked by an ellipsis. A sentence 3.
      B cut “The mayor said it was "fair" -- and cheap.” and marked the cut with an ellipsis.
      Before: The mayor said it was "fair" -- and cheap.
      After: (cut; B shows …)
      Removes sourcing anonymous-source “The mayor”: The quotation is attributed to “The mayor”, who is not named; neutral: “(name the speaker, or say why the name is withheld)”

      Change 3 of 4: insert, bracketed. A sentence 4, B sentence 3.
      B added “[of hardliners]” in brackets: the editor owned up to these words.
      Before: (nothing)
      After: [of hardliners]
      In B's sentence: The council [of hardliners] votes on Monday.
      Adds wording contested-label “hardliners”: “hardliners” is a contested label for people; neutral: “a description of the group’s actions or aims”

      Change 4 of 4: insert, silent. A sentence 5, B sentence 4.
      B added “␛[31m” without brackets: a silent change to the reporter's words.
      Before: (nothing)
      After: ␛[31m
      In B's sentence: It is expected to pass.␛[31m
      "
    `);
  });
});
