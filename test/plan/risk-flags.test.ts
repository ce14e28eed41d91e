import { expect } from '@open-wc/testing';
import { GAD7, PHQ9, PHQ9_ITEM9_MESSAGE, type InstrumentDefinition } from '../../src/clinical/instruments/index.js';
import { createPlan, parsePlan, type Administration, type RiskFlagEntry, type TreatmentPlan } from '../../src/model/index.js';
import { introducedRiskFlags } from '../../src/plan/commands/util.js';
import type { CommandContext, PlanEffect } from '../../src/plan/define.js';
import { applyCommand } from '../../src/plan/reducer.js';

/** One context for a whole scenario, so ids stay unique across commands. */
function scenario() {
  let n = 0;
  let minute = 0;
  const ctx: CommandContext = {
    get now() {
      return `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`;
    },
    newId: () => `id-${++n}`,
  };
  let plan = createPlan('risk', '2026-11-01T00:00:00.000Z');
  return {
    run(command: unknown): PlanEffect[] {
      minute++;
      const r = applyCommand(plan, command, ctx);
      if (!r.ok) throw new Error(r.error.message);
      plan = r.value.plan;
      // Every step leaves a plan that parses (a reload restores it).
      expect(parsePlan(plan).ok).to.equal(true);
      return r.value.effects ?? [];
    },
    get plan() {
      return plan;
    },
    flags: () => plan.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag'),
  };
}

const item9 = (value: number | null) => ({ type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-9': value } });
const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));

