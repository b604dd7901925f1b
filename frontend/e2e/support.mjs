// Shared helpers for the end-to-end tests: the browser, accounts and logging in, test data,
// accessibility checks.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8765').replace(/\/$/, '');
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? '/tmp/e2e-screenshots';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The accounts make/e2e.sh creates before the tests: an administrator, and a team leader at both
 * sites. Their passwords come only from the environment.
 */
function account(prefix) {
  const username = process.env[`${prefix}_USER`];
  const password = process.env[`${prefix}_PASSWORD`];
  if (!username || !password) {
    throw new Error(`Set ${prefix}_USER and ${prefix}_PASSWORD (make/e2e.sh creates the accounts and sets them).`);
  }
  return { username, password };
}

export const staffAccount = () => account('E2E_STAFF');
export const adminAccount = () => account('E2E_ADMIN');

/** Debian's chromium; the test tool's own browser download does not work on these machines. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=da-DK',
    ],
  });
}

/** A page in a fresh context, with a Danish locale and Copenhagen time like the staff's PCs. */
export async function newPage(browser) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

function randomInt(min, max) {
  return min + Math.floor(Math.random() * (max - min + 1));
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/**
 * A CPR number of valid form: a real birth date in 1930–1999 and a 7th digit of 1–3, which puts
 * the year in the 1900s. Modulus 11 is not required. Random, so each test has its own citizen.
 */
export function uniqueCpr() {
  const start = Date.UTC(1930, 0, 1);
  const end = Date.UTC(1999, 11, 31);
  const birth = new Date(start + Math.floor(Math.random() * (end - start)));
  const ddmmyy = pad(birth.getUTCDate()) + pad(birth.getUTCMonth() + 1) + pad(birth.getUTCFullYear() % 100);
  return `${ddmmyy}-${randomInt(1, 3)}${pad(randomInt(0, 999), 3)}`;
}

/** A name no other test run has, so the test can find its own row. */
export function uniqueName(first = 'Testborger') {
  const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
  return `${first} E2E-${suffix}`;
}

/** Today's Copenhagen date as YYYY-MM-DD, or `offsetDays` from it. */
export function copenhagenDate(offsetDays = 0) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
}

/** The Copenhagen offset of a date ("+01:00" in winter, "+02:00" in summer). */
export function offsetOn(date) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the serious and critical
 * violations, after printing them.
 */
