// The course page: an individual series booked from the course, a clash and a frequency breach
// refused with their reasons at the field, and Min dag on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { adminAccount, apiCall, copenhagenDate, expectAccessible, launchBrowser, loggedInPage, offsetOn, openCaseAction, referredCitizen, startedCourseViaApi, uniqueName, uniqueUsername } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const at = (date, clock) => `${date}T${clock}:00${offsetOn(date)}`;

/** Days from today to next week's Monday (1 to 7). */
function daysToNextMonday() {
  const weekday = new Date(`${copenhagenDate(0)}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return ((8 - weekday) % 7) || 7;
}

// The invitation books the initial conversation (an hour) in the therapist's calendar: each its
// own hour in the afternoon a week ahead, apart from the bookings the tests make (11.30, and
// other tests' conversations at 10.00).
let nextMeetingHour = 14;

/** A citizen and a § 140 case received today at Træningscenter Syd, through the API. */
async function citizenWithCase(page, name) {
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const { citizen, referral } = await referredCitizen(page, {
    site: syd, citizen: { name, phone: '12 34 56 78' }, condition: 'Hoftealloplastik',
  });
  return { citizen, registered: referral, syd };
}

/** A citizen with a § 140 course started today, individual training at home, through the API. */
async function citizenWithCourse(page, name) {
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const { citizen, course, me } = await startedCourseViaApi(page, {
    site: syd,
    citizen: { name, phone: '12 34 56 78' },
    condition: 'Hoftealloplastik',
    meetingAt: at(copenhagenDate(7), `${nextMeetingHour++}:00`),
  });
  return { citizen, course, me };
}

const atHome = (course, staffId, date, from, to) => ({
  course_id: course.id,
  provider: 'therapist',
  staff_id: staffId,
  discipline: 'physiotherapy',
  place: { kind: 'home' },
  starts_at: at(date, from),
  ends_at: at(date, to),
});

test('a weekly series is booked from the course page; a clash and a frequency breach are refused with their reasons', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Forløb');
  const { citizen, course, me } = await citizenWithCourse(page, name);
  const other = await citizenWithCourse(page, uniqueName('Andenborger'));
  const monday = copenhagenDate(daysToNextMonday());
  const week2 = copenhagenDate(daysToNextMonday() + 7);
  // Another citizen's appointment with the same therapist in the series' second week.
  await apiCall(page, 'POST', '/api/v1/appointments', atHome(other.course, me.id, week2, '11:30', '12:15'));

  // From the citizen's course list to the course page.
  await page.goto(`/borgere/${citizen.id}`);
  await page.locator(`a[href="/forloeb/${course.id}"]`).click();
  await page.waitForURL(new RegExp(`/forloeb/${course.id}$`));
  await page.getByRole('heading', { level: 1, name: `Forløb for ${name}` }).waitFor();

  const form = page.getByRole('form', { name: 'Book individuel tid' });
  await form.getByLabel('Terapeut', { exact: true }).selectOption(me.id);
  await form.getByLabel('I borgerens hjem').check();
  await form.getByLabel('Dato', { exact: true }).fill(monday);
  await form.getByLabel('Fra kl.').fill('11:30');
  await form.getByLabel('Til kl.').fill('12:15');
  await form.getByLabel('Antal uger').fill('3');
  await form.getByRole('button', { name: 'Book' }).click();

  // Two of three booked; the second week refused for the clash, named in the summary and the list.
  await form.getByText('2 tider er booket.').waitFor();
  const summary = form.getByRole('heading', { name: '1 af 3 tider blev ikke booket' });
  await summary.waitFor();
  const refusedLine = form.locator('.series-results__refused');
  assert.equal(await refusedLine.count(), 1);
  const refusedText = await refusedLine.textContent();
  assert.match(refusedText, /Medarbejderen har allerede en tid, der overlapper/);
  const [y, m, d] = week2.split('-');
  assert.ok(refusedText.startsWith(`${d}.${m}.${y}`), refusedText);
  const table = page.getByRole('table', { name: 'Forløbets aftaler' });
  await table.getByRole('row').nth(2).waitFor(); // header + two bookings
  assert.equal(await table.getByRole('row').count(), 3);
  await expectAccessible(page, 'course-series-clash');

  // Two more this week via the API: the week's third; a fourth from the form is over the limit.
  await apiCall(page, 'POST', '/api/v1/appointments', atHome(course, me.id, copenhagenDate(daysToNextMonday() + 1), '11:30', '12:15'));
  await apiCall(page, 'POST', '/api/v1/appointments', atHome(course, me.id, copenhagenDate(daysToNextMonday() + 2), '11:30', '12:15'));
  await form.getByLabel('Dato', { exact: true }).fill(copenhagenDate(daysToNextMonday() + 3));
  await form.getByLabel('Antal uger').fill('1');
  await form.getByRole('button', { name: 'Book' }).click();
  const fieldError = page.locator('#booking-start-error');
  await fieldError.waitFor();
  const message = await fieldError.textContent();
  assert.match(message, /Grænse: 3 om ugen i uge \d+/);
  assert.match(message, /Kvalitetsstandarden giver højst 3/);
  assert.equal(await page.locator('#booking-start').getAttribute('aria-invalid'), 'true');
  await form.getByRole('heading', { name: 'Tiden blev ikke booket' }).waitFor();
  await expectAccessible(page, 'course-frequency-breach');
  await page.context().close();
});

test('Min dag lists today’s home visit with the phone, the address and its registration, on a 390 px phone', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Mindag');
  const { course, me } = await citizenWithCourse(page, name);
  await apiCall(page, 'POST', '/api/v1/appointments', atHome(course, me.id, copenhagenDate(0), '22:00', '22:45'));

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min dag' }).click();
  await page.waitForURL(/\/min-dag$/);
  await page.getByRole('heading', { level: 1, name: 'Min dag' }).waitFor();
  const item = page.locator('li.day-item', { hasText: name });
  await item.waitFor();
  await item.getByText('22.00').first().waitFor();
  assert.equal(await item.getByRole('link', { name: /12 34 56 78/ }).getAttribute('href'), 'tel:12345678');
  await item.getByText('Ishøj Strandvej 10, 2635 Ishøj').waitFor();
  // The visit is registered here as on Fremmøde: before it begins only a cancellation.
  const controls = item.getByRole('group', { name: new RegExp(`^Registrér ${name}`) });
  await controls.waitFor();
  assert.equal(await controls.getByRole('button', { name: /^Fremmødt/ }).isDisabled(), true);
  assert.equal(await controls.getByRole('button', { name: /^Afbud/ }).isEnabled(), true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);
  await expectAccessible(page, 'min-dag-390');

  // The course page on the same phone: every section readable without scrolling sideways.
  await page.goto(`/forloeb/${course.id}`);
  await page.getByRole('heading', { level: 1, name: `Forløb for ${name}` }).waitFor();
  await page.getByRole('table', { name: 'Forløbets aftaler' }).waitFor();
  await page.getByRole('form', { name: 'Book individuel tid' }).waitFor();
  const courseOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(courseOverflow <= 0, `no horizontal scroll on the course page at 390 px (${courseOverflow} px too wide)`);
  await expectAccessible(page, 'course-page-390');
  await page.context().close();
});

test('Planlægning: a working week is saved, and an absence names the booking it hits, to rebook', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Fravær');
  const { course, me } = await citizenWithCourse(page, name);
  // The fourth Monday on: after the series of the first test.
  const day = copenhagenDate(daysToNextMonday() + 21);
  await apiCall(page, 'POST', '/api/v1/appointments', atHome(course, me.id, day, '09:00', '09:45'));

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Planlægning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Planlægning' }).waitFor();
  await page.getByLabel('Medarbejder').selectOption(me.id);
  const hours = page.getByRole('form', { name: `Arbejdstid for ${me.display_name}` });
  await hours.getByRole('button', { name: 'Tilføj periode' }).click();
  await hours.getByRole('button', { name: 'Gem arbejdstid' }).click();
  await hours.getByText('Arbejdstiden er gemt.').waitFor();

  const absence = page.getByRole('form', { name: `Registrér fravær for ${me.display_name}` });
  await absence.getByLabel('Art').selectOption('further_training');
  await absence.getByLabel('Første dag').fill(day);
  await absence.getByLabel('Sidste dag').fill(day);
  await absence.getByRole('button', { name: 'Gem fravær' }).click();
  await absence.getByText('Det rammer 1 aftale(r), som skal bookes om:').waitFor();
  assert.equal(await absence.locator(`a[href="/forloeb/${course.id}"]`).count(), 1);
  await page.getByRole('heading', { name: 'Samtaler, der skal bookes om' }).waitFor();
  await expectAccessible(page, 'scheduling-admin');

  // The absence changed to the day before only: it no longer hits the booking.
  const dayBefore = copenhagenDate(daysToNextMonday() + 20);
  const [yy, mm, dd] = day.split('-');
  await page.getByRole('button', { name: new RegExp(`^Ret Kursus ${dd}\\.${mm}\\.${yy}`) }).click();
  const change = page.getByRole('form', { name: `Ret fravær for ${me.display_name}` });
  await change.getByLabel('Første dag').fill(dayBefore);
  await change.getByLabel('Sidste dag').fill(dayBefore);
  await change.getByRole('button', { name: 'Gem ændringen' }).click();
  await change.getByText('Det rammer ingen aftaler.').waitFor();
  // Removed: its day is bookable again.
  const [by, bm, bd] = dayBefore.split('-');
  await page.getByRole('button', { name: new RegExp(`^Fjern Kursus ${bd}\\.${bm}\\.${by}`) }).click();
  await page.getByText(/Fraværet Kursus .* er fjernet\./).waitFor();
  assert.equal(await page.getByRole('button', { name: new RegExp(`^Fjern Kursus ${bd}\\.${bm}\\.${by}`) }).count(), 0);
  await expectAccessible(page, 'scheduling-absence-removed');
  // Back to no recorded week, so later tests' bookings of this therapist meet no working hours.
  await apiCall(page, 'PUT', `/api/v1/staff/${me.id}/working-hours`, { hours: [] });
  await page.context().close();
});

test('an invitation outside the therapist’s working hours asks for the reason the server names', async () => {
  // A therapist of their own, so no other test's bookings meet these working hours.
  const admin = await loggedInPage(browser, adminAccount());
  const sites = await apiCall(admin, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const therapistName = uniqueName('Terapeut');
  const therapist = await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: uniqueUsername('arbejdstid'),
    display_name: therapistName,
    roles: ['therapist'],
    site_ids: [syd.id],
    password: `E2e-${Date.now()}-adgangskode`,
  });
  await admin.context().close();

  const page = await loggedInPage(browser);
  const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '08:00', ends: '16:00' }));
  await apiCall(page, 'PUT', `/api/v1/staff/${therapist.id}/working-hours`, { hours: week });
  const name = uniqueName('Aftentid');
  const { registered } = await citizenWithCase(page, name);
  await page.goto(`/sager/${registered.id}`);
  const form = await openCaseAction(page, 'Indkald til indledende samtale');
  await form.getByLabel('Samtalen er booket til').fill(`${copenhagenDate(daysToNextMonday())}T18:00`);
  const select = form.getByLabel('Terapeut', { exact: true });
  await select.locator('option', { hasText: therapistName }).waitFor({ state: 'attached' });
  await select.selectOption({ label: therapistName });
  await form.getByLabel('Telefon', { exact: true }).check();
  assert.equal(await form.getByLabel(/Begrundelse for tid uden for arbejdstid/).count(), 0, 'not asked before the server says so');
  await form.getByRole('button', { name: 'Gem indkaldelse' }).click();

  // Refused: the server's reason at the field it names, which the form now asks for.
  await page.getByRole('heading', { name: 'Indkaldelsen blev ikke gemt' }).waitFor();
  const reason = form.getByLabel(/Begrundelse for tid uden for arbejdstid/);
  await reason.waitFor();
  assert.equal(await reason.getAttribute('aria-invalid'), 'true');
  const message = await page.locator('#invitation-outside-hours-reason-error').textContent();
  assert.match(message, /arbejdstid/i);
  await expectAccessible(page, 'invitation-outside-hours');

  await reason.fill('Borgeren arbejder til kl. 17');
  await form.getByRole('button', { name: 'Gem indkaldelse' }).click();
  await page.getByRole('region', { name: 'Handlinger', exact: true }).locator('.notice--success', { hasText: 'Indkaldelsen er registreret' }).waitFor();
  await page.context().close();
});