describe('risk flags while an instrument is being answered', () => {
  // [answers given one after another, effects fired at each step, value / withdrawn of the one entry after each step]
  const table: [string, (number | null)[], number[], [number, boolean][]][] = [
    ['1 then 2: fires once, value follows the highest', [1, 2], [1, 0], [[1, false], [2, false]]],
    ['3 then 1: the entry keeps the worst answer given', [3, 1], [1, 0], [[3, false], [3, false]]],
    ['1 then 0: withdrawn, kept', [1, 0], [1, 0], [[1, false], [1, true]]],
    ['1, 0, 2: withdrawal cleared by a new positive, still one event', [1, 0, 2], [1, 0, 0], [[1, false], [1, true], [2, false]]],
    ['1 then cleared (null): withdrawn, kept', [1, null], [1, 0], [[1, false], [1, true]]],
  ];
  for (const [name, answers, fired, after] of table) {
    it(name, () => {
      const s = scenario();
      answers.forEach((v, i) => {
        const effects = s.run(item9(v));
        expect(effects.length, `effects after answer ${i + 1}`).to.equal(fired[i]);
        const flags = s.flags();
        expect(flags).to.have.length(1);
        expect([flags[0]!.value, flags[0]!.withdrawnAt !== undefined], `entry after answer ${i + 1}`).to.deep.equal(after[i]);
        expect(flags[0]).to.include({ recorded: false, administrationId: s.plan.assessment.inProgress!.phq9!.administrationId });
      });
    });
  }

  it('0 and a low total raise nothing; other items never raise', () => {
    const s = scenario();
    expect(s.run(item9(0))).to.deep.equal([]);
    expect(s.run({ type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: phq9([3, 3, 3, 3, 3, 3, 3, 3]) })).to.deep.equal([]);
    expect(s.flags()).to.deep.equal([]);
  });

  it('the effect carries the entry, the future administration id and recorded: false', () => {
    const s = scenario();
    const [effect] = s.run(item9(2));
    const entry = s.flags()[0]!;
    expect(effect).to.deep.equal({
      type: 'risk-flag',
      entryId: entry.id,
      administrationId: s.plan.assessment.inProgress!.phq9!.administrationId,
      instrumentId: 'phq9',
      itemId: 'phq9-9',
      value: 2,
      message: PHQ9_ITEM9_MESSAGE,
      recorded: false,
    });
    expect(entry.acknowledgedAt).to.equal(undefined);
  });

  it('recording links the flag to the administration and does not raise it again', () => {
    const s = scenario();
    s.run(item9(1));
    const draftId = s.plan.assessment.inProgress!.phq9!.administrationId;
    const effects = s.run({ type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 2]) });
    expect(effects).to.deep.equal([]);
    const a = s.plan.assessment.administrations[0]!;
    expect(a.id).to.equal(draftId);
    expect(s.flags()).to.have.length(1);
    expect(s.flags()[0]).to.include({ administrationId: a.id, recorded: true, value: 2 });
    // A second administration starts a new draft id, so a new positive answer is a new flag.
    expect(s.run(item9(1))).to.have.length(1);
    expect(s.plan.assessment.inProgress!.phq9!.administrationId).not.to.equal(draftId);
  });

  it('recording under another id moves the flag to that id', () => {
    const s = scenario();
    s.run(item9(1));
    s.run({ type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]), id: 'visit-7' });
    expect(s.flags().map((f) => [f.administrationId, f.recorded])).to.deep.equal([['visit-7', true]]);
  });

  it('a withdrawn answer saved as 0 keeps its record, marked withdrawn and recorded', () => {
    const s = scenario();
    s.run(item9(2));
    s.run(item9(0));
    expect(s.run({ type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) })).to.deep.equal([]);
    expect(s.plan.assessment.administrations[0]!.critical).to.deep.equal([]);
    expect(s.flags()).to.have.length(1);
    expect(s.flags()[0]).to.include({ recorded: true, value: 2 });
    expect(s.flags()[0]!.withdrawnAt).to.be.a('string');
  });

  it('discarding the draft keeps the flag', () => {
    const s = scenario();
    s.run(item9(1));
    s.run({ type: 'assessment/discard-instrument-draft', instrumentId: 'phq9' });
    expect(s.plan.assessment.inProgress).to.equal(undefined);
    expect(s.flags()).to.have.length(1);
  });

  it("a host instrument's critical items are checked when its definition comes with the answers", () => {
    const host: InstrumentDefinition = {
      ...GAD7,
      id: 'host-gad',
      critical: [{ itemId: 'gad7-7', above: 1, message: 'Host wording — call today' }],
    };
    const s = scenario();
    expect(s.run({ type: 'assessment/update-instrument-draft', instrumentId: 'host-gad', instrument: host, answers: { 'gad7-7': 1 } })).to.deep.equal([]);
    const [effect] = s.run({ type: 'assessment/update-instrument-draft', instrumentId: 'host-gad', instrument: host, answers: { 'gad7-7': 2 } });
    expect(effect).to.include({ instrumentId: 'host-gad', itemId: 'gad7-7', value: 2, message: 'Host wording — call today' });
  });

  const refusals: [string, Record<string, unknown>, string][] = [
    ['answers without the definition', { instrumentId: 'phq9', answers: { 'phq9-9': 1 } }, 'Send the definition of "phq9" as `instrument`'],
    ['an answer that is not an option', { instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-9': 4 } }, 'value 4'],
    ['an item the instrument lacks', { instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-99': 1 } }, '"phq9-99"'],
    ['a definition for another instrument', { instrumentId: 'phq9', instrument: GAD7, answers: {} }, 'not "phq9"'],
  ];
  for (const [name, payload, text] of refusals) {
    it(`refuses ${name}`, () => {
      const r = applyCommand(createPlan('p'), { type: 'assessment/update-instrument-draft', ...payload }, { now: '2026-11-24T10:00:00.000Z', newId: () => 'x' });
      expect(r.ok).to.equal(false);
      expect(r.ok ? '' : r.error.message).to.contain(text);
    });
  }
});

describe('progress/add-measurement recomputes from the answers', () => {
  const measured = (values: number[], stated: Partial<Administration['score']> = {}, critical: Administration['critical'] = []): Administration => {
    const total = values.reduce((a, b) => a + b, 0);
    return {
      id: 'host-1',
      instrumentId: 'phq9',
      instrumentVersion: '1999',
      date: '2026-11-20T09:00:00.000Z',
      answers: phq9(values),
      score: { total, max: 27, answered: values.length, itemCount: 9, complete: values.length === 9, ...stated },
      critical,
      source: 'host',
    };
  };
  const add = (administration: unknown, instrument: InstrumentDefinition | null = PHQ9) =>
    applyCommand(createPlan('p'), { type: 'progress/add-measurement', administration, ...(instrument ? { instrument } : {}) }, { now: '2026-11-24T10:00:00.000Z', newId: () => 'e1' });

  // [name, administration, accepted?, critical item ids stored, text of the refusal]
  const table: [string, Administration, boolean, string[], string][] = [
    ['item 9 positive sent with critical: [] → found and flagged', measured([0, 0, 0, 0, 0, 0, 0, 0, 1]), true, ['phq9-9'], ''],
    ['a made-up critical finding on item 1 → dropped', measured([1, 0, 0, 0, 0, 0, 0, 0, 0], {}, [{ itemId: 'phq9-1', value: 1, message: 'x' }]), true, [], ''],
    ['band and max sent wrong → recomputed', measured([2, 2, 2, 2, 2, 0, 0, 0, 0], { band: 'severe', max: 99 }), true, [], ''],
    ['stated total one too low → refused', measured([1, 1, 1, 1, 1, 1, 1, 1, 1], { total: 8 }), false, [], 'The stated total 8 does not match the answers, which add up to 9 of 27'],
    ['stated total one too high → refused', measured([0, 0, 0, 0, 0, 0, 0, 0, 0], { total: 1 }), false, [], 'stated total 1'],
    ['stated complete with an item missing → refused', { ...measured([1, 1, 1, 1, 1, 1, 1, 1, 0]), answers: { ...phq9([1, 1, 1, 1, 1, 1, 1, 1]), 'phq9-9': null } }, false, [], '8 of 9'],
    ['an answer that is not an option → refused', measured([4, 0, 0, 0, 0, 0, 0, 0, 0]), false, [], 'value 4'],
  ];
  for (const [name, administration, ok, criticalIds, refusal] of table) {
    it(name, () => {
      const r = add(administration);
      expect(r.ok).to.equal(ok);
      expect(r.ok ? '' : r.error.code).to.equal(ok ? '' : 'command-rejected');
      expect(r.ok ? '' : r.error.message).to.contain(refusal);
      const stored = r.ok ? r.value.plan.assessment.administrations[0] : undefined;
      expect(stored?.critical.map((c) => c.itemId) ?? []).to.deep.equal(criticalIds);
      expect((r.ok ? r.value.effects ?? [] : []).map((e) => (e.type === 'risk-flag' ? e.itemId : e.type === 'plan-alert' ? e.code : e.type))).to.deep.equal(criticalIds);
      expect(r.ok ? r.value.plan.timeline.map((e) => e.kind) : []).to.deep.equal(criticalIds.map(() => 'risk-flag'));
    });
  }

  it('stores the recomputed score, not the one sent', () => {
    const r = add(measured([2, 2, 2, 2, 2, 0, 0, 0, 0], { band: 'severe', bandLabel: 'Severe', max: 99 }));
    expect(r.ok ? r.value.plan.assessment.administrations[0]!.score : undefined).to.deep.include({ total: 10, max: 27, band: 'moderate', bandLabel: 'Moderate' });
  });

  it("a host instrument needs its definition, and then its own critical items and words apply", () => {
    const host: InstrumentDefinition = { ...GAD7, id: 'host-gad', critical: [{ itemId: 'gad7-1', above: 2, message: 'Host words' }] };
    const a: Administration = {
      id: 'h',
      instrumentId: 'host-gad',
      instrumentVersion: '1',
      date: '2026-11-20T09:00:00.000Z',
      answers: { 'gad7-1': 3, 'gad7-2': 0, 'gad7-3': 0, 'gad7-4': 0, 'gad7-5': 0, 'gad7-6': 0, 'gad7-7': 0 },
      score: { total: 3, max: 21, answered: 7, itemCount: 7, complete: true },
      critical: [],
      source: 'host',
    };
    const without = add(a, null);
    expect(without.ok ? '' : without.error.message).to.contain('Send the definition of "host-gad" as `instrument`');
    const r = add(a, host);
    expect(r.ok ? r.value.plan.assessment.administrations[0]!.critical : []).to.deep.equal([{ itemId: 'gad7-1', value: 3, message: 'Host words' }]);
    expect(add(a, GAD7).ok, 'a definition of another instrument is refused').to.equal(false);
  });
});

describe('introducedRiskFlags (what an import must announce)', () => {
  const entry = (id: string, administrationId: string, acknowledgedAt?: string): RiskFlagEntry => ({
    id,
    kind: 'risk-flag',
    date: '2026-11-20T09:00:00.000Z',
    administrationId,
    instrumentId: 'phq9',
    itemId: 'phq9-9',
    value: 1,
    message: PHQ9_ITEM9_MESSAGE,
    ...(acknowledgedAt ? { acknowledgedAt } : {}),
  });
  const plan = (timeline: RiskFlagEntry[]): TreatmentPlan => ({ ...createPlan('p'), timeline });
  const table: [string, RiskFlagEntry[] | undefined, RiskFlagEntry[], string[]][] = [
    ['a new unacknowledged flag', [], [entry('a', 'x')], ['a']],
    ['nothing before (first load)', undefined, [entry('a', 'x')], ['a']],
    ['already known (same administration and item)', [entry('old', 'x')], [entry('a', 'x')], []],
    ['acknowledged in the import', [], [entry('a', 'x', '2026-11-21T09:00:00.000Z')], []],
    ['one new among known', [entry('a', 'x')], [entry('a', 'x'), entry('b', 'y')], ['b']],
  ];
  for (const [name, before, after, ids] of table) {
    it(name, () => {
      expect(introducedRiskFlags(before && plan(before), plan(after)).map((e) => (e.type === 'risk-flag' ? e.entryId : ''))).to.deep.equal(ids);
    });
  }
});
