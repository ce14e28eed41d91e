// Typing reaches the plan and the saved draft on every keystroke, without leaving the field, in
import { uniqueId } from '../helpers/provider.js';
import { byRole } from '../helpers/by-name.js';
// every widget with text fields; a burst of typing is one undo step; refused typing stays visible.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { MemoryDraftRepository } from '../../src/store/memory-repository.js';
import type { Objective, TreatmentPlan } from '../../src/model/plan.js';
import { allObjectives } from '../../src/plan/tree.js';
import { goalsPlan as goalsPlanWith, pickerPlan as pickerPlanWith } from '../fixtures/typing-plans.js';

const uid = uniqueId;

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

interface Mounted {
  provider: PlanProvider;
  widget: Widget;
  root: ShadowRoot;
  /** Host events the widget fired, by type, since mounting. */
  events: { input: number; change: number };
}

async function mount(tag: 'goal-editor' | 'modality-picker' | 'assessment-form', plan: TreatmentPlan): Promise<Mounted> {
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${plan.id} scope=${uid('typing')} storage="memory" autosave-delay="100"></plan-provider>`,
  );
  await provider.ready;
  provider.plan = plan;
  const widget = document.createElement(tag) as Widget;
  if (tag === 'assessment-form') widget.setAttribute('sections', 'concerns');
  const events = { input: 0, change: 0 };
  widget.addEventListener('input', () => events.input++);
  widget.addEventListener('change', () => events.change++);
  provider.append(widget);
  await widget.updateComplete;
  return { provider, widget, root: widget.shadowRoot!, events };
}

/** The stored draft's plan once a save holds what `has` looks for (waits on `draft-saved`, never on time). */
async function savedPlan(provider: PlanProvider, has: (plan: TreatmentPlan) => boolean): Promise<TreatmentPlan> {
  const repo = new MemoryDraftRepository();
  for (;;) {
    const saved = oneEvent(provider, 'draft-saved');
    const record = (await repo.load(provider.scope, provider.planId!)) as { plan: TreatmentPlan } | undefined;
    if (record && has(record.plan)) return record.plan;
    await saved;
  }
}

/** Types with real key events into `field`, which keeps focus (no blur, so no `change`). */
async function typeInto(widget: Widget, field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
  await widget.updateComplete;
  // Booleans, not elements: chai would print a whole shadow tree on failure.
  expect(widget.shadowRoot!.activeElement === field, 'the field still has focus').to.equal(true);
}

const goalsPlan = (objectivePartial: Partial<Objective> = {}) => goalsPlanWith(uid('typing-goals'), objectivePartial);
const pickerPlan = () => pickerPlanWith(uid('typing-goals'));

const goal = (plan: TreatmentPlan | undefined) => plan!.problems[0]!.goals[0]!;
const objectiveOf = (plan: TreatmentPlan | undefined) => allObjectives(plan!)[0]!;
const homework = (plan: TreatmentPlan | undefined) => plan!.interventions[0]!.homework[0]!;

/** Opens the details of the plan's one objective, as a user does: its "Edit details" button. */
async function openDetails(m: Mounted): Promise<void> {
  byRole(m.root, 'button', /^Edit details/).click();
  await m.widget.updateComplete;
}

describe('typing reaches the plan and the draft without leaving the field', () => {
  it('goal-editor: an objective’s wording, keystroke by keystroke', async () => {
    const m = await mount('goal-editor', goalsPlan());
    await expect(m.widget).to.be.accessible();
    await openDetails(m);
    const field = byRole<HTMLTextAreaElement>(m.root, 'textbox', 'Objective (clinical wording)');
    const changes: string[] = [];
    m.provider.addEventListener('plan-change', () => changes.push(objectiveOf(m.provider.plan).clinicalText));

    await typeInto(m.widget, field, ' or fewer');

    const expected = 'Panic attacks from 7 to 1 per week or fewer';
    expect(objectiveOf(m.provider.plan).clinicalText).to.equal(expected);
    expect(changes.at(-1)).to.equal(expected);
    expect(changes.length, 'one plan change per keystroke').to.equal(' or fewer'.length);
    expect(objectiveOf(await savedPlan(m.provider, (p) => objectiveOf(p).clinicalText === expected)).clinicalText).to.equal(expected);
    expect(m.events.input, 'one host input per keystroke').to.equal(' or fewer'.length);
    expect(m.events.change, 'no change while still typing').to.equal(0);
    expect(field.value).to.equal(expected);
  });

  it('goal-editor: the client’s own words of a goal, trailing spaces and all', async () => {
    const m = await mount('goal-editor', goalsPlan());
    const field = byRole<HTMLTextAreaElement>(m.root, 'textbox', "Client's own words");
    await typeInto(m.widget, field, ' to work ');
    expect(goal(m.provider.plan).clientWords).to.equal('Take the train again to work ');
    expect(goal(await savedPlan(m.provider, (p) => goal(p).clientWords === 'Take the train again to work ')).clientWords).to.equal(
      'Take the train again to work ',
    );
    expect(field.value).to.equal('Take the train again to work ');
  });

  it('modality-picker: homework, keystroke by keystroke, shown as typed though the plan trims it', async () => {
    const m = await mount('modality-picker', pickerPlan());
    await expect(m.widget).to.be.accessible();
    const field = m.root.querySelector<HTMLTextAreaElement>('#hw-iv1-hw1-what')!;
    await typeInto(m.widget, field, ' at 9 ');
    // The picker trims free text; the trailing space stays in the field while typing goes on.
    expect(homework(m.provider.plan).what).to.equal('Breathing practice at 9');
    expect(field.value).to.equal('Breathing practice at 9 ');
    expect(homework(await savedPlan(m.provider, (p) => homework(p).what === 'Breathing practice at 9')).what).to.equal('Breathing practice at 9');
    expect(m.events.input).to.equal(' at 9 '.length);
    expect(m.events.change).to.equal(0);
  });

  it('modality-picker: an approach’s rationale', async () => {
    const m = await mount('modality-picker', pickerPlan());
    const field = m.root.querySelector<HTMLTextAreaElement>('#iv-iv1-rationale')!;
    await typeInto(m.widget, field, 'Panic with avoidance');
    expect(m.provider.plan!.interventions[0]!.rationale).to.equal('Panic with avoidance');
    const saved = await savedPlan(m.provider, (p) => p.interventions[0]!.rationale === 'Panic with avoidance');
    expect(saved.interventions[0]!.rationale).to.equal('Panic with avoidance');
  });

  it('assessment-form: the client’s own words', async () => {
    const m = await mount('assessment-form', goalsPlan());
    await expect(m.widget).to.be.accessible();
    const field = m.root.querySelector<HTMLTextAreaElement>('[data-field="concerns.inOwnWords"]')!;
    await typeInto(m.widget, field, 'I panic on trains');
    const said = (p: TreatmentPlan | undefined) => p!.assessment.intake.concerns.inOwnWords;
    expect(said(m.provider.plan)).to.equal('I panic on trains');
    expect(said(await savedPlan(m.provider, (p) => said(p) === 'I panic on trains'))).to.equal('I panic on trains');
    expect(m.events.input).to.equal('I panic on trains'.length);
    expect(m.events.change).to.equal(0);
  });
});

describe('a burst of typing is one undo step', () => {
  it('goal-editor: undo after typing a word restores the field’s previous text, and only that', async () => {
    const m = await mount('goal-editor', goalsPlan());
    await expect(m.widget).to.be.accessible();
    // An earlier edit, committed by leaving the field: undo must not take it away too.
    const title = byRole<HTMLInputElement>(m.root, 'textbox', 'Problem');
    await typeInto(m.widget, title, ' at work');
    await sendKeys({ press: 'Tab' });
    const words = byRole<HTMLTextAreaElement>(m.root, 'textbox', "Client's own words");
    await typeInto(m.widget, words, ' daily');
    expect(goal(m.provider.plan).clientWords).to.equal('Take the train again daily');

    const undone = oneEvent(m.provider, 'plan-change');
    expect(m.provider.store!.undo()).to.equal(true);
    await undone;
    await m.widget.updateComplete;

    expect(goal(m.provider.plan).clientWords).to.equal('Take the train again');
    expect(words.value, 'the field shows the text before the word').to.equal('Take the train again');
    expect(m.provider.plan!.problems[0]!.title, 'the earlier edit stays').to.equal('Panic attacks at work');
    expect(m.provider.store!.undo()).to.equal(true);
    expect(m.provider.plan!.problems[0]!.title, 'the earlier edit was one step too').to.equal('Panic attacks');
  });

  it('modality-picker: undo after typing homework restores it in one step', async () => {
    const m = await mount('modality-picker', pickerPlan());
    const field = m.root.querySelector<HTMLTextAreaElement>('#hw-iv1-hw1-what')!;
    await typeInto(m.widget, field, ' twice');
    expect(homework(m.provider.plan).what).to.equal('Breathing practice twice');
    m.provider.store!.undo();
    await m.widget.updateComplete;
    expect(homework(m.provider.plan).what).to.equal('Breathing practice');
    expect(field.value).to.equal('Breathing practice');
    expect(m.provider.store!.canUndo).to.equal(false);
  });

  it('assessment-form: undo after typing restores the empty answer in one step', async () => {
    const m = await mount('assessment-form', goalsPlan());
    const field = m.root.querySelector<HTMLTextAreaElement>('[data-field="concerns.inOwnWords"]')!;
    await typeInto(m.widget, field, 'Trains');
    m.provider.store!.undo();
    await m.widget.updateComplete;
    expect(m.provider.plan!.assessment.intake.concerns.inOwnWords).to.equal(undefined);
    expect(field.value).to.equal('');
    expect(m.provider.store!.canUndo).to.equal(false);
  });
});

describe('refused typing stays in the field, with the reason', () => {
  it('modality-picker: clearing a homework’s “What” keeps the field empty and says why', async () => {
    const m = await mount('modality-picker', pickerPlan());
    const field = m.root.querySelector<HTMLTextAreaElement>('#hw-iv1-hw1-what')!;
    field.focus();
    field.select();
    await sendKeys({ press: 'Backspace' });
    await m.widget.updateComplete;
    expect(field.value, 'the field is not put back').to.equal('');
    expect(homework(m.provider.plan).what, 'the plan keeps the last valid text').to.equal('Breathing practice');
    const error = m.root.querySelector('#hw-iv1-hw1-err')!;
    expect(error.textContent).to.match(/\S/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('hw-iv1-hw1-err');
    await expect(m.widget).to.be.accessible();

    // Typing on with a valid text takes it, and the error goes.
    await typeInto(m.widget, field, 'Walk');
    expect(homework(m.provider.plan).what).to.equal('Walk');
    expect(m.root.querySelector('#hw-iv1-hw1-err')?.textContent ?? 'none').to.equal('none');
  });

  it('modality-picker: a session length goes in as typed; one out of range is said on leaving and stays in the field', async () => {
    const m = await mount('modality-picker', pickerPlan());
    const field = m.root.querySelector<HTMLInputElement>('#iv-iv1-minutes')!;
    await typeInto(m.widget, field, '4');
    // "4" on the way to "45" is below the minimum of 5: not an error while typing, and not in the plan.
    expect(m.root.querySelector('#iv-iv1-minutes-err')?.textContent ?? 'none').to.equal('none');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(m.provider.plan!.interventions[0]!.sessionMinutes).to.equal(undefined);
    await typeInto(m.widget, field, '5');
    expect(m.provider.plan!.interventions[0]!.sessionMinutes).to.equal(45);
    expect(m.root.querySelector('#iv-iv1-minutes-err')?.textContent ?? 'none').to.equal('none');

    field.select();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await m.widget.updateComplete;
    expect(field.value).to.equal('2');
    expect(m.provider.plan!.interventions[0]!.sessionMinutes, 'the plan keeps the last valid length').to.equal(45);
    expect(m.root.querySelector('#iv-iv1-minutes-err')!.textContent).to.contain('5 to 600');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
  });

  it('goal-editor: the character past a measure’s length limit stays visible, with the error', async () => {
    const long = 'x'.repeat(499);
    const m = await mount('goal-editor', goalsPlan({ measure: { kind: 'count', label: long, unit: 'per week', baseline: 7, target: 1, direction: 'decrease' } }));
    await openDetails(m);
    const field = m.root.querySelector<HTMLInputElement>('[data-details="o1"] [data-field="label"]')!;
    field.focus();
    field.setSelectionRange(long.length, long.length);
    await sendKeys({ type: 'ab' });
    await m.widget.updateComplete;
    expect(objectiveOf(m.provider.plan).measure.label).to.equal(`${long}a`);
    expect(field.value).to.equal(`${long}ab`);
    const error = m.root.querySelector('[data-objective="o1"] .error[role="alert"]');
    expect(error?.textContent).to.match(/\S/);
    // The next render (another keystroke's, another widget's) does not put the plan's text back.
    m.widget.requestUpdate();
    await m.widget.updateComplete;
    expect(field.value).to.equal(`${long}ab`);
  });
});
