// The morning's worklist: counts on a hand-built set of cases, assigning a case and finding it
// under "Mine sager"; the worklist, the citizen page and the case page at phone width (390 px)
// with no horizontal scrolling and no serious accessibility violation; the follow-ups after a
// cancellation, the postponed courses due to resume and the share of trips within the hour.
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
  startedCourseViaApi,
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

/** The Copenhagen offset of a date ("+01:00" in winter, "+02:00" in summer). */
function offsetOn(date) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const at = (date, clock) => `${date}T${clock}:00${offsetOn(date)}`;

/** A citizen with a § 140 course started today, through the API, the caller its therapist. */
async function startedCourse(page, name, meetingHour) {
  const { course, me } = await startedCourseViaApi(page, {
    site: syd, citizen: { name, phone: '12 34 56 78' }, meetingAt: at(copenhagenDate(8), `${meetingHour}:00`),
  });
  return { course, me };
}

test('the worklist lists the citizen to follow up, the course due to resume and the trips within the hour', async () => {
  const page = await loggedInPage(browser);
  const today = copenhagenDate(0);
  // A cancelled session and no booking after it; the trip of a session driven within the hour.
  const followUp = uniqueName('Opfølgning');
  const { course, me } = await startedCourse(page, followUp, 13);
  const booking = (from, to) =>
    apiCall(page, 'POST', '/api/v1/appointments', {
      course_id: course.id,
      provider: 'therapist',
      staff_id: me.id,
      discipline: 'physiotherapy',
      place: { kind: 'home' },
      starts_at: at(today, from),
      ends_at: at(today, to),
    });
  const driven = await booking('03:00', '03:15');
  await apiCall(page, 'PUT', `/api/v1/courses/${course.id}/transport`, {
    reason: 'Kan ikke tage bussen',
    from_address: 'Ishøj Strandvej 10, 2635 Ishøj',
    to_address: 'Ishøj Boulevard 2A, 2635 Ishøj',
    needs: [],
  });
  await apiCall(page, 'POST', `/api/v1/appointments/${driven.id}/trip`, {
    agreed_pickup: at(today, '02:00'),
    actual_pickup: at(today, '02:05'),
    arrival: at(today, '02:55'),
    session_end: at(today, '03:15'),
    departure: at(today, '03:20'),
    drop_off: at(today, '04:00'),
  });
  const cancelled = await booking('03:30', '03:45');
  await apiCall(page, 'POST', `/api/v1/appointments/${cancelled.id}/attendance`, {
    attendance: 'cancelled',
    cancellation: { reason: 'other', by: 'citizen', reported_at: new Date().toISOString() },
  });
  // A course postponed from today, to resume tomorrow (a pause ends after it begins): not due yet.
  const paused = uniqueName('Udskudt');
  const { course: pausedCourse } = await startedCourse(page, paused, 14);
  await apiCall(page, 'POST', `/api/v1/courses/${pausedCourse.id}/postponement`, {
    reason: 'Indlagt',
    starts_on: today,
    expected_resume_on: copenhagenDate(1),
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?matrikel=alle');
  const followUps = page.getByRole('region', { name: 'Opfølgning: ingen ny tid efter afbud eller udeblivelse' });
  await followUps.getByRole('link', { name: followUp }).waitFor();
  const resumptions = page.getByRole('region', { name: 'Udskudte forløb, der skal genoptages' });
  const resuming = resumptions.getByRole('listitem').filter({ hasText: paused });
  const [year, month, day] = copenhagenDate(1).split('-');
  await resuming.getByText(`forventes genoptaget ${day}.${month}.${year}`).waitFor();
  assert.equal(await resuming.getByRole('link', { name: paused }).getAttribute('href'), `/forloeb/${pausedCourse.id}`);
  assert.equal(await resuming.getByText('skal genoptages nu').count(), 0);
  const trips = page.getByRole('region', { name: 'Kørsel inden for en time' });
  await trips.getByText(/Træningscenter Syd: \d+ af \d+ ture? inden for en time \(\d+ %\)/).waitFor();
  await atPhoneWidth(page, 'worklist-follow-ups');
  await page.context().close();
});
