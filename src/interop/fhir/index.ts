export {
  exportFhir,
  exportFhirWithWarnings,
  type FhirExportResult,
  type FhirExportWarning,
  fhirUuid,
  achievementOf,
  currentObjectiveValue,
  canonicalJson,
  planFitsInFhirExtension,
  type FhirExportOptions,
} from './export.js';
export { importFhir, importFhirWithDifferences, type FhirImportDifference, type FhirImportOptions } from './import.js';
export * from './codes.js';
export type * from './types.js';
export { uuidV5, KIT_UUID_NAMESPACE } from './uuid.js';
