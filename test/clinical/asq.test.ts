import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import {
  ASQ,
  ASQ_ACUTE_MESSAGE,
  ASQ_POSITIVE_MESSAGE,
  askedAnswers,
  findCritical,
  instrumentRegistry,
  parseInstrumentDefinition,
  scoreAdministration,
} from '../../src/clinical/instruments/index.js';

/**
 * NIMH ASQ scoring, from the toolkit (not from the definition): "yes" to any of 1–4 is a positive
 * screen; question 5 is asked only then, and "yes" to it is an acute positive (imminent risk).
 */
describe('ASQ: every answer pattern of questions 1–4, with question 5 yes, no or unanswered', () => {
  it('is a valid built-in definition, in the instrument list, citing NIMH', () => {
    expect(parseInstrumentDefinition(ASQ).ok).to.equal(true);
    expect(instrumentRegistry.isBuiltin('asq')).to.equal(true);
    expect(ASQ.source).to.contain('National Institute of Mental Health');
    expect(ASQ.licence).to.contain('Public domain');
    expect(ASQ.items.map((i) => i.text)).to.deep.equal([
      'In the past few weeks, have you wished you were dead?',
      'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
      'In the past week, have you been having thoughts about killing yourself?',
      'Have you ever tried to kill yourself?',
      'Are you having thoughts of killing yourself right now?',
    ]);
  });

  for (let pattern = 0; pattern < 16; pattern++) {
    const first4 = [0, 1, 2, 3].map((bit) => (pattern >> bit) & 1);
    const positive = first4.some((v) => v === 1);
    for (const q5 of [1, 0, null] as const) {
      const label = `1–4 = ${first4.map((v) => (v ? 'yes' : 'no')).join('/')}, 5 = ${q5 === null ? 'unanswered' : q5 ? 'yes' : 'no'}`;
      it(label, () => {
        const answers: Record<string, number | null> = Object.fromEntries(first4.map((v, i) => [`asq-${i + 1}`, v]));
        answers['asq-5'] = q5;
        const score = scoreAdministration(ASQ, answers);
        const critical = findCritical(ASQ, answers);
        const acute = positive && q5 === 1;
        // Question 5 counts only when asked: then it must be answered for the screen to be complete.
        const complete = !positive || q5 !== null;
        expect(score.complete).to.equal(complete);
        expect(score.itemCount).to.equal(positive ? 5 : 4);
        expect(score.positive, 'no screening result while question 5 is still owed').to.equal(complete ? positive : undefined);
        expect(askedAnswers(ASQ, answers)['asq-5']).to.equal(positive ? q5 : null);
        const expected = [
          ...first4.flatMap((v, i) => (v ? [{ itemId: `asq-${i + 1}`, value: 1, message: ASQ_POSITIVE_MESSAGE }] : [])),
          ...(acute ? [{ itemId: 'asq-5', value: 1, message: ASQ_ACUTE_MESSAGE }] : []),
        ];
        expect(critical).to.deep.equal(expected);
      });
    }
  }

  it('a conditional item must name real items and not itself', () => {
    const bad = { ...ASQ, id: 'x', items: ASQ.items.map((i) => (i.id === 'asq-5' ? { ...i, askIf: { anyOf: ['asq-5', 'nope'], above: 0 } } : i)) };
    const r = parseInstrumentDefinition(bad);
    expect(errorOf(r).issues!.join(' ')).to.contain('cannot depend on itself').and.contain('No item "nope"');
  });
});
