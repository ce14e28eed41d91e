export {
  CHANGE_PARAMETERS,
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
