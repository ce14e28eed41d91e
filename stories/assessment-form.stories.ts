import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ASQ, AUDITC, GAD2, GAD7, PHQ2, PHQ9, PCL5 } from '../src/clinical/instruments/index.js';
import '../src/elements/progress-timeline/define.js';
import '../src/define.js';
import '../src/elements/assessment-form/define.js';
import type { AssessmentForm } from '../src/elements/assessment-form/assessment-form.js';
import { createPlan } from '../src/model/factory.js';
import type { TreatmentPlan } from '../src/model/plan.js';
import { applyCommand } from '../src/plan/reducer.js';
import { fullPlan, riskPlan } from './fixtures.js';

/**
 * Invented people and answers only. Plans are built through the real commands, so every score
 * in these stories is computed by the reducer, exactly as in a portal.
 */
const NOW = '2026-11-24T15:00:00.000Z';

function build(id: string, commands: unknown[]): TreatmentPlan {
  let plan = createPlan(id, '2026-11-20T09:00:00.000Z');
  let n = 0;
  for (const c of commands) {
    const r = applyCommand(plan, c, { now: NOW, newId: () => `${id}-${++n}` });
    if (!r.ok) throw new Error(`story fixture ${id}: ${r.error.message}`);
    plan = r.value.plan;
  }
  return plan;
}

const answers = (prefix: string, values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`${prefix}-${i + 1}`, v]));

const intakeSoFar = [
  {
    type: 'intake/update',
    section: 'concerns',
    values: {
      inOwnWords: 'Since the warehouse closed in August I cannot get going in the mornings and I snap at the kids.',
      hopesToChange: 'Sleep through the night and enjoy football with my son again.',
      areas: ['depression', 'sleep'],
    },
  },
  {
    type: 'intake/update',
    section: 'history',
    values: { mental: 'A low patch after my father died in 2019; it lifted after about six months.' },
  },
  {
    type: 'intake/add-item',
    list: 'pastTreatments',
    id: 'pt-1',
    fields: {
      approach: 'Six sessions of counselling through work',
      when: '2019',
      helped: 'Having someone outside the family to talk to',
      didNotHelp: 'Sessions ended just as things were opening up',
      outcome: 'partly-helpful',
    },
  },
  { type: 'intake/update', section: 'profile', values: { socialEnergy: 'introverted', copingThatWorks: 'Long walks with the dog' } },
];

const fullIntake = [
  ...intakeSoFar,
  { type: 'intake/update', section: 'biological', values: { familyHistory: 'Mother treated for depression in her forties.', medications: 'None at present.' } },
  {
    type: 'intake/update',
    section: 'social',
    values: { culturalBackground: 'Polish family, grew up in Leeds', familyDynamics: 'Close to my sister; tense with my partner since the job loss.' },
  },
  { type: 'intake/add-item', list: 'supportSystem', id: 'sp-1', fields: { who: 'Sister, Ania', strength: 'strong' } },
  { type: 'intake/add-item', list: 'lifeEvents', id: 'le-1', fields: { description: 'Made redundant when the warehouse closed', date: '2026-08-29' } },
  { type: 'intake/update', section: 'preferences', values: { structure: 'structured', format: 'either', scheduling: 'Evenings after 6 pm' } },
  { type: 'intake/update', section: 'substanceUse', values: { uses: 'yes', substances: 'Alcohol', frequency: 'Three or four beers most evenings', triggers: 'Evenings alone once the kids are in bed' } },
  { type: 'intake/update', section: 'accommodations', values: { processing: 'Written summary after each session helps me remember.' } },
  { type: 'intake/update', section: 'strengths', values: { text: 'Practical, reliable, good with my hands; my sister and my dog.' } },
];

const empty = () => createPlan('story-assessment-empty', '2026-11-20T09:00:00.000Z');

const halfFilled = () =>
  build('story-assessment-half', [
    ...intakeSoFar,
    { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: answers('phq9', [2, 2, 3, 2]) },
  ]);

const completed = () =>
  build('story-assessment-done', [
    ...fullIntake,
    { type: 'assessment/record-administration', instrument: PHQ9, answers: { ...answers('phq9', [2, 2, 3, 2, 1, 2, 1, 0, 0]), 'phq9-10': 1 }, date: '2026-11-24T14:20:00.000Z' },
    { type: 'assessment/record-administration', instrument: GAD7, answers: answers('gad7', [2, 1, 2, 2, 1, 2, 0]), date: '2026-11-24T14:25:00.000Z' },
    { type: 'assessment/complete' },
  ]);

