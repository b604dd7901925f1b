// axe-core on every page: no serious or critical violation of WCAG 2.1 A/AA.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  apiCall,
  createCitizenViaUi,
  expectAccessible,
  launchBrowser,
  logIn,
  loggedInPage,
  newPage,
  registerHospitalPlanViaUi,
  uniqueCpr,
  uniqueName,
  uniqueUsername,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the worklist is accessible', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();
  await page.locator('table.worklist, .empty').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await expectAccessible(page, 'worklist');
  await page.context().close();
});

test('the citizen form is accessible, also with errors shown', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
  await expectAccessible(page, 'citizen-form');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  await expectAccessible(page, 'citizen-form-errors');
  await page.context().close();
});

test('the referral form is accessible in each of its states', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/henvendelser/ny');
  await page.getByRole('heading', { level: 1, name: 'Registrér henvendelse' }).waitFor();
  await expectAccessible(page, 'referral-form');

  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
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
  const page = await loggedInPage(browser);
  await createCitizenViaUi(page, { cpr: uniqueCpr(), name: uniqueName('Sagsside') });
  await registerHospitalPlanViaUi(page, { siteName: 'Træningscenter Nord' });
  await page.getByRole('heading', { name: 'Svarfrister' }).waitFor();
  await expectAccessible(page, 'case');
  await page.context().close();
});

test('the skip link moves focus to the main content', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gå til hovedindhold');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.context().close();
});

test('the login page is accessible, also with errors shown', async () => {
  const page = await newPage(browser);
  await page.goto('/log-ind');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await expectAccessible(page, 'login');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { name: 'Du blev ikke logget ind' }).waitFor();
  await expectAccessible(page, 'login-errors');
  await page.context().close();
});

test('the change-password page is accessible', async () => {
  const page = await loggedInPage(browser);
  await page.getByRole('link', { name: 'Skift adgangskode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Skift adgangskode' }).waitFor();
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await page.getByRole('heading', { name: 'Adgangskoden blev ikke skiftet' }).waitFor();
  await expectAccessible(page, 'change-password-errors');
  await page.context().close();
});

test('the administration pages are accessible, also with a new API key shown', async () => {
  const page = await loggedInPage(browser, adminAccount());
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  await page.locator('table.users').waitFor();
  await page.locator('.roles').waitFor();
  await expectAccessible(page, 'admin');

  await page.getByLabel('Navn', { exact: true }).fill('Tilgængelighedstest');
  await page.getByRole('group', { name: 'Rettigheder' }).getByLabel('Se sager (cases.read)').check();
  await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
  await page.getByLabel('Hemmelig nøgle').waitFor();
  await expectAccessible(page, 'admin-api-key-secret');
  await page.getByRole('button', { name: /Jeg har gemt nøglen/ }).click();

  await page.getByRole('link', { name: 'Opret bruger' }).click();
  await page.getByRole('heading', { level: 1, name: 'Opret bruger' }).waitFor();
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByRole('heading', { name: 'Brugeren blev ikke oprettet' }).waitFor();
  await expectAccessible(page, 'admin-create-user-errors');

  await page.getByRole('link', { name: 'Administration' }).first().click();
  await page.locator('table.users a').first().click();
  await page.getByRole('heading', { name: 'Nulstil adgangskode' }).waitFor();
  await expectAccessible(page, 'admin-edit-user');
  await page.context().close();
});

test('the access log and the citizen report are accessible', async () => {
  const admin = await loggedInPage(browser, adminAccount());
  const auditor = { username: uniqueUsername('revisor'), password: 'revisor-adgangskode-2026' };
  await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: auditor.username,
    display_name: 'Tilgængelig Revisor',
    roles: ['auditor'],
    site_ids: [],
    password: auditor.password,
  });
  await admin.context().close();

  const staff = await loggedInPage(browser);
  const citizen = await apiCall(staff, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr().replace('-', ''),
    name: uniqueName('Revision'),
    address: 'Ishøj Strandvej 10, 2635 Ishøj',
    municipality_code: '183',
    phone: null,
    general_practitioner: null,
  });
  await staff.context().close();

  const page = await newPage(browser);
  await logIn(page, auditor);
  await page.getByRole('heading', { level: 1, name: 'Adgangslog' }).waitFor();
  await page.locator('table.access-log').waitFor();
  await expectAccessible(page, 'access-log');

  const finder = page.locator('section', { has: page.getByRole('heading', { name: 'Find borger' }) });
  await finder.getByLabel('CPR-nummer eller navn').fill(citizen.name);
  await finder.getByRole('button', { name: 'Find' }).click();
  await finder.getByRole('button', { name: `Lav indsigtsrapport for ${citizen.name}` }).click();
  const report = page.locator('section', { has: page.getByRole('heading', { name: 'Indsigtsrapport til en borger' }) });
  await report.getByRole('button', { name: 'Download JSON' }).waitFor();
  await expectAccessible(page, 'access-log-report');
  await page.context().close();
});
