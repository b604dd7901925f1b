// The auditor: the access log with its filters, and a citizen's report (GDPR art. 15).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  apiCall,
  launchBrowser,
  logIn,
  loggedInPage,
  newPage,
  screenshot,
  uniqueCpr,
  uniqueName,
  uniqueUsername,
} from './support.mjs';

let browser;
let auditor;
let citizen;
let staffUser;
before(async () => {
  browser = await launchBrowser();
  // The administrator makes an auditor account through the admin API.
  const admin = await loggedInPage(browser, adminAccount());
  auditor = { username: uniqueUsername('revisor'), password: 'revisor-adgangskode-2026' };
  await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: auditor.username,
    display_name: 'Rita Revisor',
    roles: ['auditor'],
    site_ids: [],
    password: auditor.password,
  });
  await admin.context().close();

  // The team leader creates a citizen and looks them up, so the log has entries about them.
  const staff = await loggedInPage(browser);
  citizen = await apiCall(staff, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr().replace('-', ''),
    name: uniqueName('Logget'),
    address: 'Ishøj Strandvej 10, 2635 Ishøj',
    municipality_code: '183',
    phone: null,
    general_practitioner: null,
  });
  await apiCall(staff, 'GET', `/api/v1/citizens/${citizen.id}`);
  staffUser = (await apiCall(staff, 'GET', '/api/v1/auth/session')).user;
  await staff.context().close();
});
after(async () => {
  await browser?.close();
});

test('the auditor starts on the access log, filters by citizen and makes the citizen report', async () => {
  const page = await newPage(browser);
  await logIn(page, auditor);
  await page.waitForURL((u) => u.pathname === '/adgangslog');
  await page.getByRole('heading', { level: 1, name: 'Adgangslog' }).waitFor();
  const links = await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allInnerTexts();
  assert.deepEqual(links, ['Adgangslog']);
  await page.locator('table.access-log').waitFor();

  // The auditor finds the citizen by CPR number (sent in a POST body, never in the address).
  const cprRequests = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes(citizen.cpr.replace('-', '')) || url.includes(citizen.cpr)) cprRequests.push(url);
  });
  const finder = page.locator('section', { has: page.getByRole('heading', { name: 'Find borger' }) });
  await finder.getByLabel('CPR-nummer eller navn').fill('12');
  await finder.getByRole('button', { name: 'Find' }).click();
  await finder.getByText('Skriv et CPR-nummer (10 cifre) eller mindst to bogstaver af navnet.').waitFor();
  await finder.getByLabel('CPR-nummer eller navn').fill(citizen.cpr);
  await finder.getByRole('button', { name: 'Find' }).click();
  await finder.getByText(citizen.name, { exact: true }).waitFor();
  await finder.getByRole('button', { name: `Vis adgangslog for ${citizen.name}` }).click();
  await page.waitForURL((u) => u.searchParams.get('borger') === citizen.id);
  assert.deepEqual(cprRequests, [], 'no CPR number in any address');
  await page.getByText(`Viser adgang til ${citizen.name}`).waitFor();
  const rows = page.locator('table.access-log tbody tr');
  await rows.first().waitFor();
  const text = await page.locator('table.access-log').innerText();
  assert.match(text, /Oprettelse/, 'the creation is logged');
  assert.match(text, /Læsning/, 'the reading is logged');
  assert.match(text, /Opret borger/, 'the operation in words');
  assert.ok(!text.includes('citizens-create'), 'no technical operation names');
  assert.ok(text.includes(staffUser.display_name), `staff by name (${staffUser.display_name})`);
  await screenshot(page, 'access-log-citizen');

  // The report for the citizen found.
  const report = page.locator('section', { has: page.getByRole('heading', { name: 'Indsigtsrapport til en borger' }) });
  await finder.getByRole('button', { name: `Lav indsigtsrapport for ${citizen.name}` }).click();
  await report.getByRole('heading', { name: `Indsigtsrapport for ${citizen.name}` }).waitFor();
  const reportText = await report.innerText();
  assert.match(reportText, /Oprettelse/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `indsigt-adgangslog-${citizen.id}.json`);
  const body = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(body.citizen_id, citizen.id);
  assert.ok(body.entries.length >= 2, 'the entries are in the file');
  const json = JSON.stringify(body);
  assert.ok(!json.includes(staffUser.display_name) && !json.includes(staffUser.username), "no employee's name");
  await screenshot(page, 'access-log-report');
  await page.context().close();
});

test('the auditor has no citizen pages', async () => {
  const page = await newPage(browser);
  await logIn(page, auditor);
  await page.goto('/borgere/ny');
  await page.getByText('Du har ikke adgang til denne side.').waitFor();
  await page.context().close();
});
