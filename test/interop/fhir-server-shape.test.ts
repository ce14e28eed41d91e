// Valid R4 for every plan the kit can hold, checked by the official R4 JSON schema and Medplum's
// StructureDefinition validator (issue 15). The validator is slow (≈ 0.5 s a bundle) and reaches almost
// every line of the export, so this file is left out of the mutation run (stryker.config.mjs); what a
// server needs besides validity is asserted in fhir-server-exchange.test.ts, which the mutation run includes.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { exportFhir, type FhirExportOptions } from '../../src/interop/fhir/index.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { realisticPlan, withEmptyTexts, withSpacedVersionAndReversedAnswers } from '../fixtures/plan-fhir.js';
import { bigPlan } from '../../bench/fixtures.js';

/** The official R4 JSON schema and Medplum's StructureDefinition validator, run in Node by the test runner. */
const r4Problems = (resource: unknown) => executeServerCommand<string[], { resource: unknown }>('fhir-validate', { resource });

const fixtures: [string, TreatmentPlan][] = [
  ['the realistic plan', realisticPlan()],
  ['a plan with empty goal, objective and problem texts', withEmptyTexts()],
  ['a version with spaces, answers stored out of order', withSpacedVersionAndReversedAnswers()],
  ['the large plan (100 goals × 5 objectives)', bigPlan()],
];
const shapes: [string, FhirExportOptions][] = [
  ['collection', {}],
  ['transaction with a patient', { bundleType: 'transaction', patient: 'Patient/p-123' }],
  ['collection without the plan extension', { embedPlan: false }],
];

describe('exportFhir: valid R4 for every plan the kit can hold', () => {
  for (const [name, plan] of fixtures) {
    for (const [shape, options] of shapes) {
      it(`${name}, ${shape}: no problem against the R4 JSON schema and StructureDefinitions`, async () => {
        expect(await r4Problems(exportFhir(plan, options))).to.deep.equal([]);
      });
    }
  }
});
