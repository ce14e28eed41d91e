import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PlanProvider, PlanSummary, TreatmentPlan } from '../../src/index.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';

const RLO = '\u202E';

/** Every text a person typed in the plan, with a right-to-left override or Arabic words in it. */
function hostilePlan(): TreatmentPlan {
  const plan = realisticPlan();
  const [first, ...rest] = plan.interventions;
  return {
    ...plan,
    client: { hostId: 'MRN-1', displayName: `${RLO}Maya Torres` },
    interventions: [
      {
        ...first!,
        frequency: 'other',
        frequencyNote: `${RLO}twice a week`,
        homework: [{ id: 'hw-1', what: `${RLO}Breathing practice 10 minutes`, frequency: `${RLO}daily`, agreedWithClient: true }],
      },
      ...rest,
    ],
    supports: [{ id: 's-1', kind: 'person', label: `${RLO}Sister`, details: 'مساعدة في المواعيد' }],
  };
}

describe('<plan-summary>: typed text is isolated for bidi', () => {
  it('wraps every typed text in <bdi>, so an override cannot reverse the dose wording beside it', async () => {
    const plan = hostilePlan();
    const provider = await fixture<PlanProvider>(
      html`<plan-provider plan-id=${plan.id} storage="memory" .plan=${plan}><plan-summary></plan-summary></plan-provider>`,
    );
    await provider.ready;
    expect(provider.plan?.client?.displayName).to.equal(`${RLO}Maya Torres`);
    const summary = provider.querySelector('plan-summary') as PlanSummary;
    await summary.updateComplete;
    const root = summary.shadowRoot!;
    const isolated = [...root.querySelectorAll('bdi')].map((b) => b.textContent);
    for (const typed of [`${RLO}Maya Torres`, `${RLO}twice a week`, `${RLO}Breathing practice 10 minutes`, `${RLO}daily`, `${RLO}Sister`, 'مساعدة في المواعيد']) {
      expect(isolated, typed).to.include(typed);
    }
    // The kit's own words stay outside the isolates: "(", ")" and the frequency word.
    const homework = [...root.querySelectorAll('li')].filter((li) => li.textContent!.includes('Breathing practice')).at(-1)!;
    expect(homework.firstElementChild!.localName).to.equal('bdi');
    expect([...homework.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).to.contain('(').and.contain(')');
    expect(getComputedStyle(homework.querySelector('bdi')!).unicodeBidi).to.equal('isolate');
    await expect(summary).to.be.accessible();
  });
});
