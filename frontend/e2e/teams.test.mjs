// Teams: a team created from the form, its one seat taken from a course page, the next citizen
// refused (409) and put on the waiting list, the team's page with its seat and waiting list on a
// 390 px phone, and the calendar of the team's occurrences; axe clean throughout.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, copenhagenDate, expectAccessible, launchBrowser, loggedInPage, offsetOn, startedCourseViaApi, uniqueName } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Each citizen's initial conversation gets an hour of its own a week ahead, apart from other
// tests' conversations (10.00, and from 14.00) and bookings (9.00 to 12.15): early morning.
const MEETING_HOURS = [5, 6, 7, 8];
let meetings = 0;

/** A citizen with a § 140 physiotherapy course at Træningscenter Syd started today, via the API. */
async function citizenWithCourse(page, name, syd) {
  const day = copenhagenDate(7);
  const hour = String(MEETING_HOURS[meetings++ % MEETING_HOURS.length]).padStart(2, '0');
  const { citizen, course, me } = await startedCourseViaApi(page, {
    site: syd, citizen: { name }, meetingAt: `${day}T${hour}:00:00${offsetOn(day)}`, form: 'team_training',
  });
  return { citizen, course, me };
}

test('a team is created, its last seat taken; the next citizen gets the 409 and the waiting list', async () => {
  const page = await loggedInPage(browser);
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const roomName = uniqueName('Sal');
  await apiCall(page, 'POST', `/api/v1/sites/${syd.id}/rooms`, { name: roomName, capacity: 4 });
  const first = uniqueName('Holdborger');
  const second = uniqueName('Venteborger');
  const { course, me } = await citizenWithCourse(page, first, syd);
  const waiting = await citizenWithCourse(page, second, syd);

  // The team, from the form: Fridays 13-14 (another test's conversations are in the morning).
  const teamName = uniqueName('Knæhold');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hold' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hold' }).waitFor();
  const form = page.getByRole('form', { name: 'Nyt hold' });
  await form.getByLabel('Navn').fill(teamName);
  await form.getByLabel('Træningscenter').selectOption(syd.id);
  await form.getByLabel('Lokale').selectOption({ label: `${roomName} (plads til 4)` });
  await form.getByLabel('Ugedag').selectOption('5');
  await form.getByLabel('Fra kl.').fill('13:00');
  await form.getByLabel('Til kl.').fill('14:00');
  await form.getByLabel('Pladser').fill('1');
  await form.getByLabel('Terapeut').selectOption(me.id);
  await form.getByLabel('Første dag').fill(copenhagenDate(1));
  await form.getByLabel('Sidste dag').fill(copenhagenDate(60));
  await form.getByRole('button', { name: 'Opret hold' }).click();
  await form.getByRole('status').getByRole('link', { name: teamName }).waitFor();
  await expectAccessible(page, 'teams-created');

  // The one seat, from the first citizen's course page.
  await page.goto(`/forloeb/${course.id}`);
  const teams = page.getByRole('region', { name: 'Hold' });
  await teams.getByRole('button', { name: `Tag plads på ${teamName}` }).click();
  await teams.getByRole('status').getByText(`Borgeren har fået plads på ${teamName}.`).waitFor();

  // The second citizen: the team is full (409), and the waiting list is offered.
  await page.goto(`/forloeb/${waiting.course.id}`);
  const full = page.getByRole('region', { name: 'Hold' });
  await full.getByRole('button', { name: `Tag plads på ${teamName}` }).click();
  const refusal = full.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Holdet er fuldt \(1 pladser\)\. Borgeren kan skrives på ventelisten\./);
  await expectAccessible(page, 'team-full');
  await full.getByRole('button', { name: `Skriv på venteliste til ${teamName}` }).click();
  await full.getByRole('status').getByText(`Borgeren står nu på ventelisten til ${teamName}.`).waitFor();

  // The team's page on a phone: the seat, the waiting list, the occurrences.
  await page.setViewportSize({ width: 390, height: 844 });
  await full.getByRole('link', { name: teamName }).click();
  await page.getByRole('heading', { level: 1, name: `Hold: ${teamName}` }).waitFor();
  await page.getByRole('region', { name: 'Pladser' }).getByRole('link', { name: first }).waitFor();
  await page.getByRole('region', { name: 'Venteliste' }).getByText(second).waitFor();
  assert.ok((await page.getByRole('table', { name: 'Holdgange' }).getByRole('row').count()) > 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);
  await expectAccessible(page, 'team-page-390');

  // The team's occurrences in the calendar.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Holdets kalender' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
  await page.getByLabel('Dato').fill(copenhagenDate(7));
  await page.locator('.rbc-event', { hasText: `Hold: ${teamName}` }).first().waitFor();
  await expectAccessible(page, 'calendar-team');
  await page.context().close();
});

test('an appointment dragged onto another is refused with the clash; dragged to a free hour it moves', async () => {
  const page = await loggedInPage(browser);
  await page.setViewportSize({ width: 1280, height: 1600 });
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const moving = uniqueName('Flyttes');
  const staying = uniqueName('Bliver');
  const a = await citizenWithCourse(page, moving, syd);
  const b = await citizenWithCourse(page, staying, syd);
  const day = copenhagenDate(8);
  const at = (clock) => `${day}T${clock}:00${offsetOn(day)}`;
  const visit = (course, from, to) => ({
    course_id: course.id,
    provider: 'therapist',
    staff_id: a.me.id,
    discipline: 'physiotherapy',
    place: { kind: 'home' },
    starts_at: at(from),
    ends_at: at(to),
  });
  const booked = await apiCall(page, 'POST', '/api/v1/appointments', visit(a.course, '15:00', '15:45'));
  await apiCall(page, 'POST', '/api/v1/appointments', visit(b.course, '17:00', '17:45'));

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kalender' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
  await page.getByLabel('Terapeut').selectOption(a.me.id);
  await page.getByLabel('Dato').fill(day);
  const from = page.locator('.rbc-event', { hasText: moving });
  const onto = page.locator('.rbc-event', { hasText: staying });
  await from.waitFor();
  await onto.waitFor();
  const drag = async (dy) => {
    const box = await from.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + dy / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + 5 + dy, { steps: 5 });
    await page.mouse.up();
  };
  const gap = (await onto.boundingBox()).y - (await from.boundingBox()).y; // two hours

  await drag(gap); // onto 17:00: the therapist's other visit
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /Kunne ikke flytte: .*overlapper/);
  const unchanged = (await apiCall(page, 'GET', `/api/v1/courses/${a.course.id}`)).appointments[0];
  assert.equal(new Date(unchanged.starts_at).toISOString(), new Date(booked.starts_at).toISOString());
  await expectAccessible(page, 'calendar-refused-move');

  // To 16:00, free: half the gap, and half a 15-minute slot (a sixteenth of it) to land mid-slot.
  await drag(gap / 2 + gap / 16);
  await page.getByRole('status').getByText(`${moving} er flyttet.`).waitFor();
  const moved = (await apiCall(page, 'GET', `/api/v1/courses/${a.course.id}`)).appointments[0];
  assert.equal(new Date(moved.starts_at).toISOString(), new Date(at('16:00')).toISOString());
  await page.context().close();
});
