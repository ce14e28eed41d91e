import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import { CURRENT_SCHEMA_VERSION, createPlan } from '../../src/model/index.js';
import { exportFhir } from '../../src/interop/fhir/index.js';
import { exportPlanJson, importPlanJson } from '../../src/interop/json.js';
import v1 from '../fixtures/plan-v1.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';

describe('exportPlanJson', () => {
  it('writes the whole plan as indented JSON', () => {
    const plan = realisticPlan();
    const text = exportPlanJson(plan);
    expect(JSON.parse(text)).to.deep.equal(plan);
    expect(text).to.contain(`\n  "schemaVersion": ${CURRENT_SCHEMA_VERSION}`);
  });

  it('writes one compact line with space: 0', () => {
    const text = exportPlanJson(realisticPlan(), { space: 0 });
    expect(text).not.to.contain('\n');
    expect(text).to.equal(JSON.stringify(realisticPlan()));
  });

  it('is deterministic', () => {
    expect(exportPlanJson(realisticPlan())).to.equal(exportPlanJson(realisticPlan()));
  });
});

describe('importPlanJson', () => {
  it('round-trips export → import to the identical plan', () => {
    const plan = realisticPlan();
    const r = importPlanJson(exportPlanJson(plan));
    expect(okValue(r)).to.deep.equal(plan);
  });

  it('accepts an already parsed object', () => {
    const plan = createPlan('p-json-1', '2026-05-01T08:00:00.000Z');
    const r = importPlanJson(JSON.parse(JSON.stringify(plan)));
    expect(r.ok && r.value).to.deep.equal(plan);
  });

  it('migrates a schema-1 file to the current schema', () => {
    const r = importPlanJson(JSON.stringify(v1));
    const plan = okValue(r);
    expect(plan.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
    expect(plan.id).to.equal('plan-legacy-7');
  });

  // Inputs are made inside the test (a bundle exported while the file loads is out of a mutant's reach).
  const invalid: [string, () => unknown, string, string][] = [
    ['an empty string', () => '   ', 'invalid-import', 'empty'],
    ['text that is not JSON', () => '{"schemaVersion": 2,', 'invalid-import', 'not valid JSON'],
    ['a JSON array', () => '[]', 'invalid-import', 'must be an object'],
    ['null', () => null, 'invalid-import', 'A plan must be an object.'],
    ['the text null', () => 'null', 'invalid-import', 'A plan must be an object.'],
    ['a FHIR Bundle', () => exportFhir(realisticPlan()), 'invalid-import', 'importFhir'],
    ['a plan with a bad goal priority', () => {
      const p = realisticPlan();
      p.problems[0]!.goals[0] = { ...p.problems[0]!.goals[0]!, priority: 'urgent' as 'high' };
      return JSON.stringify(p);
    }, 'invalid-import', 'problems.0.goals.0.priority'],
    ['a plan without schemaVersion', () => JSON.stringify({ id: 'x' }), 'invalid-import', 'schemaVersion'],
    ['a plan from a newer kit', () => JSON.stringify({ ...realisticPlan(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), 'unsupported-schema-version', 'newer version'],
  ];
  it('says the imported plan is not valid, naming the field', () => {
    const r = importPlanJson({ ...realisticPlan(), status: 'finished' });
    expect(errorOf(r).message).to.match(/^The imported plan is not valid: status: /);
  });

  for (const [name, input, code, expected] of invalid) {
    it(`rejects ${name} with ${code}`, () => {
      const r = importPlanJson(input());
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal(code);
      expect(`${r.error.message}\n${(r.error.issues ?? []).join('\n')}`).to.contain(expected);
    });
  }
});
