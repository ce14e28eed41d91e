import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { byRole } from '../helpers/by-name.js';
import { toggleButton } from '../helpers/disclosures.js';
import { uniqueId } from '../helpers/provider.js';

interface Setup {
  provider: PlanProvider;
  form: AssessmentForm;
  root: ShadowRoot;
}

async function setup(opts: { id?: string; optIn?: boolean; signer?: boolean } = {}): Promise<Setup> {
  const id = opts.id ?? uniqueId('sud');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope="sud-test" storage="memory" autosave-delay="0">
    <assessment-form sections="" instruments="" ?substance-use-care=${opts.optIn !== false}></assessment-form>
  </plan-provider>`);
  await provider.ready;
  if (opts.signer !== false) provider.signer = { name: 'Dr. Ana Ruiz', credentials: 'MD', role: 'clinician' };
  const form = provider.querySelector('assessment-form')!;
  await form.updateComplete;
  return { provider, form, root: form.shadowRoot! };
}

const text = (el: ParentNode) => (el.textContent ?? '').replace(/\s+/g, ' ');
const settle = async (s: Setup) => {
  await s.provider.updateComplete;
  await s.form.updateComplete;
};

/** Opens the part with the keyboard, as a user does: focus its button, press Enter. */
async function openByKeyboard(s: Setup) {
  // The part loads on demand (only pages that opt in download it): it appears once loaded.
  await waitUntil(() => s.root.querySelector('[data-toggle="substance-use-care"]'), 'the substance-use part appears');
  toggleButton(s.root, 'substance-use-care').focus();
  await sendKeys({ press: 'Enter' });
  await settle(s);
}

describe('<assessment-form substance-use-care>: risk ratings after The ASAM Criteria', () => {
  it('is opt-in: without the attribute there is no such part', async () => {
    const s = await setup({ optIn: false });
    expect(s.root.querySelector('[data-part="substance-use-care"]')).to.equal(null);
    await expect(s.form).to.be.accessible();
  });

  it('rates by keyboard, shows the suggestion with its reason without applying it, and keeps ratings and note after a reload', async () => {
    const id = uniqueId('sud-reload');
    const s = await setup({ id });
    await openByKeyboard(s);
    expect(text(toggleButton(s.root, 'substance-use-care'))).to.contain('0 of 6 rated');
    expect(text(s.root)).to.contain('after The ASAM Criteria, 3rd/4th ed.');
    await expect(s.form).to.be.accessible();

    // Into the first dimension's radio group, then three steps right: 0 → 3.
    byRole(s.root, 'radio', /^0 Not intoxicated/).focus();
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(s);
    expect(s.provider.plan!.substanceUseCare!.ratings['intoxication-withdrawal']!.level).to.equal(3);
    expect(byRole<HTMLInputElement>(s.root, 'radio', /^3 Severe withdrawal likely/).checked).to.equal(true);

    const suggestion = s.root.querySelector('[part="sud-suggestion"]')!;
    expect(text(suggestion)).to.contain('Review for withdrawal management');
    expect(text(suggestion)).to.contain('Why: Intoxication and withdrawal rated 3 or 4 calls for a withdrawal-management review: dimension 1 (Intoxication and withdrawal) rated 3.');
    expect(s.provider.plan!.substanceUseCare!.levelOfCare, 'a suggestion is never applied on its own').to.equal(undefined);
    // More ratings, more suggestions: still none applied without a click.
    byRole(s.root, 'radio', /^4 Dangerous withdrawal/).focus();
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowLeft']) await sendKeys({ press: key }); // 3, 4, back to 3
    await settle(s);
    expect(s.root.querySelectorAll('[part="sud-suggestion"]')).to.have.length(1);
    expect(s.provider.plan!.substanceUseCare!.levelOfCare, 'still not applied').to.equal(undefined);

    const note = byRole<HTMLTextAreaElement>(s.root, 'textbox', 'Note (optional)');
    note.focus();
    await sendKeys({ type: 'Shaky, sweating; last drink 10 h ago' });
    await settle(s);
    expect(s.provider.plan!.substanceUseCare!.ratings['intoxication-withdrawal']!.note).to.equal('Shaky, sweating; last drink 10 h ago');
    await s.provider.flush();
    s.provider.remove();

    const again = await setup({ id });
    await openByKeyboard(again);
    expect(byRole<HTMLInputElement>(again.root, 'radio', /^3 Severe withdrawal likely/).checked).to.equal(true);
    expect(byRole<HTMLTextAreaElement>(again.root, 'textbox', 'Note (optional)').value).to.equal('Shaky, sweating; last drink 10 h ago');
    expect(text(toggleButton(again.root, 'substance-use-care'))).to.contain('1 of 6 rated');
  });

  it('records a level only on the clinician’s click, with who and when; a later rating change asks to look again', async () => {
    const s = await setup();
    await openByKeyboard(s);
    byRole(s.root, 'radio', /^4 Dangerous withdrawal/).click();
    await settle(s);
    const confirm = byRole<HTMLButtonElement>(s.root, 'button', 'Confirm Withdrawal management');
    let changes = 0;
    s.form.addEventListener('change', () => changes++);
    confirm.click();
    await settle(s);
    expect(changes).to.equal(1);
    const level = s.provider.plan!.substanceUseCare!.levelOfCare!;
    expect(level).to.include({ level: 'withdrawal-management', confirmedBy: 'Dr. Ana Ruiz, MD', suggestion: 'withdrawal-management-review' });
    expect(level.ratings).to.deep.equal([4, null, null, null, null, null]);
    expect(text(s.root.querySelector('[part="sud-confirmed"]')!)).to.match(/^ ?Confirmed: Withdrawal management, by Dr\. Ana Ruiz, MD on /);
    expect(text(s.root)).to.contain('Level of care confirmed: Withdrawal management.');
    expect(text(s.root)).to.not.contain('The ratings changed since then');

    byRole(s.root, 'radio', /^2 Moderate withdrawal likely/).click();
    await settle(s);
    expect(text(s.root)).to.contain('The ratings changed since then: look at the level again.');
    expect(s.provider.plan!.substanceUseCare!.levelOfCare!.level, 'the confirmed level stays until someone changes it').to.equal('withdrawal-management');
    await expect(s.form).to.be.accessible();
  });

  it('without the signed-in clinician nothing can be confirmed, and the page is told why', async () => {
    const s = await setup({ signer: false });
    await openByKeyboard(s);
    byRole(s.root, 'radio', /^3 Severe withdrawal likely/).click();
    await settle(s);
    expect(s.root.querySelector('[data-confirm]')).to.equal(null);
    expect(text(s.root)).to.contain('Confirming a level needs the signed-in clinician');
  });

  it('marks substance-use care as protected by 42 CFR Part 2 and shows the notice', async () => {
    const s = await setup();
    await openByKeyboard(s);
    byRole(s.root, 'radio', 'Substance-use care only').click();
    await settle(s);
    expect(s.provider.plan!.substanceUseCare!.part2).to.equal('section');
    expect(text(s.root.querySelector('[part="sud-notice"]')!)).to.contain('Notice under 42 CFR § 2.32.');
    byRole(s.root, 'radio', 'Not marked').click();
    await settle(s);
    expect(s.provider.plan!.substanceUseCare).to.not.have.property('part2');
  });
});
