import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { DEMO_CLIENT, EXAMPLES, examplePlan } from '../../demo/examples.js';
import type { PlanProvider, TreatmentPlan } from '../../src/index.js';
import { parsePlan } from '../../src/model/parse.js';
import { SIGNER_ROLES, contentHash, signedAndAgreed, signingState } from '../../src/model/signing.js';
import { uniqueId } from '../helpers/provider.js';

/**
 * The demo's example plans hold what the kit itself would record: a client's agreement is an
 * agreement (never a signature), every signature is a clinician's or supervisor's on a version
 * frozen with its content hash, and a plan in force was agreed and signed. A clinician opening the
 * demo sees the sign state a real plan would have.
 */
const SIGNED = EXAMPLES.filter((k) => k !== 'empty');

describe('the demo’s example plans are made the way the kit makes them', () => {
  for (const kind of SIGNED) {
    it(`${kind}: agreed by the demo's client, signed by a clinician, each with the content's hash`, async () => {
      const plan = await examplePlan(kind, uniqueId(`demo-${kind}`));
      const parsed = parsePlan(plan);
      expect(parsed.ok, 'a valid plan').to.equal(true);
      expect(plan.client).to.deep.equal(DEMO_CLIENT);

      // No signature in a role the kit never signs with (a client's agreement is an agreement record).
      expect(plan.signatures.map((s) => s.role).filter((r) => !(SIGNER_ROLES as readonly string[]).includes(r))).to.deep.equal([]);
      const state = signingState(plan);
      expect(state.signed, 'a signed version').to.not.equal(undefined);
      const version = state.signed!;
      const hash = await contentHash(plan.id, version);
      expect(version.hash, 'the version is frozen with its content hash').to.equal(hash);
      expect(await contentHash(plan.id, plan), 'the plan holds the signed content').to.equal(hash);
      for (const s of plan.signatures) expect({ version: s.version, hash: s.hash }).to.deep.equal({ version: version.version, hash });

      expect(plan.agreements.map((a) => ({ how: a.how, name: a.name, hash: a.hash }))).to.deep.equal([{ how: 'client', name: DEMO_CLIENT.displayName, hash }]);
      expect(plan.agreements[0]!.date <= plan.signatures[0]!.signedAt.slice(0, 10), 'agreed before it was signed').to.equal(true);
      expect(signedAndAgreed(plan)).to.deep.equal({ signed: true, agreed: true });
      expect(plan.status).to.equal('active');
    });
  }

  it('empty: a new draft, nobody agreed or signed', async () => {
    const plan = await examplePlan('empty', uniqueId('demo-empty'));
    expect({ status: plan.status, signatures: plan.signatures, agreements: plan.agreements }).to.deep.equal({ status: 'draft', signatures: [], agreements: [] });
  });

  it('the summary of the full example says signed and agreed, and prints no client “signature”', async () => {
    const plan: TreatmentPlan = await examplePlan('full', uniqueId('demo-full'));
    const provider = await fixture<PlanProvider>(html`<plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="demo-examples"
      ><plan-summary></plan-summary
    ></plan-provider>`);
    await provider.ready;
    const summary = provider.querySelector('plan-summary')!;
    await summary.updateComplete;
    const text = summary.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const state = summary.shadowRoot!.querySelector('[part="sign-state"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(state).to.equal('Version 2 signed by Dr. Ines Calder, PsyD · Maya Torres agreed');
    expect(text).not.to.contain('The client has not agreed');
    expect(text).not.to.contain('Dana Whitfield');
    await expect(summary).to.be.accessible();
  });
});
