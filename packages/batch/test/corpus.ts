/** Test corpora made on the spot: our own words, never text from a data set. */

/** A small deterministic generator of news-like articles (our own words, no corpus text). */
export function makeArticle(n: number): string {
  let seed = n * 7919 + 17;
  const rnd = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const pick = <T>(list: readonly T[]): T => list[rnd(list.length)]!;
  const subjects = [
    'The council',
    'The mayor',
    'Officials',
    'The company',
    'Critics',
    'Residents',
    'The agency',
  ];
  const verbs = ['said', 'announced', 'claimed', 'admitted', 'insisted', 'reported'];
  const objects = [
    'the bridge would close for repairs next month',
    'the radical plan had been shelved after a heated meeting',
    'the so-called reform would cost more than expected',
    'a controversial contract was signed with a private firm',
    'the budget was slashed by almost a third',
    'sources familiar with the matter described the talks as tense',
    'the regime had allegedly ignored the warnings',
  ];
  const paragraphs: string[] = [`Story ${n}: ${pick(subjects)} ${pick(verbs)} changes`];
  const count = 3 + rnd(5);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 2 + rnd(3); s++) {
      const kind = rnd(4);
      if (kind === 0)
        sentences.push(
          `"We had no choice," ${pick(['said Jane Morrow', 'a spokesman said', 'an official said'])}.`,
        );
      else if (kind === 1)
        sentences.push(`${pick(subjects)} [the county board] ${pick(verbs)} that ${pick(objects)}.`);
      else sentences.push(`${pick(subjects)} ${pick(verbs)} that ${pick(objects)} … and more.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return `${paragraphs.join('\n\n')}\n`;
}
