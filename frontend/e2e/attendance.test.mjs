// Quick registration (Fremmøde) on a tablet-narrow screen, by keyboard alone: three no-shows
// registered with one key each, focus moving on by itself; the third raises the flag, which is
// resolved with a note; axe finds nothing serious.
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

/** A § 140 course started today for a new citizen, the logged-in team leader its therapist. */
async function startedCourse(page, name) {
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const week = copenhagenDate(8);
  const { course, me } = await startedCourseViaApi(page, {
    site: sites[0],
    citizen: { name, address: 'Vallensbæk Torvevej 5, 2625 Vallensbæk', municipality_code: '187' },
    hospital: 'Glostrup Hospital',
    meetingAt: `${week}T08:00:00${offsetOn(week)}`,
  });
  return { course, me };
}

test('three no-shows registered by keyboard raise the flag, which is resolved with a note', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Fremmøde');
  const { course, me } = await startedCourse(page, name);
  // Three sessions early this morning, begun by now: the first of the day's list.
  const today = copenhagenDate(0);
  for (const [from, to] of [
    ['00:05', '00:20'],
    ['00:30', '00:45'],
    ['01:00', '01:15'],
  ]) {
    await apiCall(page, 'POST', '/api/v1/appointments', {
      course_id: course.id,
      provider: 'therapist',
      staff_id: me.id,
      discipline: 'physiotherapy',
      place: { kind: 'home' },
      starts_at: `${today}T${from}:00${offsetOn(today)}`,
      ends_at: `${today}T${to}:00${offsetOn(today)}`,
    });
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fremmoede');
  await page.getByRole('heading', { level: 1, name: 'Fremmøde' }).waitFor();
  const first = page.getByRole('group', { name: `Registrér ${name} kl. 00.05` });
  await first.getByRole('button', { name: /Fremmødt/ }).focus();

  // One key per session; focus moves on to the next session by itself.
  for (const clock of ['00.05', '00.30', '01.00']) {
    await page.keyboard.press('u');
    await page.getByRole('status').getByText(`Udeblevet: ${name} kl. ${clock}.`).waitFor();
  }
  const focusedStart = await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('time')?.textContent);
  assert.notEqual(focusedStart, '00.05', 'focus moved on from the first session');

  // The third no-show raises the flag: resolved by keyboard, with a note.
  const flag = page.locator('li.flag-item', { hasText: name });
  await flag.getByRole('heading', { name: `${name}: Udeblivelser (3)` }).waitFor();
  await expectAccessible(page, 'fremmoede-flag-390');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);

  // The flag is on the morning's worklist too, linked to the course.
  await page.goto('/');
  const flags = page.getByRole('region', { name: 'Fremmøde, der kræver stillingtagen' });
  await flags.getByRole('link', { name }).waitFor();
  assert.equal(await flags.getByRole('link', { name }).getAttribute('href'), `/forloeb/${course.id}`);
  await expectAccessible(page, 'worklist-attendance-flag-390');
  await page.goto('/fremmoede');
  await flag.getByRole('heading', { name: `${name}: Udeblivelser (3)` }).waitFor();

  await flag.getByRole('button', { name: 'Gem beslutning' }).focus();
  await page.keyboard.press('Enter');
  await flag.getByText('Skriv et notat om beslutningen.').waitFor();
  await flag.getByLabel('Fortsæt forløbet').focus();
  await page.keyboard.press('Space');
  await flag.getByLabel('Notat').focus();
  await page.keyboard.type('Borgeren var syg og har ringet; vi fortsætter.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await flag.waitFor({ state: 'detached' });
  await expectAccessible(page, 'fremmoede-resolved-390');

  // The course page (on a desk's screen) shows the count and the registrations; no flag open.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/forloeb/${course.id}`);
  const section = page.getByRole('region', { name: 'Fremmøde' });
  await section.getByText('3 (flere end 2 giver en markering)').waitFor();
  assert.equal(await section.getByRole('table', { name: 'Registreringer af fremmøde' }).getByRole('row').count(), 4);
  assert.equal(await section.locator('.notice--warning').count(), 0);
  await expectAccessible(page, 'course-attendance');
  await page.context().close();
});
