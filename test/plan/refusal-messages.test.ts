// The English message of every refusal, word for word: what a host logs when a command is refused
// (issue 19: the mutation run found most of these sentences unread). Widgets word the same codes in
// the page's language (test/i18n/refusal-words.test.ts).
import { expect } from '@open-wc/testing';
import { REFUSAL_CODES, isRefusal, refusalMessage, type Refusal } from '../../src/plan/refusals.js';

const cases: [Refusal, string][] = [
  [{ code: 'status-needs-reason', params: { status: 'on-hold' } }, 'Say why it is on hold.'],
  [{ code: 'status-needs-reason', params: { status: 'discontinued' } }, 'Say why it is discontinued.'],
  [{ code: 'objective-not-measurable', params: { missing: ['target', 'due-date'] } }, 'This objective cannot be activated until it is measurable (missing: target, due-date).'],
  [{ code: 'plan-transition-not-allowed', params: { from: 'completed', to: 'draft' } }, 'A plan that is completed cannot become draft.'],
  [{ code: 'approach-needs-objective', params: {} }, 'Link this approach to at least one objective before making it active.'],
  [{ code: 'unknown-objective', params: { objectiveId: 'o9' } }, 'No objective with id "o9" in this plan.'],
  [{ code: 'duplicate-technique', params: { techniqueId: 'exposure' } }, 'The technique "exposure" is listed twice.'],
  [{ code: 'plan-not-agreed', params: {} }, 'The plan becomes active only after the client has agreed with it.'],
  [{ code: 'plan-not-signed', params: {} }, 'The plan becomes active only after the client has agreed with it and a clinician has signed it.'],
  [{ code: 'plan-changed-while-signing', params: { revision: 4, current: 6 } }, 'The plan changed (revision 4 → 6) while it was being agreed or signed; look at it again and repeat.'],
  [{ code: 'already-signed', params: { version: 2 } }, 'This person already signed version 2 in this role.'],
  [{ code: 'plan-closed', params: { status: 'discontinued' } }, 'A plan that is discontinued cannot be agreed or signed.'],
  [{ code: 'name-required', params: {} }, 'Give the name of the person agreeing or signing.'],
  [{ code: 'not-found', params: { what: 'risk-flag', id: 'rf1' } }, 'No risk flag with id "rf1" in this plan.'],
  [{ code: 'not-found', params: { what: 'safety-plan-line', id: 'l1' } }, 'No safety plan line with id "l1" in this plan.'],
  [{ code: 'id-taken', params: { what: 'goal', id: 'g1' } }, 'The goal id "g1" is taken.'],
  [{ code: 'dismissal-needs-reason', params: {} }, 'Say why this suggestion does not fit.'],
  [{ code: 'nothing-dismissed', params: { key: 'goals:problem:panic' } }, 'Nothing dismissed under "goals:problem:panic".'],
  [{ code: 'session-in-future', params: {} }, 'A session that has not happened yet cannot be recorded as attended or missed.'],
  [{ code: 'review-in-future', params: {} }, 'A review cannot be dated in the future.'],
  [{ code: 'review-plan-not-open', params: { status: 'draft' } }, 'Only an active plan or one under review can be reviewed; this plan is draft.'],
  [{ code: 'review-objective-twice', params: { objectiveId: 'o1' } }, 'Objective "o1" appears twice in the review.'],
  [{ code: 'no-attainment-scale', params: { objective: 'Walk most days' } }, '"Walk most days" has no goal attainment scale to rate.'],
  [{ code: 'not-instrument-objective', params: {} }, 'This objective is not measured with an instrument.'],
  [{ code: 'progress-changed', params: { now: 'worsening', expected: 'improving' } }, 'The data now say "worsening", not "improving"; look again before confirming.'],
  [{ code: 'baseline-needs-instrument', params: {} }, 'Only a questionnaire-based objective takes its baseline from the scores.'],
  [{ code: 'no-complete-score', params: {} }, 'There is no complete score of this questionnaire yet.'],
  [{ code: 'instrument-incomplete', params: { instrument: 'PHQ-9', answered: 7, itemCount: 9 } }, 'PHQ-9: 7 of 9 items answered; answer every item before recording it.'],
  [{ code: 'homework-needs-what', params: {} }, 'Say what the homework is.'],
  [{ code: 'homework-needs-frequency', params: {} }, 'Say how often the homework is done.'],
  [{ code: 'no-safety-plan', params: {} }, 'This plan has no safety plan yet; add one first (safety/add-plan).'],
  [{ code: 'safety-plan-exists', params: {} }, 'This plan already has a safety plan.'],
  [
    { code: 'part2-protected', params: { scope: 'plan', withheld: 4 } },
    'This plan is marked as protected by 42 CFR Part 2: nothing was exported. Pass includeProtected: true only where the disclosure is permitted (consent or another Part 2 exception).',
  ],
  [
    { code: 'part2-protected', params: { scope: 'section', withheld: 3 } },
    'The substance-use care part of this plan is protected by 42 CFR Part 2: 3 resource(s) were left out of the export. Pass includeProtected: true only where the disclosure is permitted.',
  ],
];

describe('refusal messages (English, for logs and hosts)', () => {
  for (const [refusal, message] of cases) {
    it(`${refusal.code} ${JSON.stringify(refusal.params)}`, () => expect(refusalMessage(refusal)).to.equal(message));
  }

  it('the table covers every refusal code', () => {
    expect([...new Set(cases.map(([r]) => r.code))].sort()).to.deep.equal([...REFUSAL_CODES].sort());
  });

  it('every thing a command may not find has its own word', () => {
    const things = ['problem', 'goal', 'objective', 'phase', 'support', 'approach', 'homework', 'entry', 'administration', 'risk-flag', 'safety-plan-line'] as const;
    expect(things.map((what) => refusalMessage({ code: 'not-found', params: { what, id: 'x' } }))).to.deep.equal(
      ['problem', 'goal', 'objective', 'phase', 'support', 'approach', 'homework', 'entry', 'administration', 'risk flag', 'safety plan line'].map((w) => `No ${w} with id "x" in this plan.`),
    );
  });

  it('tells the kit’s refusals from other objects', () => {
    expect(isRefusal({ code: 'plan-closed' })).to.equal(true);
    expect(isRefusal({ code: 'invalid-plan' })).to.equal(false);
    expect(isRefusal(undefined)).to.equal(false);
  });
});
