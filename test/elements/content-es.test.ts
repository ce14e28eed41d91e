import { activeLocale } from '../../src/i18n/localization.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import type { AssessmentForm, GoalEditor, ModalityPicker, PlanProvider } from '../../src/index.js';
import { registerInstrument } from '../../src/clinical/instruments/registry.js';
import { uniqueId } from '../helpers/provider.js';

const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;

/** The page-wide language is switched once its words have loaded; then every widget re-renders. */
async function inLocale(locale: string, provider: PlanProvider, ...widgets: LitElement[]): Promise<void> {
  await waitUntil(() => activeLocale() === locale, `the page is in ${locale}`);
  await provider.updateComplete;
  await Promise.all(widgets.map((w) => w.updateComplete));
}

async function spanishPage() {
  const provider = await fixture<PlanProvider>(html`
    <plan-provider plan-id=${uniqueId()} scope="test" storage="memory" locale="es">
      <assessment-form instruments="phq9 pcl5" sections=""></assessment-form>
      <goal-editor></goal-editor>
      <modality-picker></modality-picker>
    </plan-provider>
  `);
  await provider.ready;
  const form = provider.querySelector<AssessmentForm>('assessment-form')!;
  const editor = provider.querySelector<GoalEditor>('goal-editor')!;
  const picker = provider.querySelector<ModalityPicker>('modality-picker')!;
  await inLocale('es', provider, form, editor, picker);
  return { provider, form, editor, picker };
}

/** Opens an approach's compact card by its button, as a user would, to read its details. */
async function openCard(picker: ModalityPicker, card: Element): Promise<void> {
  card.querySelector<HTMLButtonElement>('h3 button[aria-expanded="false"]')!.click();
  await picker.updateComplete;
}

const walkingGroup = (summary: unknown) => ({
  id: 'walking-group',
  name: { en: 'Walking group', es: 'Grupo de caminata' },
  kind: 'support',
  summary,
  forClient: { en: 'We walk together.', es: 'Caminamos juntos.' },
  sessionInvolves: { en: 'A weekly walk.', es: 'Una caminata semanal.' },
  structure: 'balanced',
  dose: { frequency: 'weekly', format: 'group', text: { en: 'Weekly, one hour', es: 'Semanal, una hora' } },
  techniques: [],
  usedFor: ['depression'],
});

