// Browser tests of the host apps in demo/hosts/ (a React 19 app and a Vue 3 app), built with vite
// against the built package (its `exports`, see demo/hosts/package-exports.ts) and served under the
// demo's strict CSP with Trusted Types. Each app is driven as a portal user would: events reach
// the page, properties are set, patients are switched with `plan` set before and after `plan-id`,
// the chart is closed and opened again, the form is submitted and reset; v-model in Vue; the
// @lit/react wrappers' camelCase events in React. Prints `hosts: N passed, N failed`.
import { execSync } from 'node:child_process';
import { assert, checkList, launchChromium, serveWithCsp, strictCsp, watchProblems } from './browser-checks.mjs';

if (!process.argv.includes('--prebuilt')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
for (const app of ['react', 'vue']) execSync(`npx vite build demo/hosts/${app} --logLevel error`, { stdio: 'inherit' });

// lit-html's Trusted Types policy, and Vue's (it makes one for the static parts of templates).
const CSP = strictCsp(['lit-html', 'vue']);
const server = await serveWithCsp('dist-hosts', CSP);
const base = server.url;
const { check, report } = checkList();

/** Opens one app; returns the page and helpers that read what the user and the host see. */
async function open(browser, path) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const problems = await watchProblems(page);
  const response = await page.goto(`${base}${path}`);
  const csp = response.headers()['content-security-policy'];
  const summary = () => page.locator('plan-summary').first();
  const log = async () => (await page.locator('#log li').allTextContents()).join('\n');
  const waitLog = (text) => page.locator('#log li', { hasText: text }).first().waitFor({ timeout: 5000 });
  const answer = async (item, value) => {
    // The PHQ-9 is a part that may be closed (a remounted form opens its first incomplete part):
    // open it as a user would, with its button.
    const toggle = page.locator('assessment-form button[data-toggle="i:phq9"]');
    if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    // Playwright's CSS pierces open shadow roots: the radio inside <assessment-form>.
    await page.locator(`assessment-form input[name="phq9-${item}"][value="${value}"]`).check();
  };
  const checked = () =>
    page.evaluate(() =>
      [...document.querySelector('assessment-form').shadowRoot.querySelectorAll('input[type="radio"]:checked')].map((r) => `${r.name}=${r.value}`),
    );
  await summary().getByText('Ada Park').first().waitFor();
  return { page, problems, csp, summary, log, waitLog, answer, checked };
}

/** What both apps must do, in either prop order. */
async function common(browser, label, path) {
  const app = await open(browser, path);
  const { page, problems, csp, summary, log, waitLog, answer, checked } = app;
  await check(`${label}: opens under the strict CSP without errors, showing the first patient`, () => {
    assert(csp === CSP, `CSP sent: ${csp}`);
    assert(problems.length === 0, problems.join('\n'));
  });
  await check(`${label}: an answer reaches the page as plan-change, a risk answer as risk-flag`, async () => {
    await answer('phq9-1', 2);
    await waitLog('plan-change Ada Park');
    await answer('phq9-9', 1);
    await waitLog('risk-flag phq9-9=1');
  });
  await check(`${label}: switching patients shows the next one, with no draft-error`, async () => {
    await page.getByRole('button', { name: 'Ben Okafor' }).click();
    await summary().getByText('Ben Okafor').first().waitFor({ timeout: 5000 });
    assert(!(await log()).includes('draft-error'), await log());
    assert((await checked()).length === 0, `Ada's answers still shown for Ben: ${await checked()}`);
    assert((await page.evaluate(() => document.querySelector('plan-provider').planId)) === 'plan-ben-3307', 'plan-id not Ben');
  });
  await check(`${label}: a half-answered PHQ-9 blocks the form's submit, saying why`, async () => {
    await answer('phq9-3', 1);
    await page.getByRole('button', { name: 'Send to the clinic' }).click();
    const why = await page.evaluate(() => document.querySelector('assessment-form').validationMessage);
    assert(why.length > 0, 'no validation message');
    assert((await page.locator('#submitted').textContent()) === '', 'submitted anyway');
  });
  await check(`${label}: a finished PHQ-9 is submitted in FormData; reset clears screen and FormData`, async () => {
    const groups = await page.evaluate(() => [
      ...new Set([...document.querySelector('assessment-form').shadowRoot.querySelectorAll('input[type="radio"]')].map((r) => r.name)),
    ]);
    for (const name of groups) await page.locator(`assessment-form input[name="${name}"][value="0"]`).check();
    await page.getByRole('button', { name: 'Send to the clinic' }).click();
    const sent = await page.locator('#submitted', { hasText: 'phq9-3=0' }).waitFor({ timeout: 5000 }).then(() => true, () => false);
    assert(sent, `not submitted: ${await page.evaluate(() => document.querySelector('assessment-form').validationMessage)}`);
    await page.getByRole('button', { name: 'Clear for the next person' }).click();
    await page.waitForFunction(() => document.querySelector('assessment-form').shadowRoot.querySelectorAll('input:checked').length === 0, null, { timeout: 5000 });
    // The answers left the FormData too (the next submit would need a new, complete PHQ-9).
    const left = await page.evaluate(() => JSON.parse(new FormData(document.querySelector('form')).get('assessment')).inProgress);
    assert(left === undefined || Object.keys(left).length === 0, `FormData still holds ${JSON.stringify(left)}`);
  });
  await check(`${label}: closing and opening the chart again mounts a working provider`, async () => {
    await page.getByRole('button', { name: 'Close the chart' }).click();
    await page.locator('plan-provider').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Open the chart' }).click();
    await summary().getByText('Ben Okafor').first().waitFor({ timeout: 5000 });
    const before = (await page.locator('#log li').count());
    await answer('phq9-4', 3);
    await page.locator('#log li').nth(before).waitFor({ timeout: 5000 });
    assert((await page.locator('#log li').nth(before).textContent()).startsWith('plan-change Ben Okafor'), await log());
    assert(problems.length === 0, problems.join('\n'));
  });
  return app;
}

const browser = await launchChromium();
try {
  for (const order of ['plan-first', 'id-first']) {
    const { page } = await common(browser, `React 19, ${order}`, `/react/?order=${order}`);
    await page.close();
  }
  {
    const { page, problems, log } = await common(browser, 'React 19 with @lit/react wrappers', '/react/?wrappers');
    await check('React wrappers: a property set through props (Client view → mode="client")', async () => {
      await page.getByLabel('Client view').check();
      await page.waitForFunction(() => document.querySelector('plan-provider').mode === 'client', null, { timeout: 5000 });
      assert(!(await log()).includes('draft-error'), await log());
      assert(problems.length === 0, problems.join('\n'));
    });
    await page.close();
  }
  for (const order of ['plan-first', 'id-first']) {
    const { page, checked, answer } = await common(browser, `Vue 3, ${order}`, `/vue/?order=${order}`);
    await check(`Vue 3, ${order}: v-model follows the answers, and setting it shows them`, async () => {
      await answer('phq9-5', 2);
      await page.locator('#model', { hasText: 'phq9-5=2' }).waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Load saved answers' }).click();
      await page.waitForFunction(
        () => [...document.querySelector('assessment-form').shadowRoot.querySelectorAll('input:checked')].map((r) => `${r.name}=${r.value}`).join() === 'phq9-phq9-2=3',
        null,
        { timeout: 5000 },
      );
      assert((await checked()).join() === 'phq9-phq9-2=3', String(await checked()));
      await page.locator('#model', { hasText: 'phq9-2=3' }).waitFor({ timeout: 5000 });
    });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(report('hosts'));
