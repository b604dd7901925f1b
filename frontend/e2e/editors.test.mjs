// The team leader's editors: the service standard (kvalitetsstandard) and the letter templates.
// Other test files share the database, so each test reads what is there before it changes it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  apiCall,
  copenhagenDate,
  expectAccessible,
  launchBrowser,
  loggedInPage,
  screenshot,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// No test may hang the run: a wait that never ends fails the test instead.
const LIMIT = { timeout: 120_000 };

/** The text of the field's error, found through its aria-describedby; the field must be invalid. */
async function errorOf(field) {
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = [];
  for (const id of ids) texts.push(await field.page().locator(`[id="${id}"]`).innerText());
  return texts.join(' ');
}

/** "2026-11-25" → "25.11.2026", as the page writes dates. */
const danishDate = (iso) => iso.split('-').reverse().join('.');

const SEL_86_2 = 'Vedligeholdende træning (Serviceloven § 86, stk. 2)';

test('the team leader finds both editors in the menu, and they are accessible', LIMIT, async () => {
  const page = await loggedInPage(browser);
  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });

  await menu.getByRole('link', { name: 'Kvalitetsstandard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kvalitetsstandard' }).waitFor();
  await page.getByRole('table', { name: SEL_86_2 }).waitFor();
  await expectAccessible(page, 'service-standard');
  await page.locator('summary', { hasText: SEL_86_2 }).click();
  await page.getByRole('table', { name: `Alle versioner for ${SEL_86_2}, nyeste dato først.` }).waitFor();
  await page.getByRole('button', { name: 'Gem ny version' }).click();
  await page.getByRole('heading', { name: 'Den nye version blev ikke gemt' }).waitFor();
  await expectAccessible(page, 'service-standard-errors');

  await menu.getByRole('link', { name: 'Brevskabeloner' }).click();
  await page.getByRole('heading', { level: 1, name: 'Brevskabeloner' }).waitFor();
  await page.getByLabel('Brevets tekst').waitFor();
  await expectAccessible(page, 'letter-templates');
  await page.getByRole('tab', { name: 'Afslag' }).click();
  await page.getByText('Klagevejledningen sætter systemet altid selv ind').waitFor();
  await page.getByRole('button', { name: 'Vis eksempel' }).click();
  await page.getByTitle('Eksempel på brevet: Afslag').waitFor();
  await expectAccessible(page, 'letter-templates-preview');
  await page.context().close();
});