const riskFlag = () =>
  build('story-assessment-risk', [
    ...intakeSoFar,
    { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: answers('phq9', [1, 1, 0, 1, 0, 1, 0, 0, 1]) },
  ]);

const trauma = () =>
  build('story-assessment-pcl5', [
    {
      type: 'intake/update',
      section: 'concerns',
      values: { inOwnWords: 'Since the crash on the ring road I cannot drive, and I wake up with my heart pounding.', areas: ['ptsd'], traumaFeatures: ['strong-physical-symptoms'] },
    },
    {
      type: 'assessment/record-administration',
      instrument: PCL5,
      answers: answers('pcl5', [3, 3, 2, 3, 4, 3, 4, 1, 2, 2, 3, 2, 2, 1, 2, 0, 3, 3, 2, 3]),
      date: '2026-11-24T14:00:00.000Z',
    },
  ]);

interface Args {
  sections: string;
  instruments: string;
  readonly: boolean;
  mode: 'clinician' | 'client';
}

function frame(plan: TreatmentPlan, args: Args, afterReady?: (form: AssessmentForm) => void): TemplateResult {
  const onForm = (el: Element | undefined) => {
    if (!el || !afterReady) return;
    const form = el as AssessmentForm;
    const provider = form.closest('plan-provider');
    void provider?.ready.then(() => form.updateComplete).then(() => afterReady(form));
  };
  return html`<plan-provider plan-id=${plan.id} scope="storybook" storage="memory" mode=${args.mode} .plan=${plan}>
    <assessment-form
      sections=${args.sections}
      instruments=${args.instruments}
      ?readonly=${args.readonly}
      name="assessment"
      ${ref(onForm)}
    ></assessment-form>
  </plan-provider>`;
}

