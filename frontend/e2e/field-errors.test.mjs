// Field errors are shown by their field and tied to it for assistive technology.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, loggedInPage, screenshot, uniqueName } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function fillCitizen(page, cpr) {
  await page.goto('/borgere/ny');
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Navn', { exact: true }).fill(uniqueName('Fejl'));
  await page.getByLabel('Adresse').fill('Ishøj Strandvej 10, 2635 Ishøj');
  await page.getByLabel('Kommunekode').fill('183');
  await page.getByRole('button', { name: 'Opret borger' }).click();
}

async function errorOf(page, label) {
  const input = page.getByLabel(label);
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`);
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = [];
  for (const id of ids) texts.push(await page.locator(`[id="${id}"]`).innerText());
  return texts.join(' ');
}

test('a malformed CPR number gets an error at the CPR field', async () => {
  const page = await loggedInPage(browser);
  await fillCitizen(page, '12345');
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  assert.match(await errorOf(page, 'CPR-nummer'), /DDMMÅÅ-SSSS/);
  assert.equal(await page.getByLabel('Navn', { exact: true }).getAttribute('aria-invalid'), null);
  // The summary links to the field.
  await page.locator('.error-summary a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'citizen-cpr');
  await screenshot(page, 'citizen-cpr-error');
  await page.context().close();
});

test("the server's error for a CPR number with an impossible date is shown at the field", async () => {
  const page = await loggedInPage(browser);
  // The right shape, so only the server can tell: there is no 32nd of January.
  await fillCitizen(page, '320170-1234');
  await page.getByRole('heading', { name: 'Formularen blev ikke gemt' }).waitFor();
  const message = await errorOf(page, 'CPR-nummer');
  assert.ok(message.trim().length > 'Fejl:'.length, `a message from the server: "${message}"`);
  assert.equal(new URL(page.url()).pathname, '/borgere/ny');
  await page.context().close();
});
