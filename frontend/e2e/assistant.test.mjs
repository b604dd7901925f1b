// The booking assistant on the course page: a class seat and an individual weekly series booked
// through the proposals (the dry run lists the date the therapist's absence refuses, with its
// Danish reason), a class filled meanwhile answering 409 with its waiting list, both bookings in
// the therapist's week, one moved by dragging after a refused clash, and the therapist's
// iCalendar feed parsed with the Python `icalendar` library, holding no citizen's data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { BASE_URL, adminAccount, apiCall, copenhagenDate, expectAccessible, launchBrowser, loggedInPage, offsetOn, startedCourseViaApi, uniqueCpr, uniqueName, uniqueUsername } from './support.mjs';

const PYTHON = process.env.E2E_PYTHON ?? new URL('../../.venv/bin/python', import.meta.url).pathname;
const ADDRESS = 'Ishøj Strandvej 10, 2635 Ishøj';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Days from today to the Monday at least two weeks ahead. */
function daysToMondayInTwoWeeks() {
  const weekday = new Date(`${copenhagenDate(0)}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return (((8 - weekday) % 7) || 7) + 14;
}

const addDays = (day, n) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** "2026-12-14", "08.00" → "14.12.2026 kl. 08.00", as the pages write a moment. */
const danish = (day, clock) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)} kl. ${clock}`;

/**
 * A citizen with a § 140 physiotherapy course at Træningscenter Syd started today, via the API;
 * the initial conversation is with `therapist` at `meetingAt` (before the therapist has hours).
 */
async function citizenWithCourse(page, { name, cpr, syd, therapist, meetingAt }) {
  const { course } = await startedCourseViaApi(page, {
    site: syd, citizen: { cpr, name, address: ADDRESS }, meetingAt, therapistId: therapist.id, form: 'team_training',
  });
  return course;
}

/** The feed's events as the Python `icalendar` library reads them: summary, start, location. */
function parsedWithIcalendar(text) {
  const script = [
    'import json, sys',
    'from icalendar import Calendar',
    'calendar = Calendar.from_ical(sys.stdin.buffer.read())',
    'print(json.dumps([[str(e["summary"]), e.decoded("dtstart").isoformat(), str(e["location"])]',
    '                  for e in calendar.walk("VEVENT")]))',
  ].join('\n');
  return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: text }).toString());
}

