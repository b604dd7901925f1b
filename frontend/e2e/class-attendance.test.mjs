// A class (holdgang) registered by keyboard alone on a 390 px phone: one citizen's no-show with
// U, the two others' attendance with R ("resten mødt"), in two requests. The no-show is the
// citizen's third (two missed individual sessions earlier the same night), so the course is
// flagged; the flag is resolved with a note. The team's page shows the class as registered;
// axe finds nothing serious.
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

/** Today's ISO weekday in Copenhagen (1 Monday to 7 Sunday). */
function copenhagenWeekday() {
  const short = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', weekday: 'short' }).format(new Date());
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(short) + 1;
}

// Each citizen's initial conversation nine days ahead at an hour of its own: a day no other
// test books the same member of staff (a week ahead is crowded).
let meetings = 0;

/** A citizen with a § 140 physiotherapy course at the site, started today, via the API. */
async function citizenWithCourse(page, name, site) {
  const day = copenhagenDate(9);
  const hour = String(11 + (meetings++ % 3)).padStart(2, '0');
  const { course, me } = await startedCourseViaApi(page, {
    site, citizen: { name }, meetingAt: `${day}T${hour}:30:00${offsetOn(day)}`, form: 'team_training',
  });
  return { course, me };
}

test('a class is registered by keyboard: one no-show, the rest attended; the flag is resolved', async () => {
  const weekday = copenhagenWeekday();
  assert.ok(weekday <= 5, 'teams meet on weekdays: run this test on a weekday');
  const page = await loggedInPage(browser);
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const room = await apiCall(page, 'POST', `/api/v1/sites/${syd.id}/rooms`, { name: uniqueName('Holdsal'), capacity: 4 });
  // Sorted by name on the class: the no-show citizen first, then the two who came.
  const names = [uniqueName('Aase Hold'), uniqueName('Bodil Hold'), uniqueName('Carl Hold')];
  const courses = [];
  let me;
  for (const name of names) {
    const made = await citizenWithCourse(page, name, syd);
    courses.push(made.course);
    me = made.me;
  }
  // The team meets today 01:30-02:00, begun by now; its first occurrence is today.
  const today = copenhagenDate(0);
  const teamName = uniqueName('Balancehold');
  const team = await apiCall(page, 'POST', '/api/v1/teams', {
    name: teamName,
    site_id: syd.id,
    room_id: room.id,
    discipline: 'physiotherapy',
    weekly_times: [{ weekday, starts: '01:30', ends: '02:00' }],
    capacity: 3,
    therapist_ids: [me.id],
    starts_on: today,
    ends_on: copenhagenDate(30),
  });
  for (const course of courses) {
    await apiCall(page, 'POST', `/api/v1/teams/${team.id}/seats`, { course_id: course.id, from_day: today });
  }
  // The first citizen missed two individual sessions earlier tonight, after the class (the
  // Fremmøde test books the same member of staff from 00:05 to 01:15).
  for (const [from, to] of [
    ['02:10', '02:25'],
    ['02:35', '02:50'],
  ]) {
    const booked = await apiCall(page, 'POST', '/api/v1/appointments', {
      course_id: courses[0].id,
      provider: 'therapist',
      staff_id: me.id,
      discipline: 'physiotherapy',
      place: { kind: 'home' },
      starts_at: `${today}T${from}:00${offsetOn(today)}`,
      ends_at: `${today}T${to}:00${offsetOn(today)}`,
    });
    await apiCall(page, 'POST', `/api/v1/appointments/${booked.id}/attendance`, { attendance: 'no_show' });
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fremmoede');
  await page.getByRole('heading', { level: 1, name: 'Fremmøde' }).waitFor();
  const block = page.getByRole('region', { name: new RegExp(teamName) });
  await block.waitFor();
  await expectAccessible(page, 'fremmoede-class-390');

  // U on the first seat: the no-show; focus moves on to the next seat by itself.
  await block.getByRole('group', { name: `Registrér ${names[0]}` }).getByRole('button', { name: /Fremmødt/ }).focus();
  await page.keyboard.press('u');
  await block.getByRole('status').getByText(`Udeblevet: ${names[0]}, ${teamName} kl. 01.30.`).waitFor();
  await page.waitForFunction(
    (name) => document.activeElement?.closest('li.quick-item')?.textContent?.includes(name) ?? false,
    names[1],
  );
  // R: the rest of the class attended, in one request.
  await page.keyboard.press('r');
  await block.getByRole('status').getByText(`2 registreret som fremmødt: ${teamName} kl. 01.30.`).waitFor();
  for (const name of names.slice(1)) {
    await block.locator('li.quick-item', { hasText: name }).getByText('Fremmødt', { exact: true }).waitFor();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);

  // The class's no-show was the third: the flag, resolved by keyboard with a note.
  const flag = page.locator('li.flag-item', { hasText: names[0] });
  await flag.getByRole('heading', { name: `${names[0]}: Udeblivelser (3)` }).waitFor();
  await expectAccessible(page, 'fremmoede-class-flag-390');
  await flag.getByLabel('Fortsæt forløbet').focus();
  await page.keyboard.press('Space');
  await flag.getByLabel('Notat').focus();
  await page.keyboard.type('Borgeren glemte holdet; vi aftaler påmindelser.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await flag.waitFor({ state: 'detached' });

  // The team's page (a tablet) shows today's class as registered.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/hold/${team.id}`);
  const attendance = page.getByRole('region', { name: 'Fremmøde' });
  await attendance.locator('li.quick-item', { hasText: names[0] }).getByText('Udeblevet', { exact: true }).waitFor();
  await expectAccessible(page, 'team-attendance-768');

  // The course page counts the class's no-show with the two individual ones.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/forloeb/${courses[0].id}`);
  const section = page.getByRole('region', { name: 'Fremmøde' });
  await section.getByText('3 (flere end 2 giver en markering)').waitFor();
  await page.context().close();
});
