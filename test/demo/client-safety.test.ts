import { expect, waitUntil } from '@open-wc/testing';
import type { AssessmentForm, PlanProvider } from '../../src/index.js';
import { activeLocale } from '../../src/i18n/localization.js';

/**
 * The demo page itself (demo/index.html with demo/main.ts), viewed as the client in Spanish: when
 * PHQ-9 question 9 is answered positively, the page's assertive banner and its "at a glance" bar
 * speak to the client — where to get help — never in the clinician's triage words ("Alerta de
 * riesgo … Vea la evaluación"). Back in clinician mode, the clinician's words return.
 */

const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const CLINICAL = /\b(risk\w*|riesgo|abiertas?|vea la evaluación|see the assessment)\b/gi;

async function openDemo(): Promise<PlanProvider> {
  const page = new DOMParser().parseFromString(await (await fetch(new URL('../../demo/index.html', import.meta.url))).text(), 'text/html');
  page.querySelectorAll('script').forEach((s) => s.remove());
  document.body.replaceChildren(...page.body.childNodes);
  await import('../../demo/main.js');
  const provider = document.querySelector<PlanProvider>('#provider')!;
  await provider.ready;
  await waitUntil(() => provider.plan && provider.plan.revision > 0, 'the example plan is open', { timeout: 10_000 });
  return provider;
}

const choose = (id: string, value: string) => {
  const select = document.querySelector<HTMLSelectElement>(id)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('the demo in client mode speaks to the client about safety', function () {
  this.timeout(60_000);

  it('Spanish, client: banner and glance bar give the client’s words and where to get help; clinician mode gives the clinician’s', async () => {
    const provider = await openDemo();
    choose('#mode', 'client');
    choose('#locale', 'es');
    await waitUntil(() => activeLocale() === 'es', 'the page is in Spanish', { timeout: 10_000 });

    // The client answers PHQ-9 question 9 with "more than half the days" (the host's form value, as v-model gives it).
    const form = document.querySelector<AssessmentForm>('assessment-form')!;
    form.value = JSON.stringify({ inProgress: { phq9: { answers: { 'phq9-9': 2 } } } });
    await waitUntil(() => text('#risk-banner') !== '', 'the banner speaks', { timeout: 10_000 });
    await waitUntil(() => text('#glance-risk').includes('988'), 'the glance bar is worded for the client', { timeout: 10_000 });

    const banner = text('#risk-banner');
    expect(banner).to.contain('Usted nos dijo que ha tenido pensamientos');
    expect(banner).to.contain('profesional clínico');
    expect(banner.match(CLINICAL), 'clinician words in the banner').to.equal(null);
    const glance = text('#glance');
    expect(glance).to.contain('Seguridad');
    expect(glance).to.contain('profesional clínico');
    expect(glance.match(CLINICAL), 'clinician words in the glance bar').to.equal(null);
    expect(document.querySelector('#glance-risk')!.classList.contains('warn')).to.equal(true);

    // The same page back in the clinician's view: their triage words, open flags counted.
    choose('#mode', 'clinician');
    await waitUntil(() => text('#risk-banner').startsWith('Alerta de riesgo'), 'the clinician’s banner', { timeout: 10_000 });
    expect(text('#risk-banner')).to.contain('PHQ-9, pregunta 9, respuesta 2');
    expect(text('#glance')).to.contain('Alertas de riesgo');
    expect(text('#glance-risk')).to.equal('1 abierta: vea la evaluación');

    // And in English for the client.
    choose('#mode', 'client');
    choose('#locale', 'en');
    await waitUntil(() => activeLocale() === 'en' && text('#risk-banner').startsWith('For your safety'), 'English client banner', { timeout: 10_000 });
    expect(text('#risk-banner')).to.contain('You told us you have had thoughts');
    expect(text('#glance')).to.contain('Safety');
    expect(text('#glance').match(CLINICAL), 'clinician words in the English glance bar').to.equal(null);
  });
});
