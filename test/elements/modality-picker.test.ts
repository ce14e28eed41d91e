import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { uniqueId } from '../helpers/provider.js';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/modality-picker/define.js';
import type { ModalityPicker } from '../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { Intervention, TreatmentPlan } from '../../src/model/plan.js';
import { mayaPlan } from '../fixtures/modality-plans.js';

/** A macrotask turn (not a frame: a test page in the background gets no animation frames). */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

const mpId = () => uniqueId('mp');

interface Mounted {
  provider: PlanProvider;
  picker: ModalityPicker;
  root: ShadowRoot;
  id: string;
}

async function settle(picker: ModalityPicker): Promise<void> {
  await tick();
  await picker.updateComplete;
}

async function mount(
  opts: { plan?: (id: string) => TreatmentPlan; mode?: 'clinician' | 'client'; id?: string } = {},
): Promise<Mounted> {
  const id = opts.id ?? mpId();
  const provider = await fixture<PlanProvider>(html`
    <plan-provider plan-id=${id} scope=${`scope-${id}`} storage="memory" autosave-delay="0" mode=${opts.mode ?? 'clinician'}>
      <modality-picker></modality-picker>
    </plan-provider>
  `);
  await provider.ready;
  if (opts.plan) provider.plan = opts.plan(id);
  const picker = provider.querySelector('modality-picker')!;
  await settle(picker);
  return { provider, picker, root: picker.shadowRoot!, id };
}

const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function card(root: ShadowRoot, part: 'suggestion' | 'entry' | 'catalog-item', name: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(`[part=${part}]`)].find((c) => text(c.querySelector('h3')).startsWith(name));
  if (!found) throw new Error(`No ${part} card named "${name}"`);
  return found;
}

function button(scope: Element | ShadowRoot, label: string): HTMLButtonElement {
  const b = [...scope.querySelectorAll('button')].find((x) => text(x).startsWith(label));
  if (!b) throw new Error(`No button "${label}"`);
  return b;
}

function field<T extends HTMLElement = HTMLInputElement>(scope: Element | ShadowRoot, label: string): T {
  const l = [...scope.querySelectorAll('label')].find((x) => text(x) === label);
  if (!l) throw new Error(`No field labelled "${label}"`);
  const root = scope.getRootNode() as ShadowRoot | Document;
  const target = (root instanceof ShadowRoot || root instanceof Document ? root : document).getElementById(l.htmlFor);
  return ((target ?? (scope as ShadowRoot).getElementById?.(l.htmlFor)) as T) ?? l.control;
}

async function edit(picker: ModalityPicker, el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(picker);
}

async function click(picker: ModalityPicker, el: HTMLElement) {
  el.click();
  await settle(picker);
}

/** Adds CBT from the catalog and returns its plan entry. */
async function addCbt(m: Mounted): Promise<Intervention> {
  await click(m.picker, button(card(m.root, 'catalog-item', 'Cognitive behavioral therapy'), 'Add to plan'));
  return m.provider.plan!.interventions.find((i) => i.modalityId === 'cbt')!;
}

