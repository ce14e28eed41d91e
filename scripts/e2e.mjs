// End-to-end check of the built demo in Chromium, served with a strict CSP and Trusted Types:
// the page opens without errors or CSP violations, the example plan shows in the summary, an
// edit is saved, and both survive a reload. Prints `e2e: N passed, N failed`.
import { execSync } from 'node:child_process';
import { assert, checkList, englishAmong, launchChromium, ownTexts, serveWithCsp, strictCsp, watchProblems } from './browser-checks.mjs';

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const server = await serveWithCsp('dist-demo');
const browser = await launchChromium();
const url = `${server.url}/`;
const { check, report } = checkList();

try {
  // One context, so a second tab shares the first one's storage and BroadcastChannel.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  const summaryText = () =>
    page.evaluate(() => document.querySelector('plan-summary')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
  const status = () => page.textContent('#save-status');

  const response = await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('All changes saved'));
  await check('the demo opens under a strict CSP with Trusted Types, without errors', () => {
    assert(response.headers()['content-security-policy'] === strictCsp(), `CSP sent: ${response.headers()['content-security-policy']}`);
    assert(problems.length === 0, problems.join('\n'));
  });
  await check('the example plan shows in the summary', async () => {
    const text = await summaryText();
    assert(text.includes('Maya Torres') && text.includes('PHQ-9'), text.slice(0, 200));
  });

  // The workflow steps: each fits in three screens (1280 × 900) with the full example plan, and the
  // tabs work from the keyboard (arrows, Home, End) as the ARIA tabs pattern says.
  const STEPS = ['assessment', 'goals', 'approaches', 'progress', 'summary'];
  const heights = {};
  for (const step of STEPS) {
    await page.click(`#tab-${step}`);
    await page.waitForFunction((s) => !document.getElementById(s).hidden, step);
    // Parts laid out only near the screen (content-visibility) take their real size once scrolled
    // past: scroll to the end until the height holds, so the height measured is the real one.
    heights[step] = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      let last = -1;
      for (let i = 0; i < 20 && last !== document.documentElement.scrollHeight; i++) {
        last = document.documentElement.scrollHeight;
        scrollTo(0, last);
        await frame();
      }
      scrollTo(0, 0);
      return last;
    });
  }
  console.log(`  step heights at 1280×900 (px): ${STEPS.map((s) => `${s} ${heights[s]}`).join(', ')}`);
  // Three screens at 1280×900 for every step, the summary included (its sign panel folds).
  await check('each workflow step fits in three screens (≤ 2,700 px) with the full example plan', () => {
    const tall = STEPS.filter((s) => heights[s] > 2700);
    assert(!tall.length, tall.map((s) => `${s}: ${heights[s]} px`).join(', '));
  });
  // Reflow (WCAG 1.4.10, 1.4.4): on a 320 px screen with the text at 200 %, no step of the demo
  // scrolls sideways — its header, steps and Example select included — with every part opened.
  await check('at 320 px and 200 % text no step scrolls sideways or runs off the left edge (every part opened)', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const phone = await narrow.newPage();
    await watchProblems(phone, problems);
    await phone.goto(url);
    await phone.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('All changes saved'));
    await phone.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const wide = [];
    for (const step of STEPS) {
      await phone.click(`#tab-${step}`);
      await phone.waitForFunction((s) => !document.getElementById(s).hidden, step);
      const seen = await phone.evaluate(async (s) => {
        for (const widget of document.getElementById(s).querySelectorAll('*')) {
          const clicked = new Set();
          for (;;) {
            const closed = [...(widget.shadowRoot?.querySelectorAll('button[aria-expanded="false"], details:not([open]) > summary') ?? [])];
            const next = closed.find((b) => !clicked.has(b));
            if (!next) break;
            clicked.add(next);
            next.click();
            await widget.updateComplete;
          }
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        // Off the left edge scrolls nowhere: the demo's own parts there are counted too (not the skip link).
        const cut = [...document.body.querySelectorAll('*')]
          .filter((e) => !e.closest('.skip, .visually-hidden') && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().left < -0.5)
          .map((e) => e.id || e.localName);
        return { width: document.scrollingElement.scrollWidth, cut };
      }, step);
      if (seen.width > 320) wide.push(`${step}: ${seen.width} px`);
      if (seen.cut.length) wide.push(`${step}: cut off on the left: ${seen.cut.join(', ')}`);
    }
    await narrow.close();
    assert(!wide.length, `not within 320 px: ${wide.join(', ')}`);
  });
  await check('the summary’s sign panel is closed, its heading saying the sign state, and opens by keyboard', async () => {
    await page.click('#tab-summary');
    const toggle = page.locator('plan-summary [part="sign-toggle"]');
    const seen = async () => ({ expanded: await toggle.getAttribute('aria-expanded'), text: (await toggle.textContent()).replace(/\s+/g, ' ').trim() });
    let s = await seen();
    // The example is agreed and signed as the kit records it: the client's agreement, then the clinician's signature.
    assert(s.expanded === 'false' && s.text.includes('Version 2 signed by Dr. Ines Calder, PsyD · Maya Torres agreed'), JSON.stringify(s));
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('plan-summary .after-sign', { hasText: 'This version is signed.' }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    s = await seen();
    assert(s.expanded === 'false', `closes again: ${JSON.stringify(s)}`);
  });
  await check('the steps are tabs operable from the keyboard, one panel shown at a time', async () => {
    await page.focus('#tab-assessment');
    await page.click('#tab-assessment');
    await page.keyboard.press('ArrowRight');
    const state = () =>
      page.evaluate(() => ({
        focused: document.activeElement?.id,
        selected: [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.id),
        shown: [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => p.id),
        hash: location.hash,
      }));
    let s = await state();
    assert(s.focused === 'tab-goals' && s.selected.join() === 'tab-goals' && s.shown.join() === 'goals' && s.hash === '#goals', JSON.stringify(s));
    await page.keyboard.press('End');
    s = await state();
    assert(s.focused === 'tab-summary' && s.shown.join() === 'summary', JSON.stringify(s));
    await page.keyboard.press('ArrowRight');
    s = await state();
    assert(s.focused === 'tab-assessment' && s.shown.join() === 'assessment', `wraps to the first: ${JSON.stringify(s)}`);
    await page.keyboard.press('Tab');
    s = await state();
    assert(s.focused === 'assessment', `Tab moves from the tabs to the panel: ${JSON.stringify(s)}`);
  });
  await check('the glance header shows status, next review, risk flags and sign state', async () => {
    const glance = await page.evaluate(() => document.querySelector('#glance').textContent.replace(/\s+/g, ' '));
    for (const label of ['Plan status', 'Next review', 'Risk flags', 'Signed']) assert(glance.includes(label), glance);
    assert(!glance.includes('…'), `every value filled in: ${glance}`);
  });

  // An edit through the provider's API, as a host would make it.
  await page.evaluate(() =>
    document.querySelector('plan-provider').store.dispatch({
      type: 'plan/set-client',
      client: { hostId: 'MRN-0048-2213', displayName: 'Maya R. Torres' },
    }),
  );
  await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('All changes saved'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('Draft restored'));
  await check('the plan and the edit survive a reload', async () => {
    const text = await summaryText();
    assert(text.includes('Maya R. Torres'), `${await status()} / ${text.slice(0, 200)}`);
  });
  await check('no errors after the reload', () => assert(problems.length === 0, problems.join('\n')));
  await check('“Load example” asks first, and saying no keeps the plan shown', async () => {
    const asked = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.click('#load-example');
    assert(asked.length === 1 && asked[0].includes('replaces'), `asked: ${asked.join(' | ')}`);
    assert((await summaryText()).includes('Maya R. Torres'), 'the plan shown is still there');
  });

  // The language picker: Spanish loads on demand (its own chunk, under the same CSP), and back.
  const englishPage = await ownTexts(page);
  // Words the demo's English and Spanish both write: names, codes, and a few words of both languages.
  const SHARED = ['Northside', 'Behavioral', 'Health', 'Dr', 'Ines', 'Calder', 'PsyD', 'Dana', 'Whitfield', 'Maya', 'Torres', 'tailored', 'plan', 'kit',
    'FHIR', 'R4', 'URL', 'EHR', 'CFR', 'Part', 'SHA', 'IndexedDB', 'Medplum', 'portal', 'alcohol', 'base', 'use'];
  await page.selectOption('#locale', 'es');
  await page.waitForFunction(() => document.querySelector('plan-summary')?.shadowRoot?.textContent?.includes('Plan de tratamiento'));
  await check('a Spanish demo page shows none of the demo’s English: header, banner, steps, buttons, messages, title', async () => {
    const spanish = await ownTexts(page);
    assert(spanish.includes('Evaluar') && spanish.includes('Restablecer la demostración'), `the demo's Spanish words: ${spanish.join(' | ')}`);
    const left = englishAmong(spanish, englishPage, SHARED);
    assert(!left.length, `still English: ${left.join(' | ')}`);
    assert((await page.getAttribute('html', 'lang')) === 'es', 'the page says it is Spanish (lang="es")');
  });
  await check('the demo’s questions are Spanish too, and a reload keeps the language (?lang=es)', async () => {
    const asked = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.click('#reset');
    assert(asked.length === 1 && englishAmong(asked, []).length === 0 && asked[0].startsWith('¿'), `asked: ${asked.join(' | ')}`);
    assert(new URL(page.url()).searchParams.get('lang') === 'es', page.url());
    await page.reload();
    await page.waitForFunction(() => document.querySelector('plan-summary')?.shadowRoot?.textContent?.includes('Plan de tratamiento'));
    await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('Borrador recuperado'));
    const left = englishAmong(await ownTexts(page), englishPage, SHARED);
    assert(!left.length, `still English after the reload: ${left.join(' | ')}`);
    assert((await page.inputValue('#locale')) === 'es', 'the picker says Español');
  });
  await check('the language picker turns the widgets Spanish and back, under the CSP', async () => {
    assert((await summaryText()).includes('Maya R. Torres'), 'the plan is still there');
    await page.selectOption('#locale', 'en');
    await page.waitForFunction(() => document.querySelector('plan-summary')?.shadowRoot?.textContent?.includes('Treatment plan'));
    const english = await ownTexts(page);
    assert(english.includes('Assess') && english.includes('Reset demo') && !english.includes('Evaluar'), `the demo's words back in English: ${english.join(' | ')}`);
    assert(problems.length === 0, problems.join('\n'));
  });

  // A second tab of the demo: each tab edits a different thing, neither loses its edit.
  const tab2 = await context.newPage();
  await watchProblems(tab2, problems);
  await tab2.goto(url);
  await tab2.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('Draft restored'));
  const edit = (p, command) => p.evaluate((c) => document.querySelector('plan-provider').store.dispatch(c), command);
  await edit(page, { type: 'intake/update', section: 'strengths', values: { text: 'Typed in tab one' } });
  await edit(tab2, { type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed in tab two' } });
  const hasBoth = () => {
    const intake = document.querySelector('plan-provider').plan.assessment.intake;
    return intake.strengths.text === 'Typed in tab one' && intake.concerns.inOwnWords === 'Typed in tab two';
  };
  await Promise.all([page.waitForFunction(hasBoth), tab2.waitForFunction(hasBoth)]);
  await check('two tabs of the demo merge their edits, with no conflict notice', async () => {
    for (const p of [page, tab2]) {
      const shown = await p.evaluate(() => Boolean(document.querySelector('plan-provider').shadowRoot.querySelector('[part="conflict-notice"]')));
      assert(!shown, 'a conflict notice is shown');
    }
    assert(problems.length === 0, problems.join('\n'));
  });

  // A suicide-risk answer in a new plan: seen where it was given, and the page's risk banner follows
  // the plan's open flags (answered → saved → after a reload → acknowledged), never the last event only.
  await tab2.close();
  const banner = () => page.evaluate(() => document.querySelector('#risk-banner').textContent.replace(/\s+/g, ' ').trim());
  const bannerSays = (words) => page.waitForFunction((w) => document.querySelector('#risk-banner').textContent.includes(w), words, { timeout: 5000 });
  await page.selectOption('#example', 'empty');
  // "Load example" asks before it replaces the plan shown: yes.
  page.once('dialog', (d) => void d.accept());
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelector('plan-provider').plan?.assessment.administrations.length === 0);
  await page.click('#tab-assessment');
  const phq9 = page.getByRole('button', { name: /Patient Health Questionnaire \(PHQ-9\)/ });
  if ((await phq9.getAttribute('aria-expanded')) === 'false') await phq9.click();
  const question = (n) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  await question(9).getByRole('radio', { name: 'Several days' }).check();
  await check('question 9 "Several days": a note right below it, in view; the banner says answered, not saved yet', async () => {
    const note = page.locator('assessment-form [part="critical-note"]');
    await note.waitFor({ timeout: 5000 });
    const [box, group] = [await note.boundingBox(), await question(9).boundingBox()];
    assert(box && group && box.y >= group.y + group.height && box.y + box.height <= 900, `note ${JSON.stringify(box)} below question ${JSON.stringify(group)}`);
    assert((await note.textContent()).includes('Thoughts of death or self-harm reported'), await note.textContent());
    await bannerSays('answered, not saved yet');
    const alerts = await page.textContent('#alerts');
    assert(!alerts.includes('Risk flag'), `no second, live risk line: ${alerts}`);
  });
  for (let n = 1; n <= 8; n++) await question(n).getByRole('radio', { name: 'Not at all' }).check();
  await page.getByRole('button', { name: 'Save PHQ-9 result' }).click();
  await check('after "Save PHQ-9 result" the banner says saved', async () => {
    await bannerSays('= 1; saved)');
    const b = await banner();
    assert(!b.includes('not saved'), b);
  });
  await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('All changes saved'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#save-status')?.textContent?.startsWith('Draft restored'));
  await check('after a reload the banner still shows the open flag, as the glance does; the sign panel heading says it', async () => {
    await bannerSays('= 1; saved)');
    assert((await page.textContent('#glance-risk')).startsWith('1 open'), await page.textContent('#glance-risk'));
    await page.click('#tab-summary');
    const toggle = (await page.locator('plan-summary [part="sign-toggle"]').textContent()).replace(/\s+/g, ' ');
    assert(toggle.includes('1 risk flag not acknowledged'), toggle);
  });
  await page.click('#tab-progress');
  await page.locator('progress-timeline button.acknowledge').first().click();
  await check('acknowledged in the progress timeline: the banner empties, the glance says none open', async () => {
    await page.waitForFunction(() => document.querySelector('#risk-banner').textContent.trim() === '', undefined, { timeout: 5000 });
    assert((await page.textContent('#glance-risk')) === 'None open', await page.textContent('#glance-risk'));
    assert(problems.length === 0, problems.join('\n'));
  });
} finally {
  await browser.close();
  server.close();
}
process.exit(report('e2e'));
