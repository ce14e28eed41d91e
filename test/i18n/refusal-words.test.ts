import { expect } from '@open-wc/testing';
import { planErrorWords } from '../../src/i18n/error-words.js';
import { refusalWords } from '../../src/i18n/refusal-words.js';
import { createPlan } from '../../src/model/factory.js';
import { REFUSAL_CODES, refusalMessage, type Refusal } from '../../src/plan/refusals.js';
import { applyCommand } from '../../src/plan/reducer.js';
import { commandContext } from '../helpers/commands.js';
import { errorOf } from '../helpers/result.js';

/** Every refusal with its values, and the words the person who made the edit reads. */
const REFUSALS: [Refusal, string][] = [
  [{ code: 'status-needs-reason', params: { status: 'on-hold' } }, 'Give the reason first, then choose this status.'],
  [{ code: 'objective-not-measurable', params: { missing: ['target'] } }, 'This objective cannot be made active until it is measurable: complete the checklist below.'],
  [{ code: 'plan-transition-not-allowed', params: { from: 'completed', to: 'active' } }, 'A plan that is Completed cannot become Active.'],
  [{ code: 'approach-needs-objective', params: {} }, 'Link at least one objective before this approach can become active.'],
  [{ code: 'unknown-objective', params: { objectiveId: 'o9' } }, 'That objective is no longer in the plan.'],
  [{ code: 'duplicate-technique', params: { techniqueId: 'exposure' } }, 'A technique is listed twice.'],
  [{ code: 'plan-not-agreed', params: {} }, 'The client has not agreed with this version of the plan yet: record their agreement first.'],
  [{ code: 'plan-not-signed', params: {} }, 'The plan becomes active once the client has agreed with it and a clinician has signed it.'],
  [{ code: 'plan-changed-while-signing', params: { revision: 3, current: 4 } }, 'The plan changed while it was being agreed or signed. Look at it again, then repeat.'],
  [{ code: 'already-signed', params: { version: 2 } }, 'You have already signed version 2.'],
  [{ code: 'plan-closed', params: { status: 'completed' } }, 'A plan that is Completed cannot be agreed or signed.'],
  [{ code: 'name-required', params: {} }, 'Type the name first.'],
  [{ code: 'not-found', params: { what: 'risk-flag', id: 'rf-1' } }, 'That risk flag is no longer in the plan.'],
  [{ code: 'id-taken', params: { what: 'safety-plan-line', id: 'w1' } }, 'The safety plan line id “w1” is already in use.'],
  [{ code: 'dismissal-needs-reason', params: {} }, 'Say why this suggestion does not fit; the reason is kept with the plan.'],
  [{ code: 'nothing-dismissed', params: { key: 'modality:cbt' } }, 'That suggestion is not dismissed.'],
  [{ code: 'session-in-future', params: {} }, 'A session that has not happened yet cannot be recorded as attended or missed.'],
  [{ code: 'review-in-future', params: {} }, 'A review cannot be dated in the future.'],
  [{ code: 'review-plan-not-open', params: { status: 'draft' } }, 'Only an active plan or one under review can be reviewed; this plan is Draft.'],
  [{ code: 'review-objective-twice', params: { objectiveId: 'o1' } }, 'An objective appears twice in the review.'],
  [{ code: 'no-attainment-scale', params: { objective: 'Walk daily' } }, '“Walk daily” has no goal attainment scale to rate.'],
  [{ code: 'not-instrument-objective', params: {} }, 'This objective is not measured with a questionnaire.'],
  [
    { code: 'progress-changed', params: { now: 'worsening', expected: 'improving' } },
    'The data now say “Worsening (reliable deterioration)”, not “Improving (reliable improvement)”; look again before confirming.',
  ],
  [{ code: 'baseline-needs-instrument', params: {} }, 'Only a questionnaire-based objective takes its baseline from the scores.'],
  [{ code: 'no-complete-score', params: {} }, 'There is no complete score of this questionnaire yet.'],
  [{ code: 'instrument-incomplete', params: { instrument: 'PHQ-9', answered: 7, itemCount: 9 } }, 'PHQ-9: 7 of 9 questions answered. Answer every question before saving.'],
  [{ code: 'homework-needs-what', params: {} }, 'Say what the homework is.'],
  [{ code: 'homework-needs-frequency', params: {} }, 'Say how often the homework is done.'],
  [{ code: 'no-safety-plan', params: {} }, 'This plan has no safety plan yet; add one first.'],
  [{ code: 'safety-plan-exists', params: {} }, 'This plan already has a safety plan.'],
  [{ code: 'part2-protected', params: { scope: 'section', withheld: 9 } }, 'Substance-use care is protected by 42 CFR Part 2: 9 record(s) were left out of the export.'],
];

describe('refusalWords', () => {
  it('covers every refusal code', () => {
    expect(REFUSALS.map(([r]) => r.code)).to.deep.equal([...REFUSAL_CODES]);
  });
  for (const [refusal, words] of REFUSALS) {
    it(refusal.code, () => {
      expect(refusalWords(refusal)).to.equal(words);
      // The English log message exists for every code and says something of its own.
      expect(refusalMessage(refusal)).to.be.a('string').and.have.length.greaterThan(10);
    });
  }
});

describe('a refused command', () => {
  it('carries its refusal as a code with values beside the English message, and is worded from it', () => {
    const plan = createPlan('p', '2026-01-01T00:00:00.000Z');
    const error = errorOf(applyCommand(plan, { type: 'safety/add-line', step: 'warningSigns' }, commandContext('2026-01-02T00:00:00.000Z')));
    expect(error).to.deep.equal({
      code: 'command-rejected',
      message: 'This plan has no safety plan yet; add one first (safety/add-plan).',
      refusal: { code: 'no-safety-plan', params: {} },
    });
    expect(planErrorWords(error)).to.equal('This plan has no safety plan yet; add one first.');
  });

  it('keeps the English message for a mistake only a host can make (no refusal code)', () => {
    expect(planErrorWords({ code: 'command-rejected', message: 'The instrument sent is "gad7", not "phq9".' })).to.equal('The instrument sent is "gad7", not "phq9".');
    expect(planErrorWords({ code: 'command-rejected', message: 'x', refusal: { code: 'from-a-newer-kit', params: {} } })).to.equal('x');
  });
});
