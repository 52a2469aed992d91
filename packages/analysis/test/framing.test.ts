import { describe, expect, it } from 'vitest';
import { lint } from './helpers.ts';

describe('framing rules: valid and invalid texts', () => {
  it('tilted-attribution flags verbs that judge a statement', () => {
    expect(lint('tilted-attribution', 'The minister said the figures were right.')).toEqual([]);
    expect(
      lint('tilted-attribution', 'The minister claimed the figures were right and refused to resign.'),
    ).toEqual([
      '1:14-1:21: “claimed” says more than “said”: it judges the statement',
      '1:49-1:59: “refused to” says more than “said”: it judges the statement',
    ]);
  });

  it('so-called flags distancing words', () => {
    expect(lint('so-called', 'The program, known as JEDI, is large.')).toEqual([]);
    expect(lint('so-called', 'The so-called experts met.')).toEqual([
      '1:5-1:14: “so-called” distances the writer from the name that follows',
    ]);
  });

  it('scare-quote flags a quoted word nobody is said to have said', () => {
    expect(lint('scare-quote', 'He funds scholarships for undocumented students.')).toEqual([]);
    expect(lint('scare-quote', 'He funds scholarships for “undocumented” students.')).toEqual([
      '1:28-1:40: Scare quotes around “undocumented” distance the writer from the word without saying who used it',
    ]);
  });

  it('hedge and intensifier are low-confidence framing notes', () => {
    expect(lint('hedge', 'The company said the system was ready.')).toEqual([]);
    expect(lint('hedge', 'The system is reportedly ready.')).toEqual([
      '1:15-1:25: “reportedly” hedges the claim',
    ]);
    expect(lint('intensifier', 'Sales rose 3 percent.')).toEqual([]);
    expect(lint('intensifier', 'It can track every citizen, truly.')).toEqual([
      '1:14-1:27: “every citizen” intensifies or generalises without evidence',
      '1:29-1:34: “truly” intensifies or generalises without evidence',
    ]);
  });
});

describe('sourcing rules: valid and invalid texts', () => {
  it('vague-source flags unnamed holders of a view', () => {
    expect(lint('vague-source', 'Jane Smith, an economist, said prices would rise.')).toEqual([]);
    expect(lint('vague-source', 'Experts believe prices will rise. Critics argue otherwise.')).toEqual([
      '1:1-1:16: “Experts believe” does not say who holds the view',
      '1:35-1:48: “Critics argue” does not say who holds the view',
    ]);
  });

  it('anonymous-source flags unnamed people and withheld names', () => {
    expect(lint('anonymous-source', '“We are ready,” said Jane Smith, the chief executive.')).toEqual([]);
    expect(lint('anonymous-source', 'Hundreds of anonymous Amazon workers wrote to him.')).toEqual([
      '1:13-1:37: “anonymous Amazon workers”: an anonymous or unnamed source',
    ]);
    expect(lint('anonymous-source', 'An official, whose name was redacted, wrote back.')).toEqual([
      '1:14-1:37: “whose name was redacted”: an anonymous or unnamed source',
    ]);
  });

  it('agentless-passive flags passives with no agent, not those with one', () => {
    expect(lint('agentless-passive', 'The plan was approved by the committee.')).toEqual([]);
    expect(lint('agentless-passive', 'The committee approved the plan.')).toEqual([]);
    expect(lint('agentless-passive', 'The plan was approved last week.')).toEqual([
      '1:10-1:22: “was approved” is passive with no agent: who acted is not said',
    ]);
  });

  it('agentless-passive reports a nested passive once, as the whole verb group', () => {
    expect(lint('agentless-passive', 'The men are being held in a cell.')).toEqual([
      '1:9-1:23: “are being held” is passive with no agent: who acted is not said',
    ]);
    expect(lint('agentless-passive', 'The roads have been being repaired for weeks.')).toEqual([
      '1:16-1:35: “been being repaired” is passive with no agent: who acted is not said',
    ]);
  });
});