export async function seriousViolations(page, label) {
  // A letter preview is a frame that may run no script (sandbox=""): axe-core cannot enter it
  // and would wait for it for ever, so it is left out (the tests check its title themselves).
  const results = await new AxeBuilder({ page })
    .exclude('iframe[sandbox]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !serious.includes(v));
  for (const v of serious) {
    console.log(`[axe] ${label}: ${v.impact} ${v.id}: ${v.help}`);
    for (const node of v.nodes) console.log(`        ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
  }
  for (const v of minor) console.log(`[axe] ${label}: (${v.impact}) ${v.id}: ${v.help}`);
  return serious;
}

/** A screenshot for the record, then no serious or critical accessibility violation. */
export async function expectAccessible(page, label) {
  await screenshot(page, `a11y-${label}`);
  const serious = await seriousViolations(page, label);
  assert.deepEqual(
    serious.map((v) => v.id),
    [],
    `${label}: serious or critical accessibility violations (printed above)`,
  );
}

/** Creates a citizen through the form and returns to the page it lands on (the referral form). */
export async function createCitizenViaUi(page, { cpr, name, municipalityCode = '183' }) {
  await page.goto('/borgere/ny');
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Adresse').fill('Ishøj Strandvej 10, 2635 Ishøj');
  await page.getByLabel('Kommunekode').fill(municipalityCode);
  await page.getByLabel('Telefon').fill('12 34 56 78');
  await page.getByLabel('Egen læge').fill('Lægehuset Ishøj');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.waitForURL(/\/henvendelser\/ny\?borger=[0-9a-f-]{36}$/);
}

/** Fills and sends the referral form for a hospital plan (SUL § 140). Returns the case id. */
export async function registerHospitalPlanViaUi(page, { siteName = 'Træningscenter Syd' } = {}) {
  await page.getByLabel('Genoptræning efter hospitalsophold (SUL § 140)').check();
  const site = page.getByLabel('Matrikel', { exact: true });
  const optionValue = await site
    .locator('option', { hasText: siteName })
    .first()
    .getAttribute('value');
  await site.selectOption(optionValue);
  await page.getByLabel('Lidelse/tilstand').fill('Hoftealloplastik, venstre side');
  await page.getByLabel('Hospital', { exact: true }).fill('Hvidovre Hospital');
  await page.getByLabel('Afdeling', { exact: true }).fill('Ortopædkirurgisk afdeling');
  await page.getByLabel('Plantype').selectOption('almen_basal');
  await page.getByLabel('Udskrivelsesdato').fill(copenhagenDate(-1));
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop();
}

/**
 * Logs in through the login page and waits until the app has left it. With `navigate: false` the
 * page is on the login page already (sent there by the app).
 */
export async function logIn(page, { username, password }, { navigate = true } = {}) {
  if (navigate) await page.goto('/log-ind');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname !== '/log-ind');
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}

/** A fresh page whose user is logged in: the team leader unless another account is given. */
export async function loggedInPage(browser, who = staffAccount()) {
  const page = await newPage(browser);
  await logIn(page, who);
  return page;
}

/**
 * Calls the API as the page's logged-in user (same cookies), with the session's CSRF token on
 * requests that change something. Returns the parsed answer; fails on an error status.
 */
export async function apiCall(page, method, path, data) {
  const headers = {};
  if (method !== 'GET') {
    const session = await page.request.get('/api/v1/auth/session');
    assertOk(session, 'GET /api/v1/auth/session');
    headers['X-CSRF-Token'] = (await session.json()).csrf_token;
  }
  const response = await page.request.fetch(path, { method, headers, data });
  assertOk(response, `${method} ${path}`);
  return response.status() === 204 ? null : response.json();
}

function assertOk(response, what) {
  if (!response.ok()) throw new Error(`${what} answered ${response.status()}`);
}

/** A username no other test run has (lower case, as the server wants). */
export function uniqueUsername(first) {
  return `${first}.${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Fills and sends the referral form for an application (SEL § 86, stk. 1 unless another legal
 * basis is given), on the page the citizen form lands on. Returns the case id.
 */
export async function registerApplicationViaUi(
  page,
  { legalBasis = 'Genoptræning (SEL § 86, stk. 1)', siteName = 'Træningscenter Syd', channel = 'email' } = {},
) {
  await page.getByLabel(legalBasis, { exact: true }).check();
  const site = page.getByLabel('Matrikel', { exact: true });
  const optionValue = await site.locator('option', { hasText: siteName }).first().getAttribute('value');
  await site.selectOption(optionValue);
  await page.getByLabel('Lidelse/tilstand').fill('Nedsat gangfunktion efter længere tids sygdom');
  await page.getByLabel('Kanal', { exact: true }).selectOption(channel);
  await page.getByLabel('Borgeren', { exact: true }).check();
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop();
}

/** Opens a step's form in the case page's "Handlinger" (its heading button) and returns the form. */
export async function openCaseAction(page, title) {
  const toggle = page.getByRole('button', { name: title, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const form = page.getByRole('form', { name: title });
  await form.waitFor();
  return form;
}

/**
 * A new citizen (a unique CPR number, an Ishøj address unless `citizen` says otherwise, and
 * `citizen`'s fields) with a § 140 hospital plan received now at `site`, through the API.
 */
export async function referredCitizen(page, { site, citizen = {}, condition = 'Knæalloplastik', hospital = 'Hvidovre Hospital' }) {
  const created = await apiCall(page, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr(),
    address: 'Ishøj Strandvej 10, 2635 Ishøj',
    municipality_code: '183',
    ...citizen,
  });
  const referral = await apiCall(page, 'POST', '/api/v1/referrals', {
    legal_basis: 'SUL_140',
    citizen_id: created.id,
    site_id: site.id,
    received_at: new Date().toISOString(),
    condition,
    hospital,
    department: 'Ortopædkirurgisk afdeling',
    plan_type: 'almen_basal',
    discharge_date: copenhagenDate(-1),
  });
  return { citizen: created, referral };
}

/**
 * `referredCitizen`, its case taken to a physiotherapy course of `form` started today: the
 * initial conversation at home at `meetingAt` (each test picks hours no other test's bookings
 * of the same staff use) with `therapistId`, the logged-in user unless given; assessed today.
 */
export async function startedCourseViaApi(page, { meetingAt, form = 'individual_at_home', therapistId, ...referred }) {
  const { citizen, referral } = await referredCitizen(page, referred);
  const me = (await apiCall(page, 'GET', '/api/v1/auth/session')).user;
  const today = copenhagenDate(0);
  await apiCall(page, 'POST', `/api/v1/cases/${referral.id}/invitation`, {
    meeting_at: meetingAt,
    place: 'home',
    therapist_id: therapistId ?? me.id,
    sent_on: today,
    channel: 'phone',
  });
  await apiCall(page, 'POST', `/api/v1/cases/${referral.id}/assessment`, { assessed_on: today });
  await apiCall(page, 'POST', `/api/v1/cases/${referral.id}/training-start`, {
    started_on: today,
    form,
    disciplines: ['physiotherapy'],
  });
  const courses = await apiCall(page, 'GET', `/api/v1/citizens/${citizen.id}/courses`);
  return { citizen, referral, course: courses.find((c) => c.status === 'active'), me };
}
