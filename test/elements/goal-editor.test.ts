import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { uniqueId } from '../helpers/provider.js';
import { byRole } from '../helpers/by-name.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/elements/goal-editor/define.js';
import { DEFAULT_GOAL_LIBRARY } from '../../src/clinical/goals/index.js';
import type { GoalEditor } from '../../src/elements/goal-editor/goal-editor.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { createPlan } from '../../src/model/factory.js';
import type { Objective, TreatmentPlan } from '../../src/model/plan.js';
import { allObjectives } from '../../src/plan/tree.js';
import { scoreOnly } from '../fixtures/administrations.js';

const uid = uniqueId;
const NOW = '2026-11-20T10:00:00.000Z';

interface Mounted {
  provider: PlanProvider;
  editor: GoalEditor;
  root: ShadowRoot;
  planId: string;
  scope: string;
}

async function mount(opts: { plan?: TreatmentPlan; mode?: 'clinician' | 'client'; planId?: string; scope?: string } = {}): Promise<Mounted> {
  const planId = opts.planId ?? opts.plan?.id ?? uid('ge');
  const scope = opts.scope ?? uid('scope');
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${planId} scope=${scope} storage="memory" autosave-delay="0" mode=${opts.mode ?? 'clinician'}
      ><goal-editor></goal-editor
    ></plan-provider>`,
  );
  await provider.ready;
  if (opts.plan) provider.plan = opts.plan;
  const editor = provider.querySelector('goal-editor')!;
  await editor.updateComplete;
  return { provider, editor, root: editor.shadowRoot!, planId, scope };
}

const admin = (id: string, instrumentId: string, date: string, total: number, [band, bandLabel]: [string, string]) =>
  scoreOnly(id, instrumentId, date, total, { score: { band, bandLabel } });

function objective(id: string, partial: Partial<Objective> = {}): Objective {
  return {
    id,
    clinicalText: 'Reduce panic attacks from daily to once a week',
    proposedBy: 'together',
    priority: 'high',
    status: 'proposed',
    createdAt: NOW,
    measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' },
    ...partial,
  };
}

/** A half-filled plan: one problem, two goals, the first with one objective missing its due date. */
function halfFilled(id = uid('half')): TreatmentPlan {
  const p = createPlan(id, NOW);
  return {
    ...p,
    problems: [
      {
        id: 'p1',
        title: 'Panic attacks',
        evidencedBy: ['Racing heart and dizziness on the bus most mornings'],
        areas: ['panic'],
        createdAt: NOW,
        goals: [
          {
            id: 'g1',
            clinicalText: 'Fewer panic attacks',
            clientWords: 'Stop being ambushed by panic',
            proposedBy: 'together',
            priority: 'high',
            status: 'proposed',
            createdAt: NOW,
            objectives: [objective('o1')],
          },
          {
            id: 'g2',
            clinicalText: 'Take the bus to work again',
            proposedBy: 'client',
            priority: 'medium',
            status: 'proposed',
            createdAt: NOW,
            objectives: [],
          },
        ],
      },
    ],
  };
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T & HTMLElement>(sel)!;
const $$ = (root: ParentNode, sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function buttonNamed(root: ParentNode, name: RegExp | string): HTMLButtonElement {
  const found = $$(root, 'button').find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
  if (!found) throw new Error(`No button ${String(name)} in: ${$$(root, 'button').map(text).join(' | ')}`);
  return found as HTMLButtonElement;
}

function labelled<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const l = $$(root, 'label').find((x) => text(x).startsWith(label));
  if (!l) throw new Error(`No field labelled ${label}`);
  return l.querySelector('input, textarea, select') as T;
}

async function type(editor: GoalEditor, el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await editor.updateComplete;
}

async function choose(editor: GoalEditor, el: HTMLSelectElement, value: string): Promise<void> {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await editor.updateComplete;
}

async function click(editor: GoalEditor, el: HTMLElement): Promise<void> {
  el.click();
  await editor.updateComplete;
}

async function openLibrary(m: Mounted): Promise<void> {
  const details = $(m.root, '[part="library"]');
  const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
  $(details, 'summary').click();
  await toggled;
  await m.editor.updateComplete;
}

describe('<goal-editor>', function () {
  // This machine runs several browsers at once; axe and the 500-objective render need headroom.
  this.timeout(60000);
  afterEach(() => fixtureCleanup());

  it('is accessible with a half-filled plan, expanded details, phases and supports', async () => {
    const plan = halfFilled();
    const m = await mount({
      plan: {
        ...plan,
        phases: [{ id: 'ph1', title: 'Safety and stabilization' }],
        supports: [{ id: 's1', kind: 'person', label: 'Sister, Maya', contact: 'Weekends' }],
        assessment: { ...plan.assessment, administrations: [admin('a1', 'phq9', NOW, 14, ['moderate', 'Moderate'])] },
      },
    });
    await click(m.editor, $(m.root, '[data-objective="o1"] [aria-expanded]'));
    await click(m.editor, $(m.root, '[data-toggle="phases"]'));
    await click(m.editor, $(m.root, '[data-toggle="supports"]'));
    await expect(m.editor).to.be.accessible();
  });

  it('is accessible with suggestions, a dismissal form and the library open', async () => {
    const plan = halfFilled();
    const m = await mount({
      plan: { ...plan, assessment: { ...plan.assessment, administrations: [admin('a1', 'phq9', NOW, 14, ['moderate', 'Moderate'])] } },
    });
    await click(m.editor, $(m.root, '[data-suggestion="goals:instrument:phq9"] [data-action="dismiss"]'));
    await openLibrary(m);
    await expect(m.editor).to.be.accessible();
  });

  it('is accessible in client mode', async () => {
    const m = await mount({ plan: halfFilled(), mode: 'client' });
    await expect(m.editor).to.be.accessible();
  });

  it('builds the hierarchy: problem → goal → objective, with native input/change events', async () => {
    const m = await mount();
    const events: string[] = [];
    m.editor.addEventListener('input', () => events.push('input'));
    m.editor.addEventListener('change', () => events.push('change'));
    await click(m.editor, buttonNamed(m.root, 'Add problem'));
    expect(m.root.activeElement, 'focus moves to the new problem').to.equal(labelled(m.root, 'Problem'));
    await type(m.editor, labelled(m.root, 'Problem'), 'Panic attacks');
    await click(m.editor, buttonNamed($(m.root, '[data-problem]'), /^Add goal/));
    expect(m.root.activeElement, 'focus moves to the new goal').to.equal(byRole(m.root, 'textbox', 'Goal (clinical wording)'));
    await type(m.editor, labelled<HTMLTextAreaElement>(m.root, 'Goal (clinical wording)'), 'Fewer panic attacks');
    await type(m.editor, labelled<HTMLTextAreaElement>(m.root, "Client's own words"), 'Stop being ambushed by panic');
    await click(m.editor, byRole(m.root, 'button', /^Add objective/));
    expect(m.root.activeElement, 'focus moves to the new objective').to.equal(byRole(m.root, 'textbox', 'Objective (clinical wording)'));
    const details = $(m.root, '[data-details]');
    await type(m.editor, labelled<HTMLTextAreaElement>(details, 'Objective (clinical wording)'), 'Panic attacks from daily to once a week');
    await type(m.editor, $(details, '[data-field="label"]'), 'panic attacks');
    await type(m.editor, $(details, '[data-field="unit"]'), 'per week');
    await type(m.editor, $(details, '[data-field="baseline"]'), '7');
    await type(m.editor, $(details, '[data-field="target"]'), '1');
    await choose(m.editor, $(details, '[data-field="direction"]'), 'decrease');
    await type(m.editor, $(details, '[data-field="due"]'), '2027-02-01');

    const plan = m.provider.plan!;
    expect(plan.problems[0]!.title).to.equal('Panic attacks');
    const goal = plan.problems[0]!.goals[0]!;
    expect(goal).to.include({ clinicalText: 'Fewer panic attacks', clientWords: 'Stop being ambushed by panic' });
    expect(goal.objectives[0]!.measure).to.deep.equal({ kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' });
    expect(goal.objectives[0]!.dueDate).to.equal('2027-02-01');
    expect(text($(m.root, '[data-sentence]'))).to.contain('panic attacks from 7 per week to 1 per week by Feb 1, 2027');
    expect(text($(m.root, '[data-measurable]'))).to.equal('Measurable');
    expect(events).to.include('input');
    expect(events).to.include('change');
    events.length = 0;
    await type(m.editor, labelled<HTMLTextAreaElement>(m.root, "Client's own words"), 'No more ambushes');
    expect(events, 'one input and one change per edit').to.deep.equal(['input', 'change']);
  });

  it('shows the measurability checklist and will not activate an objective until it is measurable', async () => {
    const m = await mount({ plan: halfFilled() });
    const card = $(m.root, '[data-objective="o1"]');
    expect(text($(card, '[data-measurable]'))).to.equal('Not yet measurable');
    const failing = $$(card, '[part="checklist"] li[data-ok="false"]').map(text);
    expect(failing.join(' ')).to.contain('Give a date to reach it by');
    await click(m.editor, $(card, '[aria-expanded]'));
    const status = $<HTMLSelectElement>(card, `[data-focus="status:o1"]`);
    await choose(m.editor, status, 'active');
    expect(allObjectives(m.provider.plan!)[0]!.status).to.equal('proposed');
    const alert = $(card, '.error[role="alert"]');
    expect(text(alert)).to.contain('cannot be made active until it is measurable');
    expect(status.getAttribute('aria-describedby')).to.equal(alert.id);
    expect(status.value).to.equal('proposed');

    await type(m.editor, $(card, '[data-field="due"]'), '2027-02-01');
    expect(text($(card, '[data-measurable]'))).to.equal('Measurable');
    await choose(m.editor, $<HTMLSelectElement>(card, `[data-focus="status:o1"]`), 'active');
    expect(allObjectives(m.provider.plan!)[0]!.status).to.equal('active');
    expect($(card, '.error')).to.equal(null);
  });

  it('flags a direction that contradicts baseline and target', async () => {
    const m = await mount({ plan: halfFilled() });
    const card = $(m.root, '[data-objective="o1"]');
    await click(m.editor, $(card, '[aria-expanded]'));
    await choose(m.editor, $(card, '[data-field="direction"]'), 'increase');
    const line = $(card, '[data-check="direction-consistent"]');
    expect(line.dataset.ok).to.equal('false');
    expect(text(line)).to.contain('Going up from 7 cannot reach 1');
  });

  it('needs a reason before putting a goal on hold', async () => {
    const m = await mount({ plan: halfFilled() });
    const goal = $(m.root, '[data-goal="g1"]');
    await choose(m.editor, $(goal, '[data-focus="status:g1"]'), 'on-hold');
    expect(m.provider.plan!.problems[0]!.goals[0]!.status).to.equal('proposed');
    expect(text($(goal, '.error'))).to.contain('Give the reason first');
    const reason = $<HTMLInputElement>(goal, '[data-focus="reason:g1"]');
    reason.value = 'Moving house this month';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await choose(m.editor, $(goal, '[data-focus="status:g1"]'), 'on-hold');
    expect(m.provider.plan!.problems[0]!.goals[0]).to.include({ status: 'on-hold', statusReason: 'Moving house this month' });
  });

  it('takes an instrument objective’s baseline from the latest administration and judges it from later ones', async () => {
    const base = halfFilled();
    const plan: TreatmentPlan = {
      ...base,
      assessment: {
        ...base.assessment,
        administrations: [
          admin('a0', 'phq9', '2026-10-01T09:00:00.000Z', 19, ['moderately-severe', 'Moderately severe']),
          admin('a1', 'phq9', '2026-11-19T09:00:00.000Z', 14, ['moderate', 'Moderate']),
        ],
      },
    };
    const m = await mount({ plan });
    await click(m.editor, buttonNamed($(m.root, '[data-goal="g2"]'), /^Add objective/));
    const card = $$(m.root, '[data-goal="g2"] [data-objective]')[0]!;
    await choose(m.editor, $(card, '[data-field="kind"]'), 'instrument');
    await choose(m.editor, $(card, '[data-field="instrument"]'), 'phq9');
    await type(m.editor, $(card, '[data-field="target"]'), '4');
    await choose(m.editor, $(card, '[data-field="direction"]'), 'decrease');
    const o = m.provider.plan!.problems[0]!.goals[1]!.objectives[0]!;
    expect(o.measure).to.deep.include({ kind: 'instrument', instrumentId: 'phq9', baseline: 14, baselineAdministrationId: 'a1' });
    expect(text($(card, '[data-progress]'))).to.contain('Baseline 14 (Moderate) from the PHQ-9 of Nov 19, 2026');
    expect(text($(card, '[data-sentence]'))).to.contain('PHQ-9 from 14 to 4');

    // A later administration judges it.
    const later = m.provider.plan!;
    m.provider.plan = {
      ...later,
      assessment: { ...later.assessment, administrations: [...later.assessment.administrations, admin('a2', 'phq9', '2027-01-15T09:00:00.000Z', 4, ['minimal', 'Minimal'])] },
    };
    await m.editor.updateComplete;
    const card2 = $$(m.root, '[data-goal="g2"] [data-objective]')[0]!;
    expect(text($(card2, '[data-progress]'))).to.contain('Since then: 4 (Jan 15, 2027)');
    expect(text($(card2, '[data-progress]'))).to.contain('Target reached.');

    // Made a counted measure, it keeps nothing of the questionnaire.
    await choose(m.editor, $(card2, '[data-field="kind"]'), 'count');
    const counted = m.provider.plan!.problems[0]!.goals[1]!.objectives[0]!.measure;
    expect(counted.kind).to.equal('count');
    expect(counted).to.not.have.any.keys('instrumentId', 'baselineAdministrationId', 'baseline');
  });

  it('offers suggestions with their reasons, never applies them without a click, and dismisses with a reason', async () => {
    const p = createPlan(uid('sugg'), NOW);
    const plan: TreatmentPlan = { ...p, assessment: { ...p.assessment, administrations: [admin('a1', 'phq9', NOW, 14, ['moderate', 'Moderate'])] } };
    const m = await mount({ plan });
    const item = $(m.root, '[data-suggestion="goals:instrument:phq9"]');
    expect(text($(item, '.reason'))).to.match(/^PHQ-9 = 14 \(Moderate\) → objective: PHQ-9 below 5/);
    expect(m.provider.plan!.problems, 'nothing is added on its own').to.have.length(0);

    await click(m.editor, $(item, '[data-action="accept"]'));
    const o = allObjectives(m.provider.plan!)[0]!;
    expect(o.measure).to.deep.include({ instrumentId: 'phq9', baseline: 14, target: 4, direction: 'decrease' });
    expect(m.root.querySelector('[data-suggestion="goals:instrument:phq9"]'), 'accepted suggestion disappears').to.equal(null);

    // Another suggestion, dismissed: the reason is required, then kept in the plan.
    const withIntake = m.provider.plan!;
    m.provider.plan = {
      ...withIntake,
      assessment: { ...withIntake.assessment, intake: { ...withIntake.assessment.intake, concerns: { ...withIntake.assessment.intake.concerns, areas: ['panic'] } } },
    };
    await m.editor.updateComplete;
    const panic = $(m.root, '[data-suggestion="goals:problem:panic"]');
    expect(text($(panic, '.reason'))).to.contain('Intake: panic marked as a concern → problem: Panic attacks and fear of having them');
    await click(m.editor, $(panic, '[data-action="dismiss"]'));
    await click(m.editor, buttonNamed(panic, 'Dismiss with this reason'));
    expect(text($(panic, '[role="alert"]'))).to.contain('Say why');
    expect(m.provider.plan!.dismissals).to.have.length(0);
    await type(m.editor, $(panic, 'textarea'), 'Panic is handled by the anxiety group');
    await click(m.editor, buttonNamed(panic, 'Dismiss with this reason'));
    expect(m.provider.plan!.dismissals.map((d) => [d.key, d.reason])).to.deep.equal([['goals:problem:panic', 'Panic is handled by the anxiety group']]);
    expect(m.root.querySelector('[data-suggestion="goals:problem:panic"]')).to.equal(null);
    expect(m.provider.plan!.problems.some((x) => x.areas.includes('panic'))).to.equal(false);

    // Dismissed suggestions stay visible with their reason and can be offered again.
    const dismissed = $(m.root, '[data-dismissed="goals:problem:panic"]');
    expect(text(dismissed)).to.contain('why: Panic is handled by the anxiety group');
    await click(m.editor, $(dismissed, 'button'));
    expect(m.provider.plan!.dismissals).to.have.length(0);
    expect(m.root.querySelector('[data-suggestion="goals:problem:panic"]')).to.not.equal(null);
  });

  it('a problem marked with an area no longer gets that area suggested', async () => {
    const p = createPlan(uid('areas'), NOW);
    const m = await mount({
      plan: {
        ...p,
        assessment: { ...p.assessment, intake: { ...p.assessment.intake, concerns: { ...p.assessment.intake.concerns, areas: ['specific-phobia'] } } },
        problems: [{ id: 'p1', title: 'Fear of needles', evidencedBy: [], areas: [], createdAt: NOW, goals: [] }],
      },
    });
    expect(m.root.querySelector('[data-suggestion="goals:problem:specific-phobia"]')).to.not.equal(null);
    const box = $<HTMLInputElement>(m.root, '[data-problem="p1"] [data-area="specific-phobia"]');
    box.click();
    await m.editor.updateComplete;
    expect(m.provider.plan!.problems[0]!.areas).to.deep.equal(['specific-phobia']);
    expect(m.root.querySelector('[data-suggestion="goals:problem:specific-phobia"]')).to.equal(null);
  });

  it('inserts from the library, then the inserted text is editable', async () => {
    const m = await mount();
    await openLibrary(m);
    const entry = $(m.root, '[data-library="complex-trauma"]');
    await click(m.editor, $(entry, '[data-action="insert-problem"]'));
    const plan = m.provider.plan!;
    expect(plan.problems[0]!.title).to.equal('Effects of long-lasting or repeated trauma');
    expect(plan.phases.map((p) => p.title)).to.deep.equal(['Safety and stabilization', 'Processing', 'Integration']);
    const title = labelled(m.root, 'Problem');
    expect(title.value).to.equal('Effects of long-lasting or repeated trauma');
    await type(m.editor, title, 'Effects of childhood trauma');
    expect(m.provider.plan!.problems[0]!.title).to.equal('Effects of childhood trauma');
  });

  it('adds a library goal to the problem chosen for it, and the choice survives a re-render', async () => {
    const plan = halfFilled();
    const second = { ...plan.problems[0]!, id: 'p2', title: 'Low mood', areas: ['depression' as const], goals: [] };
    const m = await mount({ plan: { ...plan, problems: [plan.problems[0]!, second] } });
    await openLibrary(m);
    const lp = DEFAULT_GOAL_LIBRARY.problems[0]!;
    const target = $<HTMLSelectElement>(m.root, `[data-library-goal-target="${lp.id}:0"]`);
    expect(target.value, 'the first problem by default').to.equal('p1');
    await choose(m.editor, target, 'p2');
    // Typing elsewhere re-renders the library: the chosen problem stays chosen.
    await type(m.editor, labelled(m.root, 'Problem'), 'Panic attacks on the bus');
    expect($<HTMLSelectElement>(m.root, `[data-library-goal-target="${lp.id}:0"]`).value).to.equal('p2');
    await click(m.editor, buttonNamed($(m.root, `[data-library="${lp.id}"]`), `Add goal: ${lp.goals[0]!.clinicalText}`));
    const [p1, p2] = m.provider.plan!.problems;
    expect(p1!.goals.map((g) => g.clinicalText)).to.not.include(lp.goals[0]!.clinicalText);
    expect(p2!.goals.map((g) => g.clinicalText)).to.deep.equal([lp.goals[0]!.clinicalText]);
  });

  it('uses a valid host library and refuses an invalid one with a visible reason', async () => {
    const m = await mount();
    m.editor.library = {
      id: 'clinic',
      title: 'Riverside clinic goals',
      problems: [
        {
          id: 'sleep',
          areas: ['sleep'],
          title: 'Poor sleep',
          evidencedBy: ['Wakes at 3 a.m. most nights'],
          goals: [{ id: 'g', clinicalText: 'Sleep through most nights', objectives: [] }],
        },
      ],
    };
    await m.editor.updateComplete;
    await openLibrary(m);
    expect(text($(m.root, '[part="library"] summary'))).to.contain('Riverside clinic goals');
    expect(m.root.querySelector('[data-library="sleep"]')).to.not.equal(null);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      m.editor.library = { id: 'bad', title: 'Bad', problems: [{ id: 'x', areas: ['boredom'], title: 'X', evidencedBy: [], goals: [] }] };
      await m.editor.updateComplete;
    } finally {
      console.error = original;
    }
    expect(text($(m.root, '[role="alert"]'))).to.contain('problems.0.areas.0');
    expect(m.root.querySelector(`[data-library="${DEFAULT_GOAL_LIBRARY.problems[0]!.id}"]`), 'falls back to the built-in library').to.not.equal(null);
    expect(errors).to.have.length(1);
  });

  it('edits phases, puts a goal in a phase, and records strengths, barriers and supports', async () => {
    const m = await mount({ plan: halfFilled() });
    // Both lists start closed, saying how many items they hold; their buttons open them.
    expect(text($(m.root, '[data-toggle="phases"]'))).to.equal('Phases 0 phases');
    expect(m.root.querySelector('[data-focus="add-phase"]')).to.equal(null);
    await click(m.editor, $(m.root, '[data-toggle="phases"]'));
    await click(m.editor, buttonNamed(m.root, 'Add phase'));
    await type(m.editor, labelled(m.root, 'Phase 1 title'), 'Safety and stabilization');
    await click(m.editor, buttonNamed(m.root, 'Add phase'));
    await type(m.editor, labelled(m.root, 'Phase 2 title'), 'Processing');
    const [ph1, ph2] = m.provider.plan!.phases;
    expect([ph1!.title, ph2!.title]).to.deep.equal(['Safety and stabilization', 'Processing']);
    await click(m.editor, $(m.root, `[data-focus="up:${ph2!.id}"]`));
    expect(m.provider.plan!.phases.map((p) => p.title)).to.deep.equal(['Processing', 'Safety and stabilization']);
    await choose(m.editor, labelled<HTMLSelectElement>($(m.root, '[data-goal="g1"]'), 'Phase'), ph1!.id);
    expect(m.provider.plan!.problems[0]!.goals[0]!.phaseId).to.equal(ph1!.id);
    expect(text($(m.root, '[data-goal="g1"] h4'))).to.contain('Safety and stabilization');

    expect(text($(m.root, '[data-toggle="phases"]'))).to.equal('Phases 2 phases');
    await click(m.editor, $(m.root, '[data-toggle="supports"]'));
    await choose(m.editor, $(m.root, '[data-field="new-support-kind"]'), 'community-resource');
    await click(m.editor, buttonNamed(m.root, 'Add'));
    expect(m.root.activeElement).to.equal(labelled($(m.root, '[data-support]'), 'Name or description'));
    await type(m.editor, labelled($(m.root, '[data-support]'), 'Name or description'), 'Thursday anxiety peer group');
    await type(m.editor, labelled($(m.root, '[data-support]'), 'Contact or where'), 'Eastside library, room 2');
    expect(m.provider.plan!.supports).to.have.length(1);
    expect(m.provider.plan!.supports[0]).to.include({ kind: 'community-resource', label: 'Thursday anxiety peer group', contact: 'Eastside library, room 2' });
  });

  it('reorders goals from the keyboard, keeping focus on the moved goal', async () => {
    const m = await mount({ plan: halfFilled() });
    const down = $<HTMLButtonElement>(m.root, '[data-focus="down:g1"]');
    down.focus();
    await sendKeys({ press: 'Enter' });
    await m.editor.updateComplete;
    expect(m.provider.plan!.problems[0]!.goals.map((g) => g.id)).to.deep.equal(['g2', 'g1']);
    // g1 is now last: its "Move down" is disabled, so focus lands on its "Move up".
    expect((m.root.activeElement as HTMLElement).dataset.focus).to.equal('up:g1');
    await sendKeys({ press: 'Space' });
    await m.editor.updateComplete;
    expect(m.provider.plan!.problems[0]!.goals.map((g) => g.id)).to.deep.equal(['g1', 'g2']);
    expect(text($$(m.root, '[data-goal] h4')[0])).to.contain('Goal 1');
  });

  it('removes with an undo affordance', async () => {
    const m = await mount({ plan: halfFilled() });
    await click(m.editor, buttonNamed($(m.root, '[data-goal="g1"]'), /^Remove: Fewer panic attacks/));
    expect(m.provider.plan!.problems[0]!.goals.map((g) => g.id)).to.deep.equal(['g2']);
    const bar = $(m.root, '[part="undo"]');
    expect(text(bar)).to.contain('Removed goal “Fewer panic attacks”.');
    expect(m.root.activeElement).to.equal($(bar, 'button'));
    await sendKeys({ press: 'Enter' });
    await m.editor.updateComplete;
    expect(m.provider.plan!.problems[0]!.goals.map((g) => g.id)).to.deep.equal(['g1', 'g2']);
    expect(allObjectives(m.provider.plan!)[0]!.id).to.equal('o1');
    expect(m.root.querySelector('[part="undo"]')).to.equal(null);
    expect((m.root.activeElement as HTMLElement).dataset.focus, 'focus returns to the restored goal').to.equal('text:g1');
  });

  it('stops offering undo once something else changed', async () => {
    const m = await mount({ plan: halfFilled() });
    await click(m.editor, buttonNamed($(m.root, '[data-goal="g2"]'), /^Remove/));
    expect(m.root.querySelector('[part="undo"]')).to.not.equal(null);
    await type(m.editor, labelled(m.root, 'Problem'), 'Panic attacks on the commute');
    expect(m.root.querySelector('[part="undo"]')).to.equal(null);
  });

  it('limits client mode to their own words and agreement, in plain language', async () => {
    const m = await mount({ plan: halfFilled(), mode: 'client' });
    expect(text($(m.root, 'h2'))).to.equal('My goals');
    for (const name of [/^Add/, /^Remove/, /^Move/, /^Edit details/]) {
      expect($$(m.root, 'button').some((b) => name.test(text(b))), String(name)).to.equal(false);
    }
    expect(m.root.querySelector('[part="library"]')).to.equal(null);
    expect(m.root.querySelector('[part="suggestions"]')).to.equal(null);
    expect(m.root.querySelector('[data-field="target"]')).to.equal(null);
    expect(m.root.querySelector('[data-focus="text:g1"]'), 'clinical wording is read-only').to.equal(null);
    expect(text($(m.root, '[data-goal="g1"]'))).to.contain('How my therapist wrote it: Fewer panic attacks');
    // Every editable control is the client's words or agreement.
    const editable = $$(m.root, 'input, textarea, select').map((el) => el.dataset.focus ?? '');
    expect(editable.every((k) => k.startsWith('words:') || k.startsWith('agree:'))).to.equal(true);

    await type(m.editor, $(m.root, '[data-focus="words:o1"]'), 'Only one panic attack a week, then none');
    const agree = $<HTMLInputElement>(m.root, '[data-focus="agree:g1"]');
    agree.click();
    await m.editor.updateComplete;
    const plan = m.provider.plan!;
    expect(allObjectives(plan)[0]!.clientWords).to.equal('Only one panic attack a week, then none');
    expect(plan.problems[0]!.goals[0]!.agreement?.agreed).to.equal(true);
    expect(text($(m.root, '[data-goal="g1"]'))).to.contain('Agreed on');
  });

  it('restores every edit after a reload (same plan-id and scope)', async () => {
    const planId = uid('reload');
    const scope = uid('scope');
    const first = await mount({ planId, scope });
    await click(first.editor, buttonNamed(first.root, 'Add problem'));
    await type(first.editor, labelled(first.root, 'Problem'), 'Low mood and loss of interest');
    await click(first.editor, buttonNamed($(first.root, '[data-problem]'), /^Add goal/));
    await type(first.editor, labelled<HTMLTextAreaElement>(first.root, "Client's own words"), 'Feel like myself again');
    await first.provider.flush();
    first.provider.remove();

    const second = await mount({ planId, scope });
    expect(second.provider.plan!.problems[0]!.title).to.equal('Low mood and loss of interest');
    expect(labelled<HTMLTextAreaElement>(second.root, "Client's own words").value).to.equal('Feel like myself again');
  });

  it('renders a plan of 100 goals × 5 objectives and stays editable', async () => {
    const p = createPlan(uid('long'), NOW);
    const goals = Array.from({ length: 100 }, (_, g) => ({
      id: `g${g}`,
      clinicalText: `Goal ${g + 1}: walk to the shop without a companion`,
      proposedBy: 'together' as const,
      priority: 'medium' as const,
      status: 'proposed' as const,
      createdAt: NOW,
      objectives: Array.from({ length: 5 }, (_, o) => objective(`g${g}o${o}`, { dueDate: '2027-03-01' })),
    }));
    const plan: TreatmentPlan = { ...p, problems: [{ id: 'p', title: 'Panic', evidencedBy: [], areas: ['panic'], createdAt: NOW, goals }] };
    const m = await mount({ plan });
    expect($$(m.root, '[data-objective]')).to.have.length(500);
    await type(m.editor, $(m.root, '[data-focus="text:g57"]'), 'Walk to the shop alone');
    expect(m.provider.plan!.problems[0]!.goals[57]!.clinicalText).to.equal('Walk to the shop alone');
    expect($(m.root, '[data-focus="text:g57"]').closest('[data-goal]')!.getAttribute('data-goal')).to.equal('g57');
  });
});
