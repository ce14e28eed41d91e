export {
  CHANGE_PARAMETERS,
  DEPRESSION_OUTCOME_SOURCE,
  MARX_2022,
  NHS_TALKING_THERAPIES,
  PHQ9_CLINICAL_BASELINE,
  PHQ9_REMISSION_BELOW,
  INSTRUMENT_LABELS,
  JACOBSON_TRUAX_1991,
  RELIABLE_CHANGE_Z,
  RESPONSE_FRACTION,
  SEVERITY_BANDS,
  changeParametersFor,
  instrumentLabel,
  normalizeInstrumentId,
  severityBandsFor,
  type ChangeParameters,
  type CitedValue,
  type SeverityBand,
} from './parameters.js';
export * from './change.js';
export * from './objectives.js';
export * from './review.js';
export * from './alerts.js';
export * from './timeline.js';
