// The morning's worklist: counts on a hand-built set of cases, assigning a case and finding it
// under "Mine sager"; the worklist, the citizen page and the case page at phone width (390 px)
// with no horizontal scrolling and no serious accessibility violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  adminAccount,
  apiCall,
  copenhagenDate,
  expectAccessible,
  launchBrowser,
  logIn,
  loggedInPage,
  newPage,
  uniqueCpr,
  uniqueName,
  uniqueUsername,
} from './support.mjs';

let browser;
let therapist;
let syd;
const made = {};

async function citizenWithCase(page, name, receivedOn) {
  const citizen = await apiCall(page, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr(),
    name,
    address: 'Ishøj Strandvej 10, 2635 Ishøj',
    municipality_code: '183',
    phone: '43 57 00 00',
    general_practitioner: null,
  });
  const registered = await apiCall(page, 'POST', '/api/v1/referrals', {
    legal_basis: 'SEL_86_1',
    citizen_id: citizen.id,
    site_id: syd.id,
    received_at: `${receivedOn}T00:30:00+01:00`,
    condition: 'Nedsat gangfunktion',
    channel: 'email',
    submitter: 'citizen',
  });
  return { citizen, case: registered };
}

/** The day of receipt whose 10-working-day invitation deadline falls today (the calendar's own sum). */
async function receivedForDueToday(page) {
  const today = copenhagenDate(0);
  for (let back = 10; back < 30; back += 1) {
    const start = copenhagenDate(-back);
    const sum = await apiCall(page, 'GET', `/api/v1/working-days/add?start=${start}&days=10`);
    if (sum.date === today) return start;
  }
  return null;
}

before(async () => {
  browser = await launchBrowser();
  // A therapist at Syd of their own, so "Mine sager" holds exactly the cases made here.
  const admin = await loggedInPage(browser, adminAccount());
  const sites = await apiCall(admin, 'GET', '/api/v1/sites');
  syd = sites.find((s) => s.code === 'syd') ?? sites[0];
  therapist = {
    username: uniqueUsername('terapeut'),
    password: 'terapeut-adgangskode-2026',
    display_name: uniqueName('Tina Terapeut'),
  };
  const user = await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: therapist.username,
    display_name: therapist.display_name,
    roles: ['therapist'],
    site_ids: [syd.id],
    password: therapist.password,
  });
  therapist.id = user.id;
  await admin.context().close();

  const staff = await loggedInPage(browser);
  made.overdue = await citizenWithCase(staff, uniqueName('Overskredet'), copenhagenDate(-40));
  made.fresh = await citizenWithCase(staff, uniqueName('Ny'), copenhagenDate(0));
  const dueToday = await receivedForDueToday(staff);
  if (dueToday) made.today = await citizenWithCase(staff, uniqueName('Idag'), dueToday);
  for (const key of ['overdue', 'today']) {
    if (made[key]) {
      await apiCall(staff, 'PUT', `/api/v1/cases/${made[key].case.id}/assignee`, { user_id: therapist.id });
    }
  }
  await staff.context().close();
});
after(async () => {
  await browser?.close();
});

test('a team leader assigns a case and the therapist finds it under "Mine sager"', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/?matrikel=alle');
  const row = page.locator('table.worklist tbody tr', { hasText: made.fresh.citizen.name });
  await row.waitFor();
  await row.getByLabel(`Tildel sagen for ${made.fresh.citizen.name}`).selectOption({ label: therapist.display_name });
  await page.waitForResponse((r) => r.url().includes('/assignee') && r.status() === 200);
  await page.context().close();

  const own = await newPage(browser);
  await logIn(own, therapist);
  await own.getByRole('button', { name: 'Mine sager' }).click();
  await own.waitForURL((u) => u.searchParams.get('visning') === 'mine');
  const table = own.locator('table.worklist');
  await table.getByRole('link', { name: made.fresh.citizen.name }).waitFor();
  await table.getByRole('link', { name: made.overdue.citizen.name }).waitFor();
  const text = await table.innerText();
  assert.ok(text.includes(therapist.display_name), 'the assignee by name');
  await expectAccessible(own, 'worklist-mine');
  await own.context().close();
});

test('the counts at the top add up the hand-built cases', async () => {
  const page = await newPage(browser);
  await logIn(page, therapist);
  await page.goto('/?visning=mine');
  const count = (key) => page.getByTestId(`count-${key}`);
  // Overdue: the case received 40 days ago. Today: the one whose deadline is today (when the
  // calendar has such a day of receipt). The fresh case is 10 working days away: in neither.
  // The counts load again when the filters settle (the user's own site is chosen by default), so
  // the tiles are read once the list and the counts have both answered for the final filters.
  const expected = { overdue: '1', due_today: made.today ? '1' : '0', due_soon: '0' };
  const shown = () =>
    page.evaluate(() =>
      Object.fromEntries(
        ['overdue', 'due_today', 'due_soon'].map((k) => [k, document.querySelector(`[data-testid="count-${k}"]`)?.textContent]),
      ),
    );
  const deadline = Date.now() + 15_000;
  let last = await shown();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    last = await shown();
  }
  assert.deepEqual(last, expected);
  for (const key of Object.keys(expected)) assert.equal(await count(key).innerText(), expected[key]);
  if (made.today) {
    const row = page.locator('table.worklist tbody tr', { hasText: made.today.citizen.name });
    await row.getByText('Frist i dag').waitFor();
  }
  await page.context().close();
});

async function atPhoneWidth(page, label) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label}: no horizontal scrolling at 390 px (overflow ${overflow}px)`);
  await expectAccessible(page, `${label}-390`);
}

test('the worklist, the citizen page and the case page work at 390 px', async () => {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, therapist);
  await page.goto('/?visning=mine');
  await page.locator('table.worklist').waitFor();
  await atPhoneWidth(page, 'worklist');

  await page.goto(`/borgere/${made.overdue.citizen.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await atPhoneWidth(page, 'citizen');

  await page.goto(`/sager/${made.overdue.case.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await atPhoneWidth(page, 'case');
  await page.context().close();
});
