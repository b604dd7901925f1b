// As a team leader: registers a citizen and a referral through the UI, finds the case on the
// worklist, opens it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  apiCall,
  createCitizenViaUi,
  launchBrowser,
  loggedInPage,
  registerApplicationViaUi,
  registerHospitalPlanViaUi,
  screenshot,
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

/** Pages through the worklist ("Vis flere") until a link with the name shows, or there is no more. */
async function findOnWorklist(page, name) {
  const link = page.getByRole('link', { name, exact: true });
  // Right after filtering, the table may still be the one before the filter while the filtered
  // page loads: give the link a moment to come before paging on.
  await link.waitFor({ timeout: 5_000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    if ((await link.count()) > 0) return link;
    const more = page.getByRole('button', { name: 'Vis flere' });
    if ((await more.count()) === 0) break;
    const rows = await page.locator('table.worklist tbody tr').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.worklist tbody tr').length > n,
      rows,
    );
  }
  return null;
}

test('a hospital plan registered through the UI shows on the worklist and its case page', async () => {
  const page = await loggedInPage(browser);
  const cpr = uniqueCpr();
  const name = uniqueName('Hospitalsplan');
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));

  await createCitizenViaUi(page, { cpr, name });
  await page.getByText(`${name} er oprettet som borger.`).waitFor();
  await page.locator('.citizen-picked').getByText(name).waitFor();

  const caseId = await registerHospitalPlanViaUi(page);
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();
  await page.getByText('Henvendelsen er registreret').waitFor();
  const deadlines = page.locator('section', { has: page.getByRole('heading', { name: 'Svarfrister' }) });
  await deadlines.getByText('Indkaldelse til indledende samtale').waitFor();
  assert.ok(await deadlines.getByText('Opstart af træning').count(), 'a training-start deadline');
  assert.ok(await page.getByText('Frit valg fra').count(), 'the free-choice date is shown');
  await screenshot(page, 'case-hospital-plan');

  // The worklist, filtered to § 140 cases at Træningscenter Syd through the filter form.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Arbejdsliste' }).click();
  await page.getByLabel('Lovgrundlag').selectOption('SUL_140');
  const site = page.getByLabel('Matrikel', { exact: true });
  await site.locator('option', { hasText: 'Træningscenter Syd' }).waitFor({ state: 'attached' });
  await site.selectOption({ label: 'Træningscenter Syd' });
  // The filters apply as they change.
  await page.waitForURL(/lovgrundlag=SUL_140/);
  await page.locator('table.worklist').waitFor();
  const link = await findOnWorklist(page, name);
  assert.ok(link, `the case of ${name} is on the filtered worklist`);
  const row = page.locator('tr', { has: link });
  assert.match(await row.innerText(), /SUL § 140/);
  assert.match(await row.innerText(), /Overskredet|Forfalder snart|I god tid/);
  await screenshot(page, 'worklist-filtered');

  await link.click();
  await page.waitForURL(new RegExp(`/sager/${caseId}$`));
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();

  const cprDigits = cpr.replace('-', '');
  for (const url of requested) {
    assert.ok(!url.includes(cpr) && !url.includes(cprDigits), `no CPR number in ${url}`);
  }
  await page.context().close();
});