describe('<modality-picker>', () => {
  it('is accessible with suggestions, catalog and an empty plan', async function () {
    this.timeout(40000);
    const { picker } = await mount({ plan: mayaPlan });
    await expect(picker).to.be.accessible();
  });

  it('shows suggestions with their reasons but never adds them by itself', async () => {
    const { provider, root, picker } = await mount({ plan: mayaPlan });
    const somatic = card(root, 'suggestion', 'Somatic');
    expect(text(somatic)).to.contain('Trauma with strong physical symptoms');
    expect(text(somatic)).to.contain('Trauma feature noted at intake: strong physical symptoms');
    // A positive AUDIT-C alone: a brief intervention with its reason and source, no medication referral.
    const brief = card(root, 'suggestion', 'Brief intervention for alcohol');
    expect(text(brief)).to.contain('Positive AUDIT-C: a brief intervention');
    expect(text(brief)).to.contain('Source: USPSTF');
    expect(() => card(root, 'suggestion', 'Referral for medication')).to.throw();
    expect(root.querySelectorAll('[part=suggestion]').length).to.equal(12);
    await tick();
    await picker.updateComplete;
    expect(provider.plan!.interventions).to.deep.equal([]);
    expect(text(root)).to.contain('No approaches chosen yet');
  });

  it('adds a suggestion only on "Add to plan", as proposed, with its techniques and reason', async () => {
    const { provider, root, picker } = await mount({ plan: mayaPlan });
    const changed = oneEvent(picker, 'change');
    await click(picker, button(card(root, 'suggestion', 'Somatic'), 'Add to plan'));
    await changed;
    const [iv] = provider.plan!.interventions;
    expect(iv).to.deep.include({ modalityId: 'somatic', status: 'proposed', suggestedBy: 'trauma-physical-somatic', sessionMinutes: 55 });
    expect(iv!.techniques).to.deep.equal(['grounding', 'paced-breathing', 'titration']);
    expect(() => card(root, 'suggestion', 'Somatic')).to.throw();
    const entry = card(root, 'entry', 'Somatic');
    expect(text(entry)).to.contain('Suggested because: Trauma with strong physical symptoms');
    expect(picker.shadowRoot!.activeElement?.id).to.equal(`iv-${iv!.id}-h`);
  });

  it('dismisses a suggestion only with a reason, and can offer it again', async () => {
    const { provider, root, picker } = await mount({ plan: mayaPlan });
    await click(picker, button(card(root, 'suggestion', 'Support groups'), 'Dismiss…'));
    const form = card(root, 'suggestion', 'Support groups').querySelector('form')!;
    const reason = form.querySelector('textarea')!;
    expect(picker.shadowRoot!.activeElement).to.equal(reason);
    await click(picker, button(form, 'Dismiss suggestion'));
    const alert = form.querySelector('[role=alert]');
    expect(text(alert)).to.contain('Say why you are dismissing');
    expect(reason.getAttribute('aria-describedby')).to.equal(alert!.id);
    expect(provider.plan!.dismissals).to.deep.equal([]);

    reason.value = 'Client attends a peer group already';
    reason.dispatchEvent(new Event('input'));
    await settle(picker);
    await click(picker, button(card(root, 'suggestion', 'Support groups'), 'Dismiss suggestion'));
    expect(provider.plan!.dismissals.map((d) => [d.key, d.reason])).to.deep.equal([
      ['modality:support-groups', 'Client attends a peer group already'],
    ]);
    expect(() => card(root, 'suggestion', 'Support groups')).to.throw();
    const dismissed = root.querySelector('details.dismissed')!;
    expect(text(dismissed)).to.contain('Dismissed suggestions (1)');
    expect(text(dismissed)).to.contain('Client attends a peer group already');

    await click(picker, button(dismissed, 'Offer again'));
    expect(provider.plan!.dismissals).to.deep.equal([]);

    await click(picker, button(card(root, 'suggestion', 'Trauma-informed care'), 'Dismiss…'));
    const open = card(root, 'suggestion', 'Trauma-informed care').querySelector('textarea')!;
    open.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(picker);
    expect(card(root, 'suggestion', 'Trauma-informed care').querySelector('form')).to.equal(null);
    expect(picker.shadowRoot!.activeElement?.id).to.equal('dismiss-trauma-informed');
    expect(provider.plan!.dismissals).to.deep.equal([]);
    expect(card(root, 'suggestion', 'Support groups')).to.exist;
  });

  it('edits dose and format of a chosen approach', async function () {
    this.timeout(40000);
    const m = await mount({ plan: mayaPlan });
    const iv = await addCbt(m);
    expect(iv).to.deep.include({ frequency: 'weekly', sessionMinutes: 50, format: 'individual', delivery: 'in-person' });
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    await edit(m.picker, field<HTMLSelectElement>(entry, 'How often'), 'twice-weekly');
    await edit(m.picker, field(entry, 'Session length (minutes)'), '60');
    await edit(m.picker, field(entry, 'Planned sessions'), '16');
    await edit(m.picker, field<HTMLSelectElement>(entry, 'Format'), 'group');
    await edit(m.picker, field<HTMLSelectElement>(entry, 'Delivery'), 'telehealth');
    await edit(m.picker, field(entry, 'Responsible clinician'), 'Dr. Lena Ortiz');
    await edit(m.picker, field(entry, 'Start date'), '2026-11-09');
    await edit(m.picker, field<HTMLTextAreaElement>(entry, 'Rationale'), 'Panic with avoidance of driving');
    const techniques = entry.querySelector<HTMLInputElement>(`#iv-${iv.id}-t-exposure`)!;
    techniques.checked = true;
    techniques.dispatchEvent(new Event('change'));
    await settle(m.picker);
    expect(m.provider.plan!.interventions[0]).to.deep.include({
      frequency: 'twice-weekly',
      sessionMinutes: 60,
      plannedSessions: 16,
      format: 'group',
      delivery: 'telehealth',
      clinician: 'Dr. Lena Ortiz',
      startDate: '2026-11-09',
      rationale: 'Panic with avoidance of driving',
    });
    expect(m.provider.plan!.interventions[0]!.techniques).to.deep.equal(['exposure']);

    await edit(m.picker, field(entry, 'Planned sessions'), '');
    expect(m.provider.plan!.interventions[0]!.plannedSessions).to.equal(undefined);
    expect(text(card(m.root, 'entry', 'Cognitive behavioral therapy'))).to.contain('Empty: until the next review.');
  });

  it('refuses an out-of-range session length next to the field', async () => {
    const m = await mount({ plan: mayaPlan });
    await addCbt(m);
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    const minutes = field(entry, 'Session length (minutes)');
    await edit(m.picker, minutes, '2');
    const err = entry.querySelector(`#${minutes.id}-err`);
    expect(text(err)).to.equal('Enter a whole number from 5 to 600.');
    expect(err!.getAttribute('role')).to.equal('alert');
    expect(minutes.getAttribute('aria-describedby')).to.contain(`${minutes.id}-err`);
    expect(minutes.getAttribute('aria-invalid')).to.equal('true');
    expect(m.provider.plan!.interventions[0]!.sessionMinutes).to.equal(50);
  });

  it('needs a linked objective before an approach can become active', async () => {
    const m = await mount({ plan: mayaPlan });
    await addCbt(m);
    let entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    expect(text(entry)).to.contain('Link at least one objective before this approach can become active.');
    const status = field<HTMLSelectElement>(entry, 'Status');
    await edit(m.picker, status, 'active');
    const err = entry.querySelector(`#${status.id}-err`);
    expect(text(err)).to.equal('Link at least one objective before this approach can become active.');
    expect(status.getAttribute('aria-describedby')).to.equal(err!.id);
    expect(m.provider.plan!.interventions[0]!.status).to.equal('proposed');
    expect(status.value).to.equal('proposed');

    const objective = field(entry, 'Reduce panic attacks from daily to once a week');
    objective.checked = true;
    objective.dispatchEvent(new Event('change'));
    await settle(m.picker);
    await edit(m.picker, status, 'active');
    entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    expect(m.provider.plan!.interventions[0]).to.deep.include({ status: 'active', objectiveIds: ['obj-panic'] });
    expect(entry.querySelector(`#${status.id}-err`)).to.equal(null);
    expect(text(entry.querySelector('h3'))).to.contain('Active');

    await edit(m.picker, field<HTMLSelectElement>(entry, 'Status'), 'paused');
    await edit(m.picker, field<HTMLTextAreaElement>(card(m.root, 'entry', 'Cognitive behavioral therapy'), 'Reason for this status'), 'Client travelling for four weeks');
    expect(m.provider.plan!.interventions[0]).to.deep.include({ status: 'paused', statusReason: 'Client travelling for four weeks' });
  });

  it('adds, edits and removes homework linked to an objective', async function () {
    this.timeout(40000);
    const m = await mount({ plan: mayaPlan });
    const iv = await addCbt(m);
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    await click(m.picker, button(entry, 'Add homework'));
    expect(text(entry.querySelector('.hw-add [role=alert]'))).to.contain('Say what the homework is and how often');
    expect(m.provider.plan!.interventions[0]!.homework).to.deep.equal([]);

    await edit(m.picker, field<HTMLTextAreaElement>(entry, 'New homework: what'), 'Thought record after each panic attack');
    await edit(m.picker, entry.querySelector<HTMLInputElement>(`#hw-${iv.id}-new-freq`)!, 'After each attack');
    await edit(m.picker, entry.querySelector<HTMLSelectElement>(`#hw-${iv.id}-new-obj`)!, 'obj-panic');
    await click(m.picker, button(entry, 'Add homework'));
    const [hw] = m.provider.plan!.interventions[0]!.homework;
    expect(hw).to.deep.include({ what: 'Thought record after each panic attack', frequency: 'After each attack', objectiveId: 'obj-panic' });
    expect(field<HTMLTextAreaElement>(entry, 'New homework: what').value).to.equal('');

    await edit(m.picker, entry.querySelector<HTMLInputElement>(`#hw-${iv.id}-${hw!.id}-freq`)!, 'Daily');
    const agreed = field(entry, 'Agreed with the client');
    agreed.checked = true;
    agreed.dispatchEvent(new Event('change'));
    await settle(m.picker);
    expect(m.provider.plan!.interventions[0]!.homework[0]).to.deep.include({ frequency: 'Daily', agreedWithClient: true });

    await edit(m.picker, entry.querySelector<HTMLTextAreaElement>(`#hw-${iv.id}-${hw!.id}-what`)!, '   ');
    expect(text(entry.querySelector(`#hw-${iv.id}-${hw!.id}-err`))).to.equal('Say what the homework is.');

    await click(m.picker, button(entry, 'Remove homework'));
    expect(m.provider.plan!.interventions[0]!.homework).to.deep.equal([]);
  });

  it('removes an approach and offers its suggestion again', async () => {
    const { provider, root, picker } = await mount({ plan: mayaPlan });
    await click(picker, button(card(root, 'suggestion', 'Motivational interviewing'), 'Add to plan'));
    await click(picker, button(card(root, 'entry', 'Motivational interviewing'), 'Remove from plan'));
    expect(provider.plan!.interventions).to.deep.equal([]);
    // Focus does not fall to the page: it lands on the list the approach left.
    expect(root.activeElement?.textContent?.trim()).to.equal('Approaches in this plan');
    expect(card(root, 'suggestion', 'Motivational interviewing')).to.exist;
  });

  it('fires native input and change events from the host', async () => {
    const m = await mount({ plan: mayaPlan });
    await addCbt(m);
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    const seen: string[] = [];
    m.picker.addEventListener('input', (e) => e.target === m.picker && seen.push('input'));
    m.picker.addEventListener('change', (e) => e.target === m.picker && seen.push('change'));
    await edit(m.picker, field(entry, 'Responsible clinician'), 'Sam Lee');
    expect(seen).to.deep.equal(['input', 'change']);
  });

  it('searches and filters the catalog by words, use, structure and goal', async function () {
    this.timeout(40000);
    const { root, picker } = await mount({ plan: mayaPlan });
    const names = () => [...root.querySelectorAll('[part=catalog-item] h3 .title')].map((h) => text(h));
    const all = names().length;
    expect(all).to.equal(25);
    expect(root.querySelector('.catalog-list')!.tagName).to.equal('UL');

    await edit(picker, field(root, 'Search'), 'exposure');
    expect(names()).to.deep.equal(['Cognitive behavioral therapy (CBT)', 'Prolonged Exposure (PE)']);
    expect(text(root.querySelector('.count'))).to.equal(`2 of ${all} approaches`);
    await edit(picker, field(root, 'Search'), 'zebra');
    expect(text(root)).to.contain('No approach matches');
    await edit(picker, field(root, 'Search'), '');

    await edit(picker, field<HTMLSelectElement>(root, 'Used for'), 'grief');
    expect(names()).to.include('Person-centered therapy');
    expect(names()).not.to.include('Cognitive behavioral therapy (CBT)');
    await edit(picker, field<HTMLSelectElement>(root, 'Used for'), '');

    await edit(picker, field<HTMLSelectElement>(root, 'Structure'), 'exploratory');
    expect(names()).to.include.members(['Psychodynamic therapy', 'Narrative techniques']);
    expect(names()).not.to.include('Cognitive behavioral therapy (CBT)');
    await edit(picker, field<HTMLSelectElement>(root, 'Structure'), '');

    await edit(picker, field<HTMLSelectElement>(root, 'Serves goal'), 'goal-drink');
    expect(names()).to.include.members(['Motivational interviewing', 'Referral for medication for alcohol or opioid use disorder (MAUD / MOUD)']);
    expect(names()).not.to.include('Narrative techniques');
  });

  it('uses a valid host catalog: adds and replaces entries', async () => {
    const { root, picker } = await mount({ plan: mayaPlan });
    picker.catalog = [
      {
        id: 'emdr-clinic',
        name: 'EMDR (clinic program)',
        kind: 'therapy',
        summary: 'Processing traumatic memories with guided eye movements.',
        forClient: 'EMDR helps the brain process distressing memories so they feel less raw, using guided eye movements.',
        sessionInvolves: 'Briefly holding a memory in mind while following the therapist’s hand.',
        structure: 'structured',
        dose: { frequency: 'weekly', sessionMinutes: 90, format: 'individual', text: 'Weekly 90-minute sessions' },
        techniques: [{ id: 'bilateral', name: 'Bilateral stimulation', description: 'Eye movements from side to side.' }],
        usedFor: ['ptsd'],
      },
    ];
    await settle(picker);
    expect(root.querySelector('[part=catalog-error]')).to.equal(null);
    expect(card(root, 'catalog-item', 'EMDR (clinic program)')).to.exist;
    await click(picker, button(card(root, 'catalog-item', 'EMDR (clinic program)'), 'Add to plan'));
    expect(text(card(root, 'entry', 'EMDR (clinic program)'))).to.contain('Bilateral stimulation');
  });

  it('refuses an invalid host catalog visibly, naming the problem, and keeps the built-in one', async function () {
    this.timeout(40000);
    const { root, picker } = await mount({ plan: mayaPlan });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      picker.catalog = [{ id: 'naltrexone', name: 'Naltrexone 50 mg', kind: 'referral', summary: 's', forClient: 'f', sessionInvolves: 's', structure: 'structured', techniques: [], usedFor: ['substance-use'], dose: { frequency: 'weekly', format: 'individual', text: '50 mg daily' } }];
      await settle(picker);
    } finally {
      console.error = original;
    }
    const alert = root.querySelector('[part=catalog-error]')!;
    expect(alert.closest('[role=alert]')).to.exist;
    expect(text(alert)).to.contain('could not be used');
    expect(text(alert)).to.contain('catalog.0.dose: A referral entry must not carry a dose');
    expect(errors.length).to.equal(1);
    expect(root.querySelectorAll('[part=catalog-item]').length).to.equal(25);
    await expect(picker).to.be.accessible();

    picker.catalog = undefined;
    await settle(picker);
    expect(root.querySelector('[part=catalog-error]')).to.equal(null);
  });

  it('uses host rules when valid and refuses invalid ones visibly', async () => {
    const { root, picker } = await mount({ plan: mayaPlan });
    picker.rules = [
      {
        id: 'clinic-driving-anxiety',
        when: { concern: 'panic' },
        modalityId: 'act',
        techniques: ['acceptance'],
        weight: 5,
        reason: 'Clinic protocol: ACT for panic with avoidance.',
      },
    ];
    await settle(picker);
    expect([...root.querySelectorAll('[part=suggestion] h3')].map((h) => text(h))).to.deep.equal([
      'Acceptance and commitment therapy (ACT)',
    ]);
    expect(text(card(root, 'suggestion', 'Acceptance'))).to.contain('Clinic protocol: ACT for panic with avoidance.');

    const original = console.error;
    console.error = () => {};
    try {
      picker.rules = [{ id: 'r', when: { concern: 'flying' }, modalityId: 'cbt', weight: 5, reason: 'x' }];
      await settle(picker);
    } finally {
      console.error = original;
    }
    expect(text(root.querySelector('[part=catalog-error]'))).to.contain('suggestion rules supplied by this page could not be used');
    expect(root.querySelectorAll('[part=suggestion]').length).to.equal(12);
  });

  it('restores chosen approaches, dose and homework after a reload', async function () {
    this.timeout(40000);
    const m = await mount({ plan: mayaPlan });
    const iv = await addCbt(m);
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    await edit(m.picker, field(entry, 'Session length (minutes)'), '45');
    await edit(m.picker, field<HTMLSelectElement>(entry, 'Delivery'), 'telehealth');
    await edit(m.picker, field<HTMLTextAreaElement>(entry, 'New homework: what'), 'Drive around the block twice');
    await edit(m.picker, entry.querySelector<HTMLInputElement>(`#hw-${iv.id}-new-freq`)!, 'Three times a week');
    await click(m.picker, button(entry, 'Add homework'));
    await click(m.picker, button(card(m.root, 'suggestion', 'Support groups'), 'Dismiss…'));
    const reason = card(m.root, 'suggestion', 'Support groups').querySelector('textarea')!;
    reason.value = 'Not ready for groups yet';
    reason.dispatchEvent(new Event('input'));
    await settle(m.picker);
    await click(m.picker, button(card(m.root, 'suggestion', 'Support groups'), 'Dismiss suggestion'));
    await m.provider.flush();
    const before = m.provider.plan!;
    m.provider.remove();

    const again = await mount({ id: m.id });
    expect(again.provider.plan!.revision).to.equal(before.revision);
    const restored = card(again.root, 'entry', 'Cognitive behavioral therapy');
    // After a reload a chosen approach is one line; opening it edits it in place.
    const toggle = restored.querySelector<HTMLButtonElement>('[part="entry-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(restored.querySelector('input')).to.equal(null);
    await click(again.picker, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(field(restored, 'Session length (minutes)').value).to.equal('45');
    expect(field<HTMLSelectElement>(restored, 'Delivery').value).to.equal('telehealth');
    expect(restored.querySelector<HTMLTextAreaElement>(`#hw-${iv.id}-${before.interventions[0]!.homework[0]!.id}-what`)!.value).to.equal(
      'Drive around the block twice',
    );
    expect(() => card(again.root, 'suggestion', 'Support groups')).to.throw();
    expect(text(again.root.querySelector('details.dismissed'))).to.contain('Not ready for groups yet');
  });

  describe('client mode', () => {
    const withChosen = (id: string): TreatmentPlan => {
      const plan = mayaPlan(id);
      return {
        ...plan,
        interventions: [
          {
            id: 'iv-cbt',
            modalityId: 'cbt',
            techniques: ['interoceptive-exposure'],
            objectiveIds: ['obj-panic'],
            frequency: 'weekly',
            sessionMinutes: 50,
            format: 'individual',
            delivery: 'telehealth',
            plannedSessions: 12,
            startDate: '2026-11-09',
            status: 'active',
            rationale: 'Internal clinical rationale the client view does not show',
            homework: [
              { id: 'hw-1', what: 'Ten minutes of paced breathing', frequency: 'Every morning', objectiveId: 'obj-panic', agreedWithClient: true },
              { id: 'hw-2', what: 'Draft homework not yet discussed', frequency: 'Daily' },
            ],
            createdAt: plan.createdAt,
          },
          {
            id: 'iv-old',
            modalityId: 'person-centered',
            techniques: [],
            objectiveIds: [],
            frequency: 'weekly',
            format: 'individual',
            delivery: 'in-person',
            status: 'stopped',
            homework: [],
            createdAt: plan.createdAt,
          },
        ],
      };
    };

    it('shows plain-language descriptions and the agreed homework, with no clinical editing', async function () {
    this.timeout(40000);
      const { root, picker } = await mount({ plan: withChosen, mode: 'client' });
      expect(text(root.querySelector('h2'))).to.equal('Your approaches');
      const entry = card(root, 'entry', 'Cognitive behavioral therapy');
      expect(text(entry)).to.contain('CBT looks at how what you think');
      expect(text(entry)).to.contain('What a session involves:');
      expect(text(entry)).to.contain('Weekly · 50-minute sessions · Individual · Telehealth · 12 sessions planned');
      expect(text(entry)).to.contain('Exposure to body sensations');
      expect(text(entry)).to.contain('Starting: November 9, 2026');
      expect(text(entry)).to.contain('Ten minutes of paced breathing — Every morning');
      expect(text(entry)).to.contain('Towards: Reduce panic attacks from daily to once a week');
      expect(text(entry)).not.to.contain('Draft homework not yet discussed');
      expect(text(root)).not.to.contain('Internal clinical rationale');
      expect(text(root)).not.to.contain('Person-centered');
      expect(root.querySelectorAll('input, select, textarea, button').length).to.equal(0);
      expect(root.querySelector('[part=suggestion]')).to.equal(null);
      await expect(picker).to.be.accessible();
    });

    it('says so plainly when nothing is chosen yet', async () => {
      const { root } = await mount({ plan: mayaPlan, mode: 'client' });
      expect(text(root)).to.contain('You and your clinician have not chosen any approaches yet.');
    });
  });

  it('is accessible with chosen approaches, homework and an error shown', async function () {
    this.timeout(40000);
    const m = await mount({ plan: mayaPlan });
    await addCbt(m);
    const entry = card(m.root, 'entry', 'Cognitive behavioral therapy');
    await edit(m.picker, field<HTMLTextAreaElement>(entry, 'New homework: what'), 'Behavioral activation plan: one walk a day');
    await edit(m.picker, entry.querySelector<HTMLInputElement>('.hw-add input')!, 'Daily');
    await click(m.picker, button(entry, 'Add homework'));
    await edit(m.picker, field<HTMLSelectElement>(entry, 'Status'), 'active');
    await waitUntil(() => entry.querySelector('[role=alert]'));
    await expect(m.picker).to.be.accessible();
  });

  it('shows a plain message outside a provider', async () => {
    const el = await fixture<ModalityPicker>(html`<modality-picker></modality-picker>`);
    expect(text(el.shadowRoot)).to.contain('needs to be placed inside a plan provider');
  });
});
