// axe-core on every page: no serious or critical violation of WCAG 2.1 A/AA.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createCitizenViaUi,
  launchBrowser,
  newPage,
  registerHospitalPlanViaUi,
  screenshot,
  seriousViolations,
  uniqueCpr,
  uniqueName,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function expectAccessible(page, label) {
  await screenshot(page, `a11y-${label}`);
  const serious = await seriousViolations(page, label);
  assert.deepEqual(
    serious.map((v) => v.id),
    [],
    `${label}: serious or critical accessibility violations (printed above)`,
  );
}

test('the worklist is accessible', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();
  await page.locator('table.worklist, .empty').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await expectAccessible(page, 'worklist');
  await page.context().close();
});

test('the citizen form is accessible, also with errors shown', async () => {
  const page = await newPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
  await expectAccessible(page, 'citizen-form');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  await expectAccessible(page, 'citizen-form-errors');
  await page.context().close();
});

test('the referral form is accessible in each of its states', async () => {
  const page = await newPage(browser);
  await page.goto('/henvendelser/ny');
  await page.getByRole('heading', { level: 1, name: 'Registrer henvendelse' }).waitFor();
  await expectAccessible(page, 'referral-form');

  await page.getByRole('button', { name: 'Registrer henvendelse' }).click();
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  await expectAccessible(page, 'referral-form-errors');

  await createCitizenViaUi(page, { cpr: uniqueCpr(), name: uniqueName('Tilgængelighed') });
  await page.getByLabel('Genoptræning efter hospitalsophold (SUL § 140)').check();
  await page.getByLabel('Hospital', { exact: true }).waitFor();
  await expectAccessible(page, 'referral-form-hospital-plan');
  await page.getByLabel('Vedligeholdende træning (SEL § 86, stk. 2)').check();
  await page.getByLabel('Kanal', { exact: true }).waitFor();
  await expectAccessible(page, 'referral-form-application');
  await page.context().close();
});

test('the case page is accessible', async () => {
  const page = await newPage(browser);
  await createCitizenViaUi(page, { cpr: uniqueCpr(), name: uniqueName('Sagsside') });
  await registerHospitalPlanViaUi(page, { siteName: 'Træningscenter Nord' });
  await page.getByRole('heading', { name: 'Svarfrister' }).waitFor();
  await expectAccessible(page, 'case');
  await page.context().close();
});

test('the skip link moves focus to the main content', async () => {
  const page = await newPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gå til hovedindhold');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.context().close();
});