test('a template with a syntax error is refused at the field; a valid one is saved as a new version and previewed', LIMIT, async () => {
  const page = await loggedInPage(browser);
  await page.goto('/brevskabeloner');
  await page.getByRole('heading', { level: 1, name: 'Brevskabeloner' }).waitFor();
  await page.getByRole('tab', { name: 'Indkaldelse' }).click();
  // The source view: the template's text as written.
  await page.getByRole('button', { name: 'Kilde' }).click();
  const body = page.getByRole('textbox', { name: 'Brevets tekst' });
  await body.waitFor();

  const before = (await apiCall(page, 'GET', '/api/v1/letter-templates')).find((t) => t.kind === 'invitation');
  assert.equal(await body.inputValue(), before.body, 'the editor holds the template in use');
  await page
    .getByText(before.version === 0 ? /^Systemets standardtekst/ : new RegExp(`^Version ${before.version},`))
    .waitFor();

  // An unclosed {{ is a syntax error: the server's Danish message is shown beside the text.
  await body.fill('<p>Kære {{ citizen.name </p>');
  await page.getByRole('button', { name: 'Gem ny version' }).click();
  await page.getByRole('heading', { name: 'Skabelonen blev ikke gemt' }).waitFor();
  assert.match(await errorOf(body), /Skabelonen kan ikke læses: der er en fejl i linje 1/);
  await expectAccessible(page, 'letter-templates-error');
  await screenshot(page, 'letter-template-syntax-error');

  // A valid change: the template in use with one more paragraph.
  const marker = `Ekstra afsnit E2E-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  await body.fill(`${before.body}\n<p>${marker}</p>\n`);
  await page.getByRole('button', { name: 'Gem ny version' }).click();
  const version = before.version + 1;
  await page.getByText(`Version ${version} af indkaldelsen er gemt.`).waitFor();
  await page.getByText(new RegExp(`^Version ${version}, gemt`)).waitFor();
  assert.equal(await body.getAttribute('aria-invalid'), null, 'the error is gone');
  const after = (await apiCall(page, 'GET', '/api/v1/letter-templates')).find((t) => t.kind === 'invitation');
  assert.equal(after.version, version);
  assert.ok(after.body.includes(marker));

  // The preview shows the letter in a sandboxed frame, with the new paragraph.
  await page.getByRole('button', { name: 'Vis eksempel' }).click();
  const frame = page.getByTitle('Eksempel på brevet: Indkaldelse');
  await frame.waitFor();
  assert.equal(await frame.getAttribute('sandbox'), '');
  const letter = page.frameLocator('iframe[title="Eksempel på brevet: Indkaldelse"]');
  await letter.getByText(marker).waitFor();
  await letter.getByText('Else Eksempel').first().waitFor();
  await screenshot(page, 'letter-template-preview');
  await page.context().close();
});

test('the visual editor shows the letter with its fields as chips; a field inserted is saved in the template', LIMIT, async () => {
  const page = await loggedInPage(browser);
  await page.goto('/brevskabeloner');
  await page.getByRole('heading', { level: 1, name: 'Brevskabeloner' }).waitFor();
  await page.getByRole('tab', { name: 'Afslag' }).click();
  const before = (await apiCall(page, 'GET', '/api/v1/letter-templates')).find((t) => t.kind === 'refusal');

  // The refusal opens in the visual editor: formatted text, its fields as named chips.
  await page.getByRole('button', { name: 'Visuel', pressed: true }).waitFor();
  const text = page.getByRole('textbox', { name: 'Brevets tekst' });
  await text.waitFor();
  assert.equal(await text.getAttribute('contenteditable'), 'true');
  await text.locator('.merge-field', { hasText: 'Borgerens navn' }).first().waitFor();
  await expectAccessible(page, 'letter-template-visual');

  // A new last paragraph, written and given a merge field from the toolbar.
  const marker = `Med venlig hilsen fra E2E-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`${marker}, `);
  await page.getByLabel('Flettefelt', { exact: true }).selectOption({ label: 'Træningens form' });
  await page.getByRole('button', { name: 'Indsæt flettefelt' }).click();
  await text.locator('.merge-field', { hasText: 'Træningens form' }).waitFor();
  await page.getByRole('tab', { name: 'Afslag (ikke gemt)' }).waitFor();
  await screenshot(page, 'letter-template-visual-edited');

  await page.getByRole('button', { name: 'Gem ny version' }).click();
  const version = before.version + 1;
  await page.getByText(`Version ${version} af afslaget er gemt.`).waitFor();
  const after = (await apiCall(page, 'GET', '/api/v1/letter-templates')).find((t) => t.kind === 'refusal');
  assert.equal(after.version, version);
  // Everything the user did not touch is as it was, to the byte; the new paragraph follows.
  const kept = before.body.replace(/<\/p>\n$/, '');
  assert.ok(after.body.startsWith(kept), 'the old text is kept as written');
  assert.match(after.body.slice(kept.length), new RegExp(`^</p>\\n*<p>${marker}, \\{\\{ decision\\.form \\}\\}</p>\\n$`));
  await expectAccessible(page, 'letter-template-visual-saved');

  // The source view shows the same text.
  await page.getByRole('button', { name: 'Kilde' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Brevets tekst' }).inputValue(), after.body);
  await page.context().close();
});

test('the team leader adds a version of the service standard for SEL § 86, stk. 2, and finds it in the history', LIMIT, async () => {
  const page = await loggedInPage(browser);
  await page.goto('/kvalitetsstandard');
  await page.getByRole('heading', { level: 1, name: 'Kvalitetsstandard' }).waitFor();

  // Tomorrow, unless a version for SEL_86_2 already starts then: the first free day after it.
  const limits = await apiCall(page, 'GET', '/api/v1/service-standard');
  const taken = new Set(limits.filter((l) => l.legal_basis === 'SEL_86_2').map((l) => l.effective_from));
  const tomorrow = copenhagenDate(1);
  let offset = 1;
  while (taken.has(copenhagenDate(offset))) offset += 1;
  const date = copenhagenDate(offset);

  await page.getByLabel('Lovgrundlag').selectOption('SEL_86_2');
  const effective = page.getByLabel('Gælder fra');
  assert.equal(await effective.inputValue(), tomorrow, 'the date is tomorrow unless changed');
  if (date !== tomorrow) await effective.fill(date);
  const invitation = page.getByLabel('Indkaldelse sendt (hverdage)');
  assert.match(await invitation.inputValue(), /^\d+$/, 'prefilled with the value in force');
  await invitation.fill('8');
  await page.getByRole('button', { name: 'Gem ny version' }).click();
  await page.getByText(`Den nye version for ${SEL_86_2} er gemt. Den gælder fra ${danishDate(date)}.`).waitFor();

  const history = page.locator('details', { has: page.locator('summary', { hasText: SEL_86_2 }) });
  await history.locator('summary').click();
  const row = history
    .getByRole('row')
    .filter({ hasText: danishDate(date) })
    .filter({ hasText: 'Indkaldelse sendt' });
  await row.waitFor();
  assert.match(await row.innerText(), /8 hverdage/);
  assert.match(await row.innerText(), /Kommende/);
  await screenshot(page, 'service-standard-new-version');

  // Saved as sent: every limit in its own unit.
  const saved = (await apiCall(page, 'GET', '/api/v1/service-standard')).filter(
    (l) => l.legal_basis === 'SEL_86_2' && l.effective_from === date,
  );
  assert.deepEqual(
    saved.find((l) => l.kind === 'invitation'),
    { legal_basis: 'SEL_86_2', kind: 'invitation', value: 8, unit: 'working_days', effective_from: date },
  );
  await page.context().close();
});
