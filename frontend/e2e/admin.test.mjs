// The administrator: creates a therapist account and an API key (its secret shown once).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  BASE_URL,
  launchBrowser,
  logIn,
  loggedInPage,
  newPage,
  screenshot,
  uniqueUsername,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the administrator creates a therapist account, who can then log in', async () => {
  const page = await loggedInPage(browser, adminAccount());
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  await page.getByRole('heading', { name: 'Roller og rettigheder' }).waitFor();
  await page.locator('.roles').getByText('Terapeut', { exact: true }).waitFor();

  const username = uniqueUsername('terapeut');
  const password = 'terapeut-adgangskode-2026';
  await page.getByRole('link', { name: 'Opret bruger' }).click();
  await page.getByRole('heading', { level: 1, name: 'Opret bruger' }).waitFor();

  // Errors first: nothing filled in.
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByRole('heading', { name: 'Brugeren blev ikke oprettet' }).waitFor();

  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Navn', { exact: true }).fill('Tina Terapeut');
  await page.getByRole('group', { name: 'Roller' }).getByLabel('Terapeut', { exact: true }).check();
  const sites = page.getByRole('group', { name: 'Matrikler' });
  await sites.getByLabel('Træningscenter Syd').check();
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Gentag adgangskode').fill(password);
  await screenshot(page, 'admin-create-user');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.waitForURL((u) => u.pathname === '/administration');
  await page.getByText(`Brugeren Tina Terapeut (${username}) er oprettet.`).waitFor();
  const row = page.locator('table.users tr', { hasText: username });
  assert.match(await row.innerText(), /Terapeut/);
  assert.match(await row.innerText(), /Træningscenter Syd/);
  assert.match(await row.innerText(), /Aktiv/);

  // The same username again is refused at the field.
  await page.getByRole('link', { name: 'Opret bruger' }).click();
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Navn', { exact: true }).fill('Tina Terapeut igen');
  await page.getByRole('group', { name: 'Roller' }).getByLabel('Terapeut', { exact: true }).check();
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Gentag adgangskode').fill(password);
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByRole('heading', { name: 'Brugeren blev ikke oprettet' }).waitFor();
  assert.equal(await page.getByLabel('Brugernavn').getAttribute('aria-invalid'), 'true');
  await page.context().close();

  // The therapist logs in and starts on the worklist.
  const therapist = await newPage(browser);
  await logIn(therapist, { username, password });
  await therapist.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();
  await therapist.locator('header').getByText('Tina Terapeut').waitFor();
  await therapist.context().close();
});

test('the administrator edits a user: deactivates and resets the password', async () => {
  const page = await loggedInPage(browser, adminAccount());
  const username = uniqueUsername('visitator');
  // Made through the API to keep this test short; the form is tested above.
  const session = await page.request.get('/api/v1/auth/session');
  const csrf = (await session.json()).csrf_token;
  const created = await page.request.post('/api/v1/admin/users', {
    headers: { 'X-CSRF-Token': csrf },
    data: { username, display_name: 'Vera Visitator', roles: ['visitator'], site_ids: [], password: 'visitator-kode-2026' },
  });
  assert.equal(created.status(), 201);
  await page.reload();
  await page.locator('table.users tr', { hasText: username }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Redigér bruger: Vera Visitator' }).waitFor();

  await page.getByLabel('Ny adgangskode', { exact: true }).fill('ny-visitator-kode-2026');
  await page.getByLabel('Gentag ny adgangskode').fill('ny-visitator-kode-2026');
  await page.getByRole('button', { name: 'Nulstil adgangskode' }).click();
  await page.getByText(`Adgangskoden for ${username} er nulstillet.`).waitFor();

  await page.getByLabel('Aktiv', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.waitForURL((u) => u.pathname === '/administration');
  await page.getByText(`Ændringerne for Vera Visitator (${username}) er gemt.`).waitFor();
  assert.match(await page.locator('table.users tr', { hasText: username }).innerText(), /Deaktiveret/);
  await page.context().close();
});

test('the administrator creates an API key, sees the secret once, and revokes the key', async () => {
  const page = await loggedInPage(browser, adminAccount());
  await page.getByRole('heading', { name: 'API-nøgler', exact: true }).waitFor();
  const name = `ESDH ${Math.random().toString(36).slice(2, 8)}`;
  await page.getByLabel('Navn', { exact: true }).fill(name);
  const scopes = page.getByRole('group', { name: 'Rettigheder' });
  await scopes.getByLabel('Se sager (cases.read)').check();
  await scopes.getByLabel('Se arbejdslisten (worklist.read)').check();
  await page.getByRole('button', { name: 'Opret API-nøgle' }).click();

  const secretField = page.getByLabel('Hemmelig nøgle');
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  assert.ok(secret.length >= 20, 'a secret is shown');
  await page.getByText('Den bliver ikke vist igen').waitFor();
  await page.getByRole('button', { name: 'Kopiér nøglen' }).click();
  await page.locator('.secret__status').filter({ hasText: /kopieret|kunne ikke kopieres/ }).waitFor();
  await screenshot(page, 'admin-api-key-secret');

  // The secret works against the API (from outside the browser: no session cookie).
  const asKey = await fetch(`${BASE_URL}/api/v1/worklist?limit=1`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(asKey.status, 200, 'the key is accepted');

  await page.getByRole('button', { name: /Jeg har gemt nøglen/ }).click();
  // Wait for React to re-render before counting: the click alone does not.
  await page.getByLabel('Hemmelig nøgle').waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await page.getByLabel('Hemmelig nøgle').count(), 0, 'the secret is hidden');
  const row = page.locator('table.api-keys tr', { hasText: name });
  await row.waitFor();
  await page.reload();
  await row.waitFor();
  assert.equal(await page.getByText(secret).count(), 0, 'the secret is never shown again');
  assert.ok(!(await page.content()).includes(secret), 'nor is it anywhere in the page');

  await row.getByRole('button', { name: `Tilbagekald ${name}` }).click();
  await row.getByRole('button', { name: 'Ja, tilbagekald' }).click();
  await page.getByText(`API-nøglen “${name}” er tilbagekaldt.`).waitFor();
  await page.locator('table.api-keys tr', { hasText: name }).getByText('Tilbagekaldt').waitFor();
  await page.context().close();
});
