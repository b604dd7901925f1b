// Logging in and out, the login page's errors, and pages by role.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  apiCall,
  launchBrowser,
  logIn,
  loggedInPage,
  newPage,
  screenshot,
  staffAccount,
  uniqueUsername,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const nav = (page) => page.getByRole('navigation', { name: 'Hovedmenu' });

/** A throwaway therapist account, made by the administrator through the API. */
async function newTherapist(password) {
  const admin = await loggedInPage(browser, adminAccount());
  const username = uniqueUsername('engangs');
  await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username,
    display_name: 'Engangs Terapeut',
    roles: ['therapist'],
    site_ids: [],
    password,
  });
  await admin.context().close();
  return { username, password };
}

test('a logged-out user sees only the login page, and comes back to the page after login', async () => {
  const page = await newPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname, '/log-ind');
  assert.equal(url.searchParams.get('next'), '/borgere/ny');
  assert.equal(await nav(page).count(), 0, 'no menu before login');
  await logIn(page, staffAccount(), { navigate: false });
  await page.waitForURL((u) => u.pathname === '/borgere/ny');
  await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
  await page.context().close();
});

test('a wrong password gets one message, tied to no account detail', async () => {
  const page = await newPage(browser);
  await page.goto('/log-ind');
  await page.getByLabel('Brugernavn').fill(staffAccount().username);
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode-123');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { name: 'Du blev ikke logget ind' }).waitFor();
  await page.getByText('Forkert brugernavn eller adgangskode.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/log-ind');
  assert.equal(await page.getByLabel('Adgangskode').inputValue(), '', 'the password is emptied');
  await screenshot(page, 'login-wrong-password');

  // An unknown user gets the same message.
  await page.getByLabel('Brugernavn').fill('findes.ikke');
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode-123');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText('Forkert brugernavn eller adgangskode.').waitFor();
  await page.context().close();
});

test('"Log ud" returns to the login page, and the pages stay closed afterwards', async () => {
  const page = await loggedInPage(browser);
  const header = page.locator('header');
  await header.locator('.user-menu__roles', { hasText: 'Teamleder' }).waitFor();
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.getByText('Du er logget ud.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/log-ind');
  const session = await page.request.get('/api/v1/auth/session');
  assert.equal(session.status(), 401, 'the server has ended the session');
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.context().close();
});

test('an expired session sends the user to the login page with a notice', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/borgere/ny');
  await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
  // End the session behind the app's back (as the server does after the idle time).
  await page.context().clearCookies();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Arbejdsliste' }).click();
  await page.getByText('Din session er udløbet. Log ind igen.').waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname, '/log-ind');
  assert.equal(url.searchParams.get('next'), null, 'the worklist is the start page anyway');
  await logIn(page, staffAccount(), { navigate: false });
  await page.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();
  await page.context().close();
});

test('the team leader sees the case work and the centre’s editors in the menu, not the administration', async () => {
  const page = await loggedInPage(browser);
  const links = await nav(page).getByRole('link').allInnerTexts();
  assert.deepEqual(links, [
    'Arbejdsliste',
    'Min dag',
    'Fremmøde',
    'Kalender',
    'Hold',
    'Kørselsliste',
    'Registrér henvendelse',
    'Opret borger',
    'Modtagne genoptræningsplaner',
    'Planlægning',
    'Kvalitetsstandard',
    'Lukkedage',
    'Brevskabeloner',
  ]);
  await page.goto('/administration');
  await page.getByText('Du har ikke adgang til denne side.').waitFor();
  await page.context().close();
});

test('the administrator starts on the administration and has no worklist', async () => {
  const page = await loggedInPage(browser, adminAccount());
  await page.waitForURL((u) => u.pathname === '/administration');
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  const links = await nav(page).getByRole('link').allInnerTexts();
  assert.ok(!links.includes('Arbejdsliste'), `no worklist in the menu: ${links.join(', ')}`);
  assert.deepEqual(links, ['Administration']);
  await page.goto('/henvendelser/ny');
  await page.getByText('Du har ikke adgang til denne side.').waitFor();
  await page.goto('/');
  await page.waitForURL((u) => u.pathname === '/administration');
  await page.context().close();
});

test('a user changes their password through the user menu, and logs in with the new one', async () => {
  const account = await newTherapist('første-adgangskode-2026');
  const page = await newPage(browser);
  await logIn(page, account);
  await page.getByRole('link', { name: 'Skift adgangskode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Skift adgangskode' }).waitFor();

  // The server refuses a wrong current password at its field.
  await page.getByLabel('Nuværende adgangskode').fill('forkert-nuværende-kode');
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('anden-adgangskode-2026');
  await page.getByLabel('Gentag ny adgangskode').fill('anden-adgangskode-2026');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await page.getByRole('heading', { name: 'Adgangskoden blev ikke skiftet' }).waitFor();
  assert.equal(await page.getByLabel('Nuværende adgangskode').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('Nuværende adgangskode').fill(account.password);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await page.getByText('Din adgangskode er skiftet.').waitFor();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await logIn(page, { ...account, password: 'anden-adgangskode-2026' }, { navigate: false });
  await page.getByRole('heading', { level: 1, name: 'Arbejdsliste' }).waitFor();
  await page.context().close();
});

test('too many wrong passwords are slowed down, and the wait is shown', async () => {
  const account = await newTherapist('rigtig-adgangskode-2026');
  const page = await newPage(browser);
  await page.goto('/log-ind');
  let message = '';
  for (let attempt = 0; attempt < 8 && !message.includes('Prøv igen om'); attempt++) {
    await page.getByLabel('Brugernavn').fill(account.username);
    await page.getByLabel('Adgangskode').fill(`forkert-${attempt}-adgangskode`);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Log ind' }).and(page.locator(':enabled')).waitFor();
    message = await page.locator('.error-summary').innerText();
  }
  assert.match(message, /Prøv igen om \d+ (sekunder|minutter)\./, `the wait is shown: ${message}`);
  await screenshot(page, 'login-too-many-attempts');
  await page.context().close();
});