test('a seat and a series are booked through the proposals, seen in the week, moved by dragging, and fed without citizen data', async () => {
  // A therapist of their own, so no other test's bookings meet these proposals.
  const admin = await loggedInPage(browser, adminAccount());
  const sites = await apiCall(admin, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const therapistName = uniqueName('Assistentterapeut');
  const login = { username: uniqueUsername('assistent'), password: `E2e-${Date.now()}-adgangskode` };
  const therapist = await apiCall(admin, 'POST', '/api/v1/admin/users', {
    username: login.username,
    display_name: therapistName,
    roles: ['therapist'],
    site_ids: [syd.id],
    password: login.password,
  });
  await admin.context().close();

  const page = await loggedInPage(browser);
  const monday = copenhagenDate(daysToMondayInTwoWeeks());
  const friday = addDays(monday, -3);
  const at = (day, clock) => `${day}T${clock}:00${offsetOn(day)}`;
  const seated = { name: uniqueName('Assistentborger'), cpr: uniqueCpr() };
  const late = { name: uniqueName('Senborger'), cpr: uniqueCpr() };
  const course = await citizenWithCourse(page, { ...seated, syd, therapist, meetingAt: at(friday, '12:00') });
  const lateCourse = await citizenWithCourse(page, { ...late, syd, therapist, meetingAt: at(friday, '13:00') });
  // Now the therapist's week: weekdays 8-16; the Monday a week after `monday` away on a course.
  const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '08:00', ends: '16:00' }));
  await apiCall(page, 'PUT', `/api/v1/staff/${therapist.id}/working-hours`, { hours: week });
  await apiCall(page, 'POST', `/api/v1/staff/${therapist.id}/absences`, {
    kind: 'further_training',
    first_day: addDays(monday, 7),
    last_day: addDays(monday, 7),
  });
  // A class of one seat on Tuesdays 13-14, run by the therapist.
  const roomName = uniqueName('Træningssal');
  const room = await apiCall(page, 'POST', `/api/v1/sites/${syd.id}/rooms`, { name: roomName, capacity: 4 });
  const teamName = uniqueName('Assistenthold');
  await apiCall(page, 'POST', '/api/v1/teams', {
    name: teamName,
    site_id: syd.id,
    room_id: room.id,
    discipline: 'physiotherapy',
    weekly_times: [{ weekday: 2, starts: '13:00', ends: '14:00' }],
    capacity: 1,
    therapist_ids: [therapist.id],
    starts_on: copenhagenDate(1),
    ends_on: copenhagenDate(60),
  });

  // The late citizen's proposals, on a phone, while the seat is still free.
  const latePage = await page.context().newPage();
  await latePage.setViewportSize({ width: 390, height: 844 });
  await latePage.goto(`/forloeb/${lateCourse.id}`);
  const lateAssistant = latePage.getByRole('region', { name: 'Bookingassistent', exact: true });
  await lateAssistant.getByRole('button', { name: 'Find ledige tider' }).click();
  const lateSeats = lateAssistant.getByRole('list', { name: 'Ledige holdpladser' });
  await lateSeats.getByRole('link', { name: teamName }).waitFor();

  // The first citizen, on a phone: the seat, then a weekly series from the therapist's proposal.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/forloeb/${course.id}`);
  const assistant = page.getByRole('region', { name: 'Bookingassistent', exact: true });
  const terapeut = assistant.getByLabel('Terapeut', { exact: true });
  await terapeut.locator('option', { hasText: therapistName }).waitFor({ state: 'attached' });
  await terapeut.selectOption({ label: therapistName });
  await assistant.getByLabel('Fra dato').fill(monday);
  await assistant.getByLabel(/Antal dage frem/).fill('1');
  await assistant.getByLabel(/Antal forslag/).fill('1');
  await assistant.getByLabel(/Antal uger i serien/).fill('3');
  await assistant.getByRole('button', { name: 'Find ledige tider' }).click();
  const seats = assistant.getByRole('list', { name: 'Ledige holdpladser' });
  await seats.getByRole('button', { name: `Tag plads på ${teamName}` }).click();
  await assistant.getByRole('status').getByText(`Borgeren har fået plads på ${teamName}.`).waitFor();

  const proposals = assistant.getByRole('list', { name: 'Forslag til individuelle tider' });
  const first = `${danish(monday, '08.00')}–08.45`;
  await proposals.getByText(first, { exact: true }).waitFor();
  await proposals.getByText(therapistName, { exact: false }).waitFor();
  await proposals.getByRole('button', { name: `Prøvebook serie fra ${first}` }).click();
  const series = assistant.getByRole('region', { name: `Serie: 3 uger fra ${danish(monday, '08.00')}` });
  await series.getByText('Prøvebooking: 2 tider er ledige, 1 tid afvises. Intet er gemt endnu.').waitFor();
  const dates = await series.getByRole('list', { name: 'Seriens datoer' }).getByRole('listitem').allTextContents();
  assert.deepEqual(dates, [
    `${first}: ledig`,
    `${danish(addDays(monday, 7), '08.00')}–08.45: afvist – Medarbejderen har fravær (kursus) den dag. Angiv en begrundelse for at booke alligevel.`,
    `${danish(addDays(monday, 14), '08.00')}–08.45: ledig`,
  ]);
  let overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);
  await expectAccessible(page, 'assistant-dry-run-390');
  await series.getByRole('button', { name: 'Gem serien (2 tider)' }).click();
  await series.getByText('2 tider er booket; 1 tid blev ikke booket.').waitFor();
  const booked = (await apiCall(page, 'GET', `/api/v1/courses/${course.id}`)).appointments
    .filter((a) => a.purpose === 'training')
    .map((a) => new Date(a.starts_at).toISOString())
    .sort();
  assert.deepEqual(booked, [at(monday, '08:00'), at(addDays(monday, 14), '08:00')].map((t) => new Date(t).toISOString()));
  await expectAccessible(page, 'assistant-saved-390');

  // The late citizen: the seat went meanwhile; the 409 offers the waiting list.
  await lateSeats.getByRole('button', { name: `Tag plads på ${teamName}` }).click();
  const refusal = lateAssistant.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Holdet er fuldt \(1 pladser\)\. Borgeren kan skrives på ventelisten\./);
  overflow = await latePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);
  await expectAccessible(latePage, 'assistant-team-full-390');
  await lateSeats.getByRole('button', { name: `Skriv på venteliste til ${teamName}` }).click();
  await lateAssistant.getByRole('status').getByText(`Borgeren står nu på ventelisten til ${teamName}.`).waitFor();
  await latePage.close();

  // The late citizen's home visit at 10 on the Monday, with the same therapist: a clash to drag onto.
  await apiCall(page, 'POST', '/api/v1/appointments', {
    course_id: lateCourse.id,
    provider: 'therapist',
    staff_id: therapist.id,
    discipline: 'physiotherapy',
    place: { kind: 'home' },
    starts_at: at(monday, '10:00'),
    ends_at: at(monday, '10:45'),
  });

  // The therapist's week: the series' Monday, the class on Tuesday.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kalender' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
  await page.getByLabel('Terapeut').selectOption(therapist.id);
  await page.getByLabel('Dato').fill(monday);
  const from = page.locator('.rbc-event', { hasText: seated.name });
  const onto = page.locator('.rbc-event', { hasText: late.name });
  await from.waitFor();
  await onto.waitFor();
  await page.locator('.rbc-event', { hasText: `Hold: ${teamName}` }).waitFor();
  await expectAccessible(page, 'assistant-therapist-week');

  const drag = async (dy) => {
    const box = await from.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + dy / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + dy, { steps: 5 });
    await page.mouse.up();
  };
  const gap = (await onto.boundingBox()).y - (await from.boundingBox()).y; // two hours
  await drag(gap); // onto 10:00: the late citizen's visit
  const clash = page.getByRole('alert');
  await clash.waitFor();
  assert.match(await clash.textContent(), /Kunne ikke flytte: .*overlapper/);
  await expectAccessible(page, 'assistant-refused-move');
  // To 9:00, free: half the gap, and half a 15-minute slot (a sixteenth of it) to land mid-slot.
  await drag(gap / 2 + gap / 16);
  await page.getByRole('status').getByText(`${seated.name} er flyttet.`).waitFor();
  const moved = (await apiCall(page, 'GET', `/api/v1/courses/${course.id}`)).appointments
    .filter((a) => a.purpose === 'training')
    .map((a) => new Date(a.starts_at).toISOString())
    .sort();
  assert.deepEqual(moved, [at(monday, '09:00'), at(addDays(monday, 14), '08:00')].map((t) => new Date(t).toISOString()));
  await page.context().close();

  // The therapist's private feed, fetched without a session and read by `icalendar`.
  const own = await loggedInPage(browser, login);
  const { url } = await apiCall(own, 'POST', '/api/v1/calendar/feeds/me');
  await own.context().close();
  const answer = await fetch(new URL(url, BASE_URL));
  assert.equal(answer.status, 200);
  const text = await answer.text();
  for (const personal of [seated.name, late.name, seated.cpr, late.cpr, ADDRESS, 'Ishøj Strandvej']) {
    assert.ok(!text.includes(personal), `the feed holds no citizen data (${personal})`);
  }
  const events = parsedWithIcalendar(text);
  const startsOf = (summary) =>
    events
      .filter(([s]) => s === summary)
      .map(([, start]) => new Date(start).toISOString())
      .sort();
  const training = events.filter(([s]) => s === 'Træning');
  assert.deepEqual(
    training.map(([, start]) => new Date(start).toISOString()).sort(),
    [at(monday, '09:00'), at(monday, '10:00'), at(addDays(monday, 14), '08:00')].map((t) => new Date(t).toISOString()),
  );
  assert.ok(training.some(([, , location]) => location === 'Hjemmebesøg'), 'the home visit has no address');
  assert.ok(training.some(([, , location]) => location.startsWith('Træningscenter Syd, ')), 'the series is at the site and room');
  assert.ok(startsOf(`Hold: ${teamName}`).includes(new Date(at(addDays(monday, 1), '13:00')).toISOString()));
});
