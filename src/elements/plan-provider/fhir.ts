import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import type { FhirBundle, FhirExportOptions, FhirImportDifference } from '../../interop/fhir/index.js';
import { fail, type Result } from '../../model/errors.js';
import type { TreatmentPlan } from '../../model/plan.js';

/** The FHIR mapping, loaded the first time a page exports or imports (pages that never do, never load it). */
const loadFhir = () => import('../../interop/fhir/index.js');

/** The plan as a FHIR R4 bundle, with the host-registered instruments; `patient` links every resource. */
export async function exportedBundle(plan: TreatmentPlan, patient: string | undefined, options?: FhirExportOptions): Promise<FhirBundle> {
  const { exportFhir } = await loadFhir();
  return exportFhir(plan, { instruments: instrumentRegistry.hostDefinitions(), ...(patient ? { patient } : {}), ...options });
}

/** The plan a FHIR bundle holds, with where its resources disagree with the embedded plan; `planId` (when set) must match. */
export async function importedPlan(bundle: unknown, planId: string): Promise<Result<TreatmentPlan> & { differences?: FhirImportDifference[] }> {
  const { importFhirWithDifferences } = await loadFhir();
  const detailed = importFhirWithDifferences(bundle, { instruments: instrumentRegistry.hostDefinitions() });
  if (!detailed.ok) return detailed;
  const { plan, differences } = detailed.value;
  if (planId && plan.id !== planId) {
    return fail('plan-id-mismatch', `The imported plan's id "${plan.id}" does not match plan-id="${planId}". It was not loaded.`);
  }
  return { ok: true, value: plan, differences };
}
