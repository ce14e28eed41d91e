// Type test (`npm run typecheck`): a React 19 host using every tag, checked against the generated JSX types.
import '../../src/jsx/react.js';
import { createPlan, type DraftRepository, type TreatmentPlan } from '../../src/index.js';

declare const repo: DraftRepository;
const plan: TreatmentPlan = createPlan('plan-1');
const seen: string[] = [];

export const App = () => (
  <plan-provider
    plan={plan}
    plan-id={plan.id}
    scope="tenant-a"
    storage="memory"
    autosave-delay={500}
    locale="es"
    mode="client"
    sync="manual"
    draftRepository={repo}
    ref={(el) => void el?.flush()}
    onplan-change={(e) => seen.push(e.detail.plan.id, e.detail.origin)}
    onrisk-flag={(e) => seen.push(e.detail.itemId, String(e.detail.recorded))}
    ondraft-error={(e) => seen.push(e.detail.code)}
    onplan-alert={(e) => seen.push(e.detail.message)}
    onreview-due={(e) => seen.push(e.detail.dueDate)}
    onsync-error={(e) => seen.push(String(e.detail.retrying))}
    className="plan"
  >
    <assessment-form name="assessment" sections="concerns" instruments="phq9 gad7" readonly={false} ondraft-error={(e) => seen.push(e.detail.message)} onInput={() => seen.push('input')} />
    <goal-editor no-suggestions />
    <modality-picker catalog={undefined} />
    <plan-summary heading-level={3} />
    <progress-timeline page-size={20} today="2026-12-06" />
  </plan-provider>
);

export const Wrong = () => (
  <>
    {/* @ts-expect-error camelCase never fires in React 19: typed `never` so it does not compile */}
    <plan-provider plan-id="p" onPlanChange={() => undefined} />
    {/* @ts-expect-error the detail is typed: a plan-change has no `code` */}
    <plan-provider plan-id="p" onplan-change={(e) => e.detail.code} />
    {/* @ts-expect-error mode is 'clinician' | 'client' */}
    <plan-provider plan-id="p" mode="admin" />
    {/* @ts-expect-error no such element */}
    <plan-providr plan-id="p" />
  </>
);
