// Received hospital plans (GGOP): a failed plan and another municipality's at the top of the
// list, in Danish, axe clean, at 390 px; a failed plan marked as handled.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { expectAccessible, launchBrowser, loggedInPage, screenshot } from './support.mjs';

const PLAN = await readFile(new URL('../../tests/fixtures/ggop/plan.xml', import.meta.url), 'utf8');
const run = Math.random().toString(36).slice(2, 8);

/** The fictitious plan with its message id and one element's text replaced. */
function plan(messageId, tag, text) {
  const changed = PLAN.replace('GGOP-HVH-20261123-000417', messageId);
  return tag ? changed.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${text}</${tag}>`) : changed;
}

async function deliver(page, xml) {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.fetch('/api/v1/intake/ggop', {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml', 'X-CSRF-Token': session.csrf_token },
    data: xml,
  });
  assert.ok([201, 202].includes(response.status()), `POST /api/v1/intake/ggop answered ${response.status()}`);
  return response.json();
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('staff see a failed plan first, with its reason, and mark it handled', async () => {
  const page = await loggedInPage(browser);
  const failed = await deliver(page, plan(`GGOP-E2E-${run}-1`, 'TypeOfRehabilitationPlan', 'Kurophold'));
  assert.equal(failed.status, 'failed');
  const elsewhere = await deliver(
    page,
    plan(`GGOP-E2E-${run}-2`).replace('<Identifier>183</Identifier>', '<Identifier>101</Identifier>'),
  );
  assert.equal(elsewhere.outcome, 'negative');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Modtagne genoptræningsplaner' }).click();
  await page.getByRole('heading', { level: 1, name: 'Modtagne genoptræningsplaner' }).waitFor();
  const first = page.locator('.ggop-item').first();
  await first.waitFor();
  assert.match(await first.innerText(), /Fejlet|Anden kommune/);
  const failedItem = page.locator('.ggop-item', { hasText: `GGOP-E2E-${run}-1` });
  await failedItem.getByText('Plantypen er ukendt', { exact: false }).waitFor();
  await expectAccessible(page, 'ggop-list');

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px too wide)`);
  await screenshot(page, 'ggop-list-390');
  await expectAccessible(page, 'ggop-list-390');

  await failedItem.getByRole('button', { name: 'Markér som håndteret' }).click();
  await failedItem.getByText('Håndteret', { exact: false }).first().waitFor();
  await page.getByLabel('Status').selectOption('failed');
  await page.waitForURL((u) => u.searchParams.get('status') === 'failed');
  await page.locator('.ggop-item', { hasText: `GGOP-E2E-${run}-1` }).waitFor();
  await page.context().close();
});

test('a start given in words is dated by staff from the list', async () => {
  const page = await loggedInPage(browser);
  // A serial number starting 0-3: born 19YY whatever the year (a 5-8 with a late year is 18YY,
  // too old for a plan's citizen).
  const cpr = `0101${String(Math.floor(Math.random() * 90) + 10)}${String(Math.floor(Math.random() * 4000)).padStart(4, '0')}`;
  const words = plan(`GGOP-E2E-${run}-3`, 'RehabilitationDeadline', 'Når gipsen er fjernet, ca. 6 uger').replace(
    '1203451238',
    cpr,
  );
  const receipt = await deliver(page, words);
  assert.equal(receipt.outcome, 'positive');
  // The discharge is the plan's 20 November 2026; the date staff read lies after it.
  await page.goto('/genoptraeningsplaner?status=mapped');
  const item = page.locator('.ggop-item', { hasText: `GGOP-E2E-${run}-3` });
  await item.getByText('Når gipsen er fjernet, ca. 6 uger', { exact: false }).waitFor();
  await item.getByLabel('Sygehusets startdato').fill('2027-01-04');
  await item.getByRole('button', { name: 'Sæt startdato' }).click();
  await item.getByText('Startdatoen er sat til 04.01.2027', { exact: false }).waitFor();
  await expectAccessible(page, 'ggop-start-date');
  await page.context().close();
});
