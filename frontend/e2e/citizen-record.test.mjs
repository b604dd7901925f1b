// The citizen record: found from the top bar's search, shown on its page, edited with its history;
// an earlier course recorded there is named by a later application's quarantine finding.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  apiCall,
  copenhagenDate,
  expectAccessible,
  launchBrowser,
  loggedInPage,
  screenshot,
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

/** Searches from the top bar with the keyboard: type, then Enter. */
async function searchTopBar(page, text) {
  const field = page.getByRole('search', { name: 'Søg borger' }).getByLabel('Søg borger');
  await field.fill(text);
  await field.press('Enter');
}

async function fitsPhoneWidth(page, label) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label}: no sideways scrolling at 390 px (${overflow} px too wide)`);
  await screenshot(page, `${label}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('search -> the citizen page -> an edit, with its history shown', async () => {
  const page = await loggedInPage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const cpr = uniqueCpr();
  const name = uniqueName('Borgerside');

  // Nobody has the number yet: "Opret borger" takes it along, so it is not typed twice.
  await searchTopBar(page, cpr.replace('-', ''));
  await page.getByText('Ingen borgere fundet.').waitFor();
  await page.getByRole('link', { name: 'Opret borger med dette CPR-nummer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
  assert.equal(await page.getByLabel('CPR-nummer').inputValue(), cpr);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Adresse').fill('Ishøj Strandvej 10, 2635 Ishøj');
  await page.getByLabel('Kommunekode').fill('183');
  await page.getByLabel('Telefon').fill('12 34 56 78');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.waitForURL(/\/henvendelser\/ny\?borger=/);

  // Found by name, then opened from the results.
  await searchTopBar(page, name);
  await page.getByText('1 borger fundet').waitFor();
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('heading', { name: 'Ændringshistorik' }).waitFor();
  await expectAccessible(page, 'citizen-page');
  await fitsPhoneWidth(page, 'citizen-page');

  // The edit: a wrong ydernummer is refused at its field, by the server.
  await page.getByRole('link', { name: 'Ret oplysninger' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ret oplysninger' }).waitFor();
  await page.getByLabel('E-mail').fill('borger@example.dk');
  await page.getByLabel('Lægehus').fill('Lægehuset Ishøj');
  await page.getByLabel('Ydernummer').fill('123');
  await page.getByLabel('Pårørendes navn').fill('Pia Jensen');
  await page.getByLabel('Relation').fill('datter');
  await page.getByLabel('Pårørendes telefon').fill('87 65 43 21');
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  const provider = page.getByLabel('Ydernummer');
  assert.equal(await provider.getAttribute('aria-invalid'), 'true');
  const described = (await provider.getAttribute('aria-describedby')).split(' ');
  const errorText = await page.locator(`[id="${described.at(-1)}"]`).innerText();
  assert.match(errorText, /6 cifre/);
  await expectAccessible(page, 'citizen-edit-errors');
  await fitsPhoneWidth(page, 'citizen-edit');

  await provider.fill('012345');
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.getByText('Oplysningerne er gemt.').waitFor();
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Ændringshistorik' }) });
  const row = history.locator('tr', { has: page.getByRole('rowheader', { name: 'Ydernummer' }) });
  await row.waitFor();
  assert.match(await row.innerText(), /012345/);
  assert.match(await history.innerText(), /Pia Jensen/);
  assert.match(await history.innerText(), /borger@example\.dk/);
  assert.match(await page.locator('section', { has: page.getByRole('heading', { name: 'Kontaktoplysninger' }) }).innerText(), /datter/);
  await expectAccessible(page, 'citizen-page-history');

  // The CPR number never stood in an address.
  const digits = cpr.replace('-', '');
  assert.deepEqual(requested.filter((url) => url.includes(digits) || url.includes(cpr)), []);
  await page.context().close();
});

test("an earlier course recorded on the citizen's page is named by a later application's quarantine finding", async () => {
  const page = await loggedInPage(browser);
  const citizen = await apiCall(page, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr(),
    name: uniqueName('Karantæne'),
    address: 'Vallensbæk Torvevej 1, 2625 Vallensbæk',
    municipality_code: '187',
  });
  await page.goto(`/borgere/${citizen.id}`);
  await page.getByRole('heading', { level: 1, name: citizen.name }).waitFor();

  // Ended two months ago: a renewed application now comes inside the 5 months.
  const endedOn = copenhagenDate(-61);
  const form = page.getByRole('form', { name: 'Registrér tidligere forløb' });
  await form.getByLabel('Lovgrundlag').selectOption('SEL_86_1');
  await form.getByLabel('Sluttede').fill(endedOn);
  await form.getByLabel('Note').fill('Fra det gamle system');
  await form.getByRole('button', { name: 'Gem forløbet' }).click();
  await page.getByText('Det tidligere forløb er registreret.').waitFor();
  const courses = page.locator('section', { has: page.getByRole('heading', { name: 'Forløb' }) });
  await courses.getByText('Tidligere forløb: Fra det gamle system').waitFor();
  await expectAccessible(page, 'citizen-earlier-course');

  // A new application, invited and assessed through the API.
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const registered = await apiCall(page, 'POST', '/api/v1/referrals', {
    legal_basis: 'SEL_86_1',
    citizen_id: citizen.id,
    site_id: syd.id,
    received_at: new Date().toISOString(),
    condition: 'Nedsat gangfunktion',
    channel: 'email',
    submitter: 'citizen',
  });
  const therapists = await apiCall(page, 'GET', '/api/v1/therapists');
  const today = copenhagenDate(0);
  await apiCall(page, 'POST', `/api/v1/cases/${registered.id}/invitation`, {
    meeting_at: `${copenhagenDate(7)}T10:00:00+01:00`,
    place: 'home',
    therapist_id: therapists[0].id,
    sent_on: today,
    channel: 'phone',
  });
  await apiCall(page, 'POST', `/api/v1/cases/${registered.id}/assessment`, {
    assessed_on: today,
    loss_without_hospital_contact: true,
    cannot_regain_by_own_effort: true,
  });

  // The case is listed on the citizen's page, and its finding names the earlier course's end.
  await page.reload();
  const cases = page.locator('section', { has: page.getByRole('heading', { name: 'Sager' }) });
  await cases.getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/sager/${registered.id}$`));
  const [year, month, day] = endedOn.split('-').map(Number);
  const danish = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
  await page.getByText(`sidste forløb sluttede den ${danish}`, { exact: false }).first().waitFor();
  await expectAccessible(page, 'case-quarantine-finding');
  await page.context().close();
});
