import { expect } from '@open-wc/testing';
import { parsePlan } from '../../src/index.js';
import { emptyPlan, fullPlan, longPlan, riskPlan } from '../../stories/fixtures.js';
import { sudPlan } from '../../stories/sud-fixtures.js';

describe('story fixtures', () => {
  const cases: [string, () => unknown][] = [
    ['empty', () => emptyPlan()],
    ['full', () => fullPlan()],
    ['risk', () => riskPlan()],
    ['long', () => longPlan()],
    ['substance-use', () => sudPlan()],
    ['substance-use, Part 2', () => sudPlan('story-sud-2', 'section')],
  ];
  for (const [name, build] of cases) {
    it(`the ${name} plan is a valid plan`, () => {
      const r = parsePlan(build());
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.ok).to.equal(true);
    });
  }

  it('the long plan has 100 goals and 1,000 timeline entries', () => {
    const plan = longPlan();
    expect(plan.problems.flatMap((p) => p.goals)).to.have.length(100);
    expect(plan.timeline).to.have.length(1000);
  });

  it('the risk plan carries a PHQ-9 item 9 finding and its flag', () => {
    const plan = riskPlan();
    const adm = plan.assessment.administrations.at(-1)!;
    expect(adm.critical.map((c) => c.itemId)).to.deep.equal(['phq9-9']);
    expect(plan.timeline.some((e) => e.kind === 'risk-flag' && e.administrationId === adm.id)).to.equal(true);
  });
});