describe('Spanish content on a Spanish page (locale="es")', () => {
  it('the approach catalog is in Spanish, and the page is accessible', async () => {
    const { picker } = await spanishPage();
    const names = [...root(picker).querySelectorAll('[part=catalog-item] h3 .title')].map(text);
    expect(names).to.include('Terapia cognitivo-conductual (TCC)').and.include('Desensibilización y reprocesamiento por movimientos oculares (EMDR)');
    expect(text(root(picker))).to.not.contain('Cognitive behavioral therapy');
    expect(picker.effectiveCatalog.find((e) => e.id === 'cbt')?.dose?.text).to.equal('Sesiones semanales de 50 minutos, a menudo de 12 a 20 en total');
    await expect(picker).to.be.accessible();
  });

  it('the goal library is in Spanish', async () => {
    const { editor } = await spanishPage();
    const library = root(editor).querySelector<HTMLDetailsElement>('[part=library]')!;
    const toggled = new Promise((r) => library.addEventListener('toggle', r, { once: true }));
    library.querySelector('summary')!.click();
    await toggled;
    await editor.updateComplete;
    expect(text(library.querySelector('[data-library="depression"] h3'))).to.equal('Ánimo bajo y pérdida de interés');
    expect(text(library)).to.contain('Biblioteca inicial de tailored-plan-kit').and.not.contain('Low mood and loss of interest');
    await expect(editor).to.be.accessible();
  });

  it('the PHQ-9 shows the published Spanish (USA) wording, cited; the PCL-5 says in Spanish why it is in English, marked lang="en"', async () => {
    const { form } = await spanishPage();
    const phq = root(form).querySelector('[data-instrument="phq9"]')!;
    expect(text(phq.querySelector('.instructions'))).to.equal('Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?');
    const legends = [...phq.querySelectorAll('legend')].map(text);
    expect(legends[0]).to.equal('1. Poco interés o placer en hacer cosas');
    expect(legends[8]).to.equal('9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect([...phq.querySelectorAll('fieldset')[0]!.querySelectorAll('label')].map(text)).to.deep.equal([
      'Ningún día',
      'Varios días',
      'Más de la mitad de los días',
      'Casi todos los días',
    ]);
    expect(phq.querySelector('[lang]:not([lang="en"])')).to.equal(null);
    expect(text(phq)).to.contain('phqscreeners.com');
    // The Pfizer notice is printed in English on the Spanish form: marked as English.
    expect(text(phq.querySelector('.licence [lang="en"]'))).to.contain('No permission required');

    const pcl = root(form).querySelector('[data-instrument="pcl5"]')!;
    // The PCL-5's part is closed while the PHQ-9 is the first to answer: open it as a user would.
    pcl.querySelector<HTMLButtonElement>('h3 button[aria-expanded="false"]')!.click();
    await form.updateComplete;
    expect(text(pcl.querySelector('[part=content-notice]'))).to.contain('se muestra el original en inglés');
    expect(pcl.querySelector('[part=content-notice]')!.closest('[lang]')).to.equal(null);
    expect(text(pcl.querySelector('h3 .title [lang="en"]'))).to.equal('PTSD Checklist for DSM-5 (PCL-5)');
    expect(pcl.querySelector('legend [lang="en"]')).to.exist;
    expect(pcl.querySelector('label [lang="en"]')).to.exist;
    // "Jump to a section" names each questionnaire as its heading does, in the heading's language.
    const link = (id: string) => root(form).querySelector(`nav[part=skip-links] a[href="#i-${id}-title"]`)!;
    expect(text(link('pcl5'))).to.equal('PTSD Checklist for DSM-5 (PCL-5)');
    expect(link('pcl5').getAttribute('lang')).to.equal('en');
    expect(link('phq9').hasAttribute('lang'), 'the Spanish PHQ-9 is in the page\'s language').to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('switching the page to English and back re-renders the content in each language', async () => {
    const { provider, picker, form } = await spanishPage();
    const cbt = () => text(root(picker).querySelector('[part=catalog-item] h3 .title'));
    expect(cbt()).to.equal('Terapia cognitivo-conductual (TCC)');
    provider.setAttribute('locale', 'en');
    await inLocale('en', provider, picker, form);
    expect(cbt()).to.equal('Cognitive behavioral therapy (CBT)');
    expect(text(root(form).querySelector('[data-instrument="phq9"] legend'))).to.equal('1. Little interest or pleasure in doing things');
    expect(root(form).querySelector('[data-instrument="pcl5"] [lang]')).to.equal(null);
    expect(root(form).querySelector('nav[part=skip-links] [lang]'), 'an English link on an English page').to.equal(null);
    provider.setAttribute('locale', 'es');
    await inLocale('es', provider, picker, form);
    expect(cbt()).to.equal('Terapia cognitivo-conductual (TCC)');
  });
});

describe('host content with its own translations ({ en, es })', () => {
  it('a host catalog entry shows in Spanish when every text has Spanish, else whole in English marked lang="en"', async () => {
    const { picker } = await spanishPage();
    picker.catalog = [walkingGroup({ en: 'Walks with others.', es: 'Caminatas con otras personas.' }), { ...walkingGroup({ en: 'Swimming with others.' }), id: 'swim-group', name: { en: 'Swim group', es: 'Grupo de natación' } }];
    await picker.updateComplete;
    const item = (name: string) => [...root(picker).querySelectorAll('[part=catalog-item]')].find((li) => text(li.querySelector('h3 .title')).includes(name))!;
    const walking = item('Grupo de caminata');
    await openCard(picker, walking);
    expect(walking.querySelector('[lang]')).to.equal(null);
    expect(text(walking)).to.contain('Caminatas con otras personas.').and.contain('Semanal, una hora');
    const swim = item('Swim group');
    expect(swim.querySelector('h3 [lang="en"]')).to.exist;
    expect(text(swim.querySelector('p [lang="en"]'))).to.equal('Swimming with others.');
    // The kit's own words around it stay Spanish and unmarked.
    expect(swim.querySelector('.actions [lang]')).to.equal(null);
    await expect(picker).to.be.accessible();
  });

  it('a host catalog with a badly shaped translation is refused with the coded error and the built-in catalog stays', async () => {
    const { picker } = await spanishPage();
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      picker.catalog = [walkingGroup({ es: 'Solo en español' })];
      await picker.updateComplete;
    } finally {
      console.error = original;
    }
    const alert = root(picker).querySelector('[part=catalog-error]')!;
    expect(text(alert)).to.contain('catalog.0.summary: Give the English text as "en"');
    expect(String(logged[0]?.[0])).to.contain('The approach catalog is not valid');
    expect(root(picker).querySelectorAll('[part=catalog-item]').length).to.equal(25);
    await expect(picker).to.be.accessible();
  });

  it('a host instrument registered with { en, es } texts shows in Spanish', async () => {
    const r = registerInstrument({
      id: 'host-sleep-check',
      version: '1',
      shortTitle: 'Sleep check',
      title: { en: 'Sleep check', es: 'Control del sueño' },
      instructions: { en: 'In the past week:', es: 'En la última semana:' },
      optionSets: [{ id: 'yn', options: [{ value: 0, label: { en: 'No', es: 'No' } }, { value: 1, label: { en: 'Yes', es: 'Sí' } }] }],
      items: [{ id: 'sleep-1', text: { en: 'Did you sleep badly?', es: '¿Durmió mal?' }, optionSet: 'yn' }],
      scoring: { method: 'sum' },
      licence: { en: 'Host clinic', es: 'Clínica' },
    });
    expect(r.ok).to.equal(true);
    const provider = await fixture<PlanProvider>(html`
      <plan-provider plan-id=${uniqueId()} scope="test" storage="memory" locale="es">
        <assessment-form instruments="host-sleep-check" sections=""></assessment-form>
      </plan-provider>
    `);
    await provider.ready;
    const form = provider.querySelector<AssessmentForm>('assessment-form')!;
    await inLocale('es', provider, form);
    const section = root(form).querySelector('[data-instrument="host-sleep-check"]')!;
    expect(text(section.querySelector('h3 .title'))).to.equal('Control del sueño');
    expect(text(section.querySelector('legend'))).to.equal('1. ¿Durmió mal?');
    expect(section.querySelector('[lang]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('a host goal library with { en, es } texts shows in Spanish, and inserting a problem writes the Spanish into the plan', async () => {
    const { editor, provider } = await spanishPage();
    const objective = { id: 'walks', clinicalText: { en: 'Walks 3 times a week', es: 'Camina 3 veces por semana' }, measure: { kind: 'count', label: { en: 'Walks', es: 'Caminatas' }, unit: { en: 'per week', es: 'por semana' }, target: 3, direction: 'increase' } };
    editor.library = {
      id: 'host-lib',
      title: { en: 'Clinic library', es: 'Biblioteca de la clínica' },
      problems: [
        { id: 'low-activity', areas: ['depression'], title: { en: 'Low activity', es: 'Poca actividad' }, summary: { en: 'Doing little.', es: 'Hace poco.' }, evidencedBy: [], goals: [{ id: 'move', clinicalText: { en: 'Move more', es: 'Moverse más' }, objectives: [objective] }] },
        { id: 'poor-sleep', areas: ['sleep'], title: { en: 'Poor sleep', es: 'Dormir mal' }, summary: { en: 'Wakes at night.' }, evidencedBy: [], goals: [{ id: 'sleep', clinicalText: { en: 'Sleep through', es: 'Dormir de corrido' }, objectives: [] }] },
      ],
    };
    await editor.updateComplete;
    expect(root(editor).querySelector('[part=library-error]')).to.equal(null);
    const library = root(editor).querySelector<HTMLDetailsElement>('[part=library]')!;
    expect(text(library.querySelector('summary'))).to.contain('Biblioteca de la clínica');
    const toggled = new Promise((r) => library.addEventListener('toggle', r, { once: true }));
    library.querySelector('summary')!.click();
    await toggled;
    await editor.updateComplete;
    const spanish = library.querySelector('[data-library="low-activity"]')!;
    expect(text(spanish.querySelector('h3'))).to.equal('Poca actividad');
    expect(text(spanish)).to.contain('Hace poco.').and.contain('Moverse más');
    expect(spanish.querySelector('[lang]')).to.equal(null);
    // A problem not every text of which has Spanish is shown whole in English, marked as such.
    const english = library.querySelector('[data-library="poor-sleep"]')!;
    expect(text(english.querySelector('h3 [lang="en"]'))).to.equal('Poor sleep');
    expect(text(english.querySelector('p [lang="en"]'))).to.equal('Wakes at night.');
    // The button's own words stay Spanish.
    spanish.querySelector<HTMLButtonElement>('[data-action="insert-problem"]')!.click();
    await editor.updateComplete;
    const problem = provider.plan!.problems.at(-1)!;
    expect(problem.title).to.equal('Poca actividad');
    expect(problem.goals[0]!.clinicalText).to.equal('Moverse más');
    expect(problem.goals[0]!.objectives[0]!.measure).to.include({ label: 'Caminatas', unit: 'por semana' });
    await expect(editor).to.be.accessible();
  });

  it('a host instrument with { en, es } band names shows its band in Spanish in the form and the timeline, worded from the band\'s code', async () => {
    const r = registerInstrument({
      id: 'host-worry-check',
      version: '1',
      shortTitle: 'Worry check',
      title: { en: 'Worry check', es: 'Control de la preocupación' },
      instructions: { en: 'In the past week:', es: 'En la última semana:' },
      optionSets: [{ id: 'yn', options: [{ value: 0, label: { en: 'No', es: 'No' } }, { value: 1, label: { en: 'Yes', es: 'Sí' } }] }],
      items: [{ id: 'worry-1', text: { en: 'Did you worry a lot?', es: '¿Se preocupó mucho?' }, optionSet: 'yn' }],
      scoring: { method: 'sum', bands: [{ id: 'none', label: { en: 'No worry', es: 'Sin preocupación' }, min: 0, max: 0 }, { id: 'some', label: { en: 'Some worry', es: 'Algo de preocupación' }, min: 1, max: 1 }] },
      licence: { en: 'Host clinic', es: 'Clínica' },
    });
    expect(r.ok).to.equal(true);
    const provider = await fixture<PlanProvider>(html`
      <plan-provider plan-id=${uniqueId()} scope="test" storage="memory" locale="es">
        <assessment-form instruments="host-worry-check" sections=""></assessment-form>
        <progress-timeline></progress-timeline>
      </plan-provider>
    `);
    await provider.ready;
    const form = provider.querySelector<AssessmentForm>('assessment-form')!;
    const timeline = provider.querySelector<LitElement>('progress-timeline')!;
    await inLocale('es', provider, form, timeline);
    const section = root(form).querySelector('[data-instrument="host-worry-check"]')!;
    // Answer "Sí" and save the result, as a user would.
    [...section.querySelectorAll('label')].find((l) => text(l) === 'Sí')!.querySelector('input')!.click();
    await form.updateComplete;
    expect(text(section.querySelector('[part=score]'))).to.contain('Algo de preocupación').and.not.contain('Some worry');
    [...section.querySelectorAll('button')].find((b) => text(b).startsWith('Guardar resultado'))!.click();
    await form.updateComplete;
    await timeline.updateComplete;
    const administration = provider.plan!.assessment.administrations.at(-1)!;
    // The band is worded from its code wherever it is shown; the plan stores the registered
    // (English) label, the same whatever language the questions were answered in (FHIR sends it).
    expect(administration.score.band).to.equal('some');
    expect(administration.score.bandLabel).to.equal('Some worry');
    expect(text(root(timeline).querySelector('.entry.measurement'))).to.contain('Algo de preocupación').and.not.contain('Some worry');
    await expect(form).to.be.accessible();
    // In English the same recorded score reads in English (the band's code, not the words stored).
    provider.setAttribute('locale', 'en');
    await inLocale('en', provider, form, timeline);
    expect(text(root(timeline).querySelector('.entry.measurement'))).to.contain('Some worry').and.not.contain('Algo de preocupación');
    provider.setAttribute('locale', 'es');
    await inLocale('es', provider, form, timeline);
  });
});

