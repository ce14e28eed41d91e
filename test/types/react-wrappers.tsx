// Type test (`npm run typecheck`): the generated @lit/react wrappers take camelCase events with a typed `detail`.
import { createPlan } from '../../src/index.js';
import { AssessmentForm, GoalEditor, ModalityPicker, PlanProvider, PlanSummary, ProgressTimeline } from '../../src/jsx/react-wrappers.js';

const plan = createPlan('plan-1');
const seen: string[] = [];

export const Wrapped = () => (
  <PlanProvider
    plan={plan}
    planId={plan.id}
    storage="memory"
    mode="client"
    onPlanChange={(e) => seen.push(e.detail.plan.id, e.detail.origin)}
    onRiskFlag={(e) => seen.push(e.detail.itemId)}
    onDraftError={(e) => seen.push(e.detail.code)}
    ref={(el) => void el?.flush()}
  >
    <AssessmentForm instruments="phq9" onDraftError={(e) => seen.push(e.detail.message)} />
    <GoalEditor noSuggestions />
    <ModalityPicker />
    <PlanSummary headingLevel={3} />
    <ProgressTimeline pageSize={20} />
  </PlanProvider>
);

export const WrongWrapped = () => (
  <>
    {/* @ts-expect-error the detail is typed: a plan-change has no `code` */}
    <PlanProvider planId="p" onPlanChange={(e) => seen.push(e.detail.code)} />
    {/* @ts-expect-error mode is 'clinician' | 'client' */}
    <PlanProvider planId="p" mode="admin" />
    {/* @ts-expect-error goal-editor fires no plan-change */}
    <GoalEditor onPlanChange={() => undefined} />
  </>
);
