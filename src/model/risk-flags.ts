import type { RiskFlagEntry, TreatmentPlan } from './plan.js';

/**
 * The plan's open risk flags, oldest first: the timeline's `risk-flag` entries nobody has
 * acknowledged yet, saved or only answered in the form (`recorded: false`). A flag whose answer
 * was changed back before saving (`withdrawnAt`) is kept in the timeline but is not open. The one
 * home of "open" for every reader: the summary's sign panel, a portal's banner or header.
 */
export const openRiskFlags = (plan: TreatmentPlan): RiskFlagEntry[] =>
  plan.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag' && !e.acknowledgedAt && !e.withdrawnAt);
