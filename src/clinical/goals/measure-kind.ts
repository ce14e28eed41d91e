import type { Measure } from '../../model/plan.js';

/**
 * The measure fields a change of kind sets. A baseline read from a questionnaire means nothing for
 * a counted measure, and vice versa; a measure that is no longer a questionnaire keeps no
 * questionnaire behind it either, and a questionnaire score has no unit.
 */
export function measureKindChange(current: Measure['kind'], kind: Measure['kind']): Partial<Measure> {
  const crossing = (kind === 'instrument') !== (current === 'instrument');
  return {
    kind,
    ...(crossing ? { baseline: undefined } : {}),
    ...(kind === 'instrument' ? { unit: undefined } : { instrumentId: undefined, baselineAdministrationId: undefined }),
  };
}
