// A React 19 portal page using the kit as an installed package would: `define.js` registers the
// tags, `tailored-plan-kit/react` types them in JSX, `tailored-plan-kit/react-wrappers` offers
// camelCase events. Driven by scripts/hosts-e2e.mjs.
import { useState, type FormEvent, type ReactNode } from 'react';
import 'tailored-plan-kit/define.js';
import 'tailored-plan-kit/react';
import type { DraftErrorEvent, PlanChangeEvent, RiskFlagEvent, TreatmentPlan } from 'tailored-plan-kit';
import { PlanProvider } from 'tailored-plan-kit/react-wrappers';
import { describeSubmitted, ORDER, PATIENTS, type PatientKey } from '../patients.js';

interface ProviderProps {
  plan: TreatmentPlan;
  mode: 'clinician' | 'client';
  wrappers: boolean;
  note: (line: string) => void;
  children: ReactNode;
}

/** `<plan-provider>` with `plan` before or after `plan-id` (React sets them in JSX order), or the wrapper component. */
function Provider({ plan, mode, wrappers, note, children }: ProviderProps) {
  const onPlanChange = (e: PlanChangeEvent) => note(`plan-change ${e.detail.plan.client?.displayName ?? ''} ${e.detail.command ?? e.detail.origin}`);
  const onDraftError = (e: DraftErrorEvent) => note(`draft-error ${e.detail.code}`);
  const onRiskFlag = (e: RiskFlagEvent) => note(`risk-flag ${e.detail.itemId}=${e.detail.value}`);
  if (wrappers) {
    return (
      <PlanProvider plan={plan} planId={plan.id} scope="react-host" storage="memory" mode={mode} onPlanChange={onPlanChange} onDraftError={onDraftError} onRiskFlag={onRiskFlag}>
        {children}
      </PlanProvider>
    );
  }
  return ORDER === 'plan-first' ? (
    <plan-provider plan={plan} plan-id={plan.id} scope="react-host" storage="memory" mode={mode} onplan-change={onPlanChange} ondraft-error={onDraftError} onrisk-flag={onRiskFlag}>
      {children}
    </plan-provider>
  ) : (
    <plan-provider plan-id={plan.id} plan={plan} scope="react-host" storage="memory" mode={mode} onplan-change={onPlanChange} ondraft-error={onDraftError} onrisk-flag={onRiskFlag}>
      {children}
    </plan-provider>
  );
}

export function App({ wrappers }: { wrappers: boolean }) {
  const [patient, setPatient] = useState<PatientKey>('ada');
  const [open, setOpen] = useState(true);
  const [mode, setMode] = useState<'clinician' | 'client'>('clinician');
  const [log, setLog] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState('');
  const note = (line: string) => setLog((lines) => [...lines, line]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSubmitted(describeSubmitted(e.currentTarget));
  };
  return (
    <main>
      <h1>React 19 portal {wrappers ? '(wrapper components)' : `(plan ${ORDER === 'plan-first' ? 'before' : 'after'} plan-id)`}</h1>
      <nav aria-label="Patients">
        {(Object.keys(PATIENTS) as PatientKey[]).map((key) => (
          <button key={key} type="button" aria-pressed={patient === key} onClick={() => setPatient(key)}>
            {PATIENTS[key].client.displayName}
          </button>
        ))}
        <button type="button" onClick={() => setOpen((o) => !o)}>
          {open ? 'Close the chart' : 'Open the chart'}
        </button>
        <label>
          <input type="checkbox" checked={mode === 'client'} onChange={(e) => setMode(e.currentTarget.checked ? 'client' : 'clinician')} /> Client view
        </label>
      </nav>
      {open && (
        <Provider plan={PATIENTS[patient]} mode={mode} wrappers={wrappers} note={note}>
          <form id="intake" onSubmit={submit}>
            <assessment-form name="assessment" sections="" instruments="phq9" />
            <button type="submit">Send to the clinic</button>
            <button type="reset">Clear for the next person</button>
          </form>
          <plan-summary heading-level={2} />
        </Provider>
      )}
      <h2>What the page heard</h2>
      <output id="submitted">{submitted}</output>
      <ul id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
