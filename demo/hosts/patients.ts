import { createPlan, type TreatmentPlan } from 'tailored-plan-kit';

/** Two patients' plans, as a portal's server would hand them over. */
export const PATIENTS = {
  ada: { ...createPlan('plan-ada-2291'), client: { hostId: 'MRN-2291', displayName: 'Ada Park' } },
  ben: { ...createPlan('plan-ben-3307'), client: { hostId: 'MRN-3307', displayName: 'Ben Okafor' } },
} satisfies Record<string, TreatmentPlan>;
export type PatientKey = keyof typeof PATIENTS;

/** `?order=plan-first` (the default: `plan` set before `plan-id`, as JSX order makes it) or `?order=id-first`. */
export const ORDER: 'plan-first' | 'id-first' = new URLSearchParams(location.search).get('order') === 'id-first' ? 'id-first' : 'plan-first';

/** What a submitted `<assessment-form name="assessment">` carried: its answers in progress, as `phq9-1=2` words. */
export function describeSubmitted(form: HTMLFormElement): string {
  const value = new FormData(form).get('assessment');
  if (typeof value !== 'string') return 'no assessment field';
  const inProgress = (JSON.parse(value) as TreatmentPlan['assessment']).inProgress ?? {};
  const answers = Object.values(inProgress).flatMap((draft) => Object.entries(draft.answers).map(([item, v]) => `${item}=${v}`));
  return answers.length ? answers.join(' ') : 'no answers';
}
