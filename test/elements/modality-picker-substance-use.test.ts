import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ModalityPicker } from '../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { DraftErrorEvent } from '../../src/events.js';
import { PART2_SECURITY_LABELS } from '../../src/interop/fhir/substance-use.js';
import { accessibleName, allByRole, byRole } from '../helpers/by-name.js';
import { uniqueId } from '../helpers/provider.js';
import { openPart, toggleButton } from '../helpers/disclosures.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';
import { sudPlan } from '../fixtures/sud-plan.js';
import type { TreatmentPlan } from '../../src/model/index.js';

interface Setup {
  provider: PlanProvider;
  picker: ModalityPicker;
  root: ShadowRoot;
}

async function setup(plan: (id: string) => TreatmentPlan = (id) => ({ ...realisticPlan(), id }), id = uniqueId('sud-picker')): Promise<Setup> {
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope="sud-picker" storage="memory" autosave-delay="0">
    <modality-picker substance-use-care></modality-picker>
  </plan-provider>`);
  await provider.ready;
  provider.plan = plan(id);
  const picker = provider.querySelector('modality-picker')!;
  await picker.updateComplete;
  expect(toggleButton(picker.shadowRoot!, 'sud').getAttribute('aria-expanded'), 'closed until opened').to.equal('false');
  await openPart(picker, 'sud');
  return { provider, picker, root: picker.shadowRoot! };
}

const text = (el: ParentNode) => (el.textContent ?? '').replace(/\s+/g, ' ');
const settle = async (s: Setup) => {
  await s.provider.updateComplete;
  await s.picker.updateComplete;
};
const sudSection = (s: Setup) => s.root.querySelector<HTMLElement>('section.sud')!;

describe('<modality-picker substance-use-care>: medication referrals and recovery supports', () => {
  it('adds a MOUD referral from the keyboard: no dose field anywhere, the referral rule said next to it', async () => {
    const s = await setup();
    const section = sudSection(s);
    expect(text(section)).to.contain('A referral to a prescriber, never a prescription: this plan holds no dose.');
    expect(text(section)).to.contain('Medication (MOUD / MAUD) is for a diagnosed moderate or severe opioid or alcohol use disorder.');
    expect(text(section), 'the plan has no such diagnosis yet').to.contain('No moderate or severe alcohol or opioid use disorder is recorded');
    await expect(s.picker).to.be.accessible();

    const medication = byRole<HTMLSelectElement>(section.querySelector('form')!, 'combobox', 'Medication to discuss');
    medication.focus();
    await sendKeys({ press: 'ArrowDown' }); // buprenorphine → methadone
    byRole(section, 'button', 'Add referral').focus();
    await sendKeys({ press: 'Enter' });
    await settle(s);
    const [referral] = s.provider.plan!.substanceUseCare!.medicationReferrals;
    expect(referral).to.include({ disorder: 'opioid', medication: 'methadone', status: 'referred' });
    expect(referral).to.not.have.property('dose');

    const entry = sudSection(s).querySelector<HTMLElement>('[part="sud-referral"]')!;
    const labels = [...entry.querySelectorAll('input, select, textarea')].map((c) => accessibleName(c));
    expect(labels).to.deep.equal(['For', 'Medication to discuss', 'Status', 'Date of this status', 'Prescriber', 'Note']);
    expect(labels.join(' ')).to.not.match(/dose|dosage|mg|amount/i);

    byRole(entry, 'textbox', 'Prescriber').focus();
    await sendKeys({ type: 'Dr. Kim' });
    byRole<HTMLSelectElement>(entry, 'combobox', 'Status').focus();
    await sendKeys({ press: 'ArrowDown' }); // referred → started
    await settle(s);
    expect(s.provider.plan!.substanceUseCare!.medicationReferrals[0]).to.include({ prescriber: 'Dr. Kim', status: 'started' });
    await expect(s.picker).to.be.accessible();
  });

  it('a referral round-trips through FHIR (export, import into another page)', async () => {
    const s = await setup();
    byRole(sudSection(s), 'button', 'Add referral').click();
    await settle(s);
    const referral = s.provider.plan!.substanceUseCare!.medicationReferrals[0]!;
    const bundle = (await s.provider.exportFhir())!;
    const other = await setup(undefined, s.provider.planId);
    const imported = await other.provider.importFhir(bundle);
    expect(imported.ok).to.equal(true);
    expect(other.provider.plan!.substanceUseCare!.medicationReferrals).to.deep.equal([referral]);
    await settle(other);
    expect(text(toggleButton(other.root, 'sud'))).to.contain('1 referral(s) · 0 support(s)');
    expect(text(sudSection(other).querySelector('[part="sud-referral"] legend')!)).to.equal('Buprenorphine — Opioid use disorder (MOUD)');
  });

  it('adds a recovery support and links it to an objective like an approach', async () => {
    const s = await setup();
    const form = sudSection(s).querySelectorAll('form')[1]!;
    byRole<HTMLSelectElement>(form, 'combobox', 'Kind of support').value = 'recovery-coach';
    byRole(form, 'button', 'Add recovery support').click();
    await settle(s);
    const entry = sudSection(s).querySelector<HTMLElement>('[part="sud-support"]')!;
    byRole(entry, 'textbox', 'Name').focus();
    await sendKeys({ type: 'Peer coach Marisol' });
    const walk = allByRole<HTMLInputElement>(entry, 'checkbox', /Walk/)[0]!;
    walk.click();
    await settle(s);
    const [support] = s.provider.plan!.substanceUseCare!.recoverySupports;
    expect(support).to.deep.include({ kind: 'recovery-coach', label: 'Peer coach Marisol', objectiveIds: ['obj-walk'] });
    expect(text(sudSection(s).querySelector('[part="sud-support"] legend')!)).to.equal('Peer coach Marisol');
    await expect(s.picker).to.be.accessible();
  });
});

describe('<plan-provider> exportFhir and 42 CFR Part 2', () => {
  const labelled = (r: { meta?: { security?: { system?: string; code?: string }[] } }) =>
    PART2_SECURITY_LABELS.every((l) => r.meta?.security?.some((c) => c.system === l.system && c.code === l.code));

  it('withholds the protected resources with a coded refusal, and exports them labelled when asked', async () => {
    const s = await setup(() => ({ ...sudPlan('section'), id: 'part2-plan' }), 'part2-plan');
    const refused = oneEvent(s.provider, 'draft-error') as Promise<DraftErrorEvent>;
    const bundle = (await s.provider.exportFhir())!;
    const { detail } = await refused;
    expect(detail).to.include({ code: 'export-withheld' });
    expect(detail.refusal).to.deep.equal({ code: 'part2-protected', params: { scope: 'section', withheld: 9 } });
    expect(bundle.entry.some((e) => e.resource.resourceType === 'ServiceRequest')).to.equal(false);
    expect(JSON.stringify(bundle)).to.not.contain('naltrexone');

    let errors = 0;
    s.provider.addEventListener('draft-error', () => errors++);
    const full = (await s.provider.exportFhir({ includeProtected: true }))!;
    expect(errors).to.equal(0);
    const requests = full.entry.filter((e) => e.resource.resourceType === 'ServiceRequest');
    expect(requests).to.have.length(3);
    expect(requests.every((e) => labelled(e.resource))).to.equal(true);
  });

  it('a plan marked whole is not exported at all without the flag', async () => {
    const s = await setup(() => ({ ...sudPlan('plan'), id: 'part2-whole' }), 'part2-whole');
    const refused = oneEvent(s.provider, 'draft-error') as Promise<DraftErrorEvent>;
    expect(await s.provider.exportFhir()).to.equal(undefined);
    expect((await refused).detail.refusal).to.deep.include({ code: 'part2-protected' });
  });
});