const meta: Meta<Args> = {
  title: 'Elements/assessment-form',
  component: 'assessment-form',
  args: {
    sections: 'concerns history profile biological social preferences substance-use accommodations strengths',
    instruments: 'phq9 gad7',
    readonly: false,
    mode: 'clinician',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['clinician', 'client'] },
  },
  render: (args) => frame(empty(), args),
  parameters: {
    docs: {
      description: {
        component:
          'Intake sections and standardized instruments. Scores are computed from the answers as they are given; a positive PHQ-9 item 9 shows an alert next to the score whatever the total.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A new assessment: every section and the PHQ-9 and GAD-7, nothing answered yet. */
export const Empty: Story = {};

/** Part of the intake typed and four PHQ-9 answers given: the score reads "4 of 9 answered". */
export const HalfFilled: Story = { render: (args) => frame(halfFilled(), args) };

/** Every section filled, PHQ-9 and GAD-7 recorded and the assessment marked complete. */
export const Completed: Story = { render: (args) => frame(completed(), args) };

/** "Complete assessment" pressed too early: each missing answer is marked and focus is on the first. */
export const ValidationErrors: Story = {
  args: { sections: 'concerns substance-use', instruments: 'phq2' },
  render: (args) =>
    frame(
      build('story-assessment-errors', [
        { type: 'intake/update', section: 'substanceUse', values: { uses: 'yes' } },
        { type: 'assessment/update-instrument-draft', instrumentId: 'phq2', instrument: PHQ2, answers: { 'phq2-1': 1 } },
      ]),
      args,
      (form) => form.reportValidity(),
    ),
};

/** PHQ-9 item 9 answered "Several days" with a low total: the alert sits next to the score. */
export const RiskFlagRaised: Story = {
  args: { sections: 'concerns', instruments: 'phq9' },
  render: (args) => frame(riskFlag(), args),
};

/** The same alert as the client sees it in the portal. */
export const RiskFlagClientMode: Story = {
  args: { sections: '', instruments: 'phq9', mode: 'client' },
  render: (args) => frame(riskFlag(), args),
};

/** A PCL-5 with its cluster scores and the DSM-5 provisional rule. */
export const Pcl5Clusters: Story = {
  args: { sections: 'concerns', instruments: 'pcl5' },
  render: (args) => frame(trauma(), args),
};

/** AUDIT-C before sex is given: both thresholds are shown. */
export const AuditCBothThresholds: Story = {
  args: { sections: '', instruments: 'auditc' },
  render: (args) =>
    frame(
      build('story-assessment-auditc', [
        { type: 'assessment/update-instrument-draft', instrumentId: 'auditc', instrument: AUDITC, answers: answers('auditc', [2, 1, 0]) },
      ]),
      args,
    ),
};

/** Read-only, for review and print. */
export const Readonly: Story = {
  args: { readonly: true },
  render: (args) => frame(completed(), args),
};

/** GAD-2 of 3: a positive screen, said in words beside the total, with the full GAD-7 offered. */
export const Gad2PositiveScreen: Story = {
  args: { sections: '', instruments: 'gad2' },
  render: (args) =>
    frame(build('story-assessment-gad2', [{ type: 'assessment/update-instrument-draft', instrumentId: 'gad2', instrument: GAD2, answers: answers('gad2', [2, 1]) }]), args),
};

/** Lines of a safety plan written with a client (invented). */
const safetyLines: [string, string][] = [
  ['warningSigns', 'Lying awake after 3 am going over the redundancy'],
  ['warningSigns', 'Cancelling football with my son'],
  ['copingStrategies', 'Take the dog out, the long loop by the canal'],
  ['distractions', 'The café on Market Street, Saturday mornings'],
  ['helpers', 'My sister Ania — 555-0134'],
  ['professionals', 'Dr. Ruiz, clinic line 555-0100 (weekdays 9–5)'],
  ['professionals', '988 Suicide & Crisis Lifeline — call or text 988, any hour'],
  ['safeEnvironment', 'Ania keeps the spare medicines at her flat'],
  ['reasonsForLiving', 'My son, and seeing him play on Saturdays'],
];

const withSafetyPlan = () =>
  build('story-assessment-safety', [
    { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: answers('phq9', [2, 2, 1, 2, 1, 2, 1, 0, 1]) },
    { type: 'safety/add-plan' },
    ...safetyLines.map(([step, text]) => ({ type: 'safety/add-line', step, text })),
  ]);

/**
 * A safety plan written with the client after a positive PHQ-9 item 9 (structure after Stanley &
 * Brown 2012): every line is a text box saved as it is typed; lines are added and removed per step.
 */
export const SafetyPlan: Story = {
  args: { sections: '', instruments: 'phq9' },
  render: (args) => frame(withSafetyPlan(), args),
};

/** The same safety plan as the client sees it: plain words, "My safety plan". */
export const SafetyPlanClientMode: Story = {
  args: { sections: '', instruments: 'phq9', mode: 'client' },
  render: (args) => frame(withSafetyPlan(), args),
};

/**
 * A client in the portal answered item 9 and never pressed save: the form is incomplete, yet the
 * plan already holds an unacknowledged risk flag (shown by the timeline below, marked "not yet
 * saved"), and the host heard `risk-flag` with `recorded: false`.
 */
export const RiskFlagFromUnsavedClientForm: Story = {
  args: { sections: '', instruments: 'phq9', mode: 'client' },
  render: (args) => {
    const plan = build('story-assessment-unsaved-risk', [
      { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: answers('phq9', [1, 2, 1]) },
      { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-9': 1 } },
    ]);
    return html`<plan-provider plan-id=${plan.id} scope="storybook" storage="memory" mode=${args.mode} .plan=${plan}>
      <assessment-form sections=${args.sections} instruments=${args.instruments}></assessment-form>
    </plan-provider>
    <plan-provider plan-id=${plan.id} scope="storybook-clinician" storage="memory" mode="clinician" .plan=${plan}>
      <progress-timeline></progress-timeline>
    </plan-provider>`;
  },
};

/** The ASQ after a positive item 9: "yes" to question 3 brought up question 5, answered "yes" — an acute positive. */
export const AsqAcutePositive: Story = {
  args: { sections: '', instruments: 'phq9 asq' },
  render: (args) =>
    frame(
      build('story-assessment-asq', [
        { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-9': 2 } },
        { type: 'assessment/update-instrument-draft', instrumentId: 'asq', instrument: ASQ, answers: { 'asq-1': 1, 'asq-2': 0, 'asq-3': 1, 'asq-4': 0, 'asq-5': 1 } },
      ]),
      args,
    ),
};

/**
 * Collapsed layout with the full example plan: each section and questionnaire is one line with its
 * state ("3 of 4 answered", "Complete, saved …"); the first one not complete is open.
 */
export const CollapsedSections: Story = {
  args: { instruments: 'phq2 phq9 gad7 pcl5 auditc' },
  render: (args) => frame(fullPlan('story-assessment-collapsed'), args),
};

/**
 * A saved PHQ-9 with item 9 above 0: the questionnaire is complete, so it is closed, and the
 * critical-item alert and the score stay in view under its heading (a risk answer never hides).
 */
export const RiskAlertWithQuestionnaireClosed: Story = {
  args: { sections: 'concerns', instruments: 'phq9' },
  render: (args) => frame(riskPlan('story-assessment-risk-closed'), args),
};