test('an application is registered for a citizen found by CPR search', async () => {
  const page = await loggedInPage(browser);
  const cpr = uniqueCpr();
  const name = uniqueName('Ansøgning');
  const requested = [];
  page.on('request', (r) => requested.push(`${r.method()} ${r.url()}`));

  // A citizen of another municipality (101, København), so the case carries that flag.
  await createCitizenViaUi(page, { cpr, name, municipalityCode: '101' });

  // Start over without the citizen chosen, and find them by CPR number.
  await page.goto('/henvendelser/ny');
  await page.getByLabel('Borgerens CPR-nummer').fill(cpr.replace('-', ''));
  await page.getByRole('button', { name: 'Find borger' }).click();
  await page.locator('.citizen-picked').getByText(name).waitFor();
  assert.match(page.url(), /\?borger=[0-9a-f-]{36}$/);

  await page.getByLabel('Genoptræning (SEL § 86, stk. 1)').check();
  await page.getByLabel('Matrikel', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lidelse/tilstand').fill('Nedsat gangfunktion efter længere tids sygdom');
  await page.getByLabel('Kanal', { exact: true }).selectOption('borgerservice_ishoj');
  await page.getByLabel('Pårørende').check();
  await screenshot(page, 'referral-application-filled');
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();
  await page.getByText('Borgerservice Ishøj Centeret').waitFor();
  await page.locator('.tag', { hasText: 'Anden kommune' }).waitFor();
  await screenshot(page, 'case-application');
  await page.getByRole('cell', { name: 'Afgørelse' }).or(page.getByRole('rowheader', { name: 'Afgørelse' })).waitFor();

  const searches = requested.filter((r) => r.includes('/api/v1/citizens/search'));
  assert.deepEqual(
    searches.map((r) => r.split(' ')[0]),
    ['POST'],
    'the CPR search is one POST',
  );
  for (const r of requested) assert.ok(!r.includes(cpr.replace('-', '')), `no CPR number in ${r}`);
  await page.context().close();
});

test('a second citizen with the same CPR number gets a link to the existing one', async () => {
  const page = await loggedInPage(browser);
  const cpr = uniqueCpr();
  await createCitizenViaUi(page, { cpr, name: uniqueName('Dublet') });
  await page.goto('/borgere/ny');
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Navn', { exact: true }).fill(uniqueName('Dublet'));
  await page.getByLabel('Adresse').fill('Vallensbæk Stationstorv 1, 2625 Vallensbæk');
  await page.getByLabel('Kommunekode').fill('187');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.getByRole('heading', { name: 'Borgeren findes allerede' }).waitFor();
  const link = page.getByRole('link', { name: /eksisterende borger/ });
  assert.match((await link.getAttribute('href')) ?? '', /^\/henvendelser\/ny\?borger=[0-9a-f-]{36}$/);
  await link.click();
  await page.locator('.citizen-picked').waitFor();
  await page.context().close();
});

test("a therapist refers another site's citizen found by CPR number, seeing the name only", async () => {
  // The team leader registers the citizen with a case at Syd.
  const leader = await loggedInPage(browser);
  const cpr = uniqueCpr();
  const name = uniqueName('Behov');
  await createCitizenViaUi(leader, { cpr, name });
  await registerApplicationViaUi(leader, { siteName: 'Træningscenter Syd' });
  const sites = await apiCall(leader, 'GET', '/api/v1/sites');
  await leader.context().close();

  // A therapist of Nord only, made by the administrator.
  const admin = await loggedInPage(browser, adminAccount());
  const therapist = { username: uniqueUsername('nord'), password: 'nord-terapeut-kode-2026' };
  await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: therapist.username,
    display_name: 'Nora Nord',
    roles: ['therapist'],
    site_ids: [sites.find((s) => s.code === 'nord').id],
    password: therapist.password,
  });
  await admin.context().close();

  const page = await loggedInPage(browser, therapist);
  const requested = [];
  page.on('request', (r) => requested.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await page.goto('/henvendelser/ny');
  await page.getByLabel('Borgerens CPR-nummer').fill(cpr);
  await page.getByRole('button', { name: 'Find borger' }).click();
  const picked = page.locator('.citizen-picked');
  await picked.getByText(name).waitFor();
  await picked.getByText('ingen sag på dine matrikler').waitFor();
  assert.equal(await picked.getByText('Ishøj Strandvej 10').count(), 0, 'no address of the citizen');
  const citizenId = new URL(page.url()).searchParams.get('borger');
  assert.ok(
    !requested.includes(`GET /api/v1/citizens/${citizenId}`),
    'the record the look-up withheld is not asked for',
  );

  await registerApplicationViaUi(page, { siteName: 'Træningscenter Nord' });
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();
  // With a case at Nord, the citizen's record is the therapist's to see.
  const record = await apiCall(page, 'GET', `/api/v1/citizens/${citizenId}`);
  assert.equal(record.name, name);
  await page.context().close();
});
