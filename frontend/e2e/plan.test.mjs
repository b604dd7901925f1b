// The citizen's plan on paper from the course page, a freed team seat offered to the first
// waiting citizen and taken on the team's page (390 px), and the member of staff's private
// calendar address made, read and stopped (404); axe clean throughout.
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

/** The first Monday to Friday at least `days` days ahead (Copenhagen), as YYYY-MM-DD. */
function weekdayFrom(days) {
  for (let offset = days; ; offset++) {
    const date = copenhagenDate(offset);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return date;
  }
}

// This file's conversations and sessions are in the evening, apart from the other tests'.
const EVENING = ['17', '18', '19', '20'];
let meetings = 0;

/** A citizen with a § 140 physiotherapy course at Træningscenter Syd started today, via the API. */
async function citizenWithCourse(page, name, syd) {
  const day = weekdayFrom(9);
  const { citizen, course, me } = await startedCourseViaApi(page, {
    site: syd,
    citizen: { name, address: 'Ishøj Strandvej 12, 2635 Ishøj' },
    condition: 'Hoftealloplastik',
    meetingAt: `${day}T${EVENING[meetings++ % EVENING.length]}:00:00${offsetOn(day)}`,
  });
  return { citizen, course, me };
}

async function syd(page) {
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  return sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
}

test('the citizen’s plan is previewed and printed from the course page, and kept as a PDF', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Planborger');
  const { course, me } = await citizenWithCourse(page, name, await syd(page));
  const day = weekdayFrom(10);
  await apiCall(page, 'POST', '/api/v1/appointments', {
    course_id: course.id,
    provider: 'therapist',
    staff_id: me.id,
    discipline: 'physiotherapy',
    place: { kind: 'home' },
    starts_at: `${day}T19:00:00${offsetOn(day)}`,
    ends_at: `${day}T19:45:00${offsetOn(day)}`,
  });

  await page.goto(`/forloeb/${course.id}`);
  const plan = page.getByRole('region', { name: 'Træningsplan' });
  await plan.getByText('Der er ikke sendt en træningsplan endnu.').waitFor();
  await plan.getByRole('button', { name: 'Vis planen' }).click();
  const letter = page.frameLocator('iframe[title="Træningsplanen, som den bliver sendt"]');
  await letter.getByRole('cell', { name: 'Hjemmebesøg' }).waitFor();
  await letter.getByText('kl. 19.00 til kl. 19.45').waitFor();
  await expectAccessible(page, 'training-plan-preview');

  await plan.getByRole('radio', { name: 'Udskrevet og givet til borgeren' }).check();
  await plan.getByRole('button', { name: 'Send/udskriv plan' }).click();
  await plan
    .getByRole('status')
    .getByText('Træningsplanen med 1 tid er gemt som brev (udskrevet og givet til borgeren).')
    .waitFor();
  const pdf = plan.getByRole('link', { name: /^Hent PDF af træningsplanen fra / });
  await pdf.waitFor();
  const download = await page.request.get(await pdf.getAttribute('href'));
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'application/pdf');
  await expectAccessible(page, 'training-plan-sent');
  await page.context().close();
});

test('a freed seat is offered to the first waiting citizen and taken, on a 390 px phone', async () => {
  const page = await loggedInPage(browser);
  const site = await syd(page);
  const roomName = uniqueName('Salen');
  const roomMade = await apiCall(page, 'POST', `/api/v1/sites/${site.id}/rooms`, { name: roomName, capacity: 4 });
  const seated = uniqueName('Pladsborger');
  const waiting = uniqueName('Venteborger');
  const first = await citizenWithCourse(page, seated, site);
  const second = await citizenWithCourse(page, waiting, site);
  const teamName = uniqueName('Balancehold');
  const team = await apiCall(page, 'POST', '/api/v1/teams', {
    name: teamName,
    site_id: site.id,
    room_id: roomMade.id,
    discipline: 'physiotherapy',
    weekly_times: [{ weekday: 3, starts: '16:00', ends: '17:00' }],
    capacity: 1,
    therapist_ids: [first.me.id],
    starts_on: copenhagenDate(1),
    ends_on: copenhagenDate(60),
  });
  await apiCall(page, 'POST', `/api/v1/teams/${team.id}/seats`, { course_id: first.course.id });
  await apiCall(page, 'POST', `/api/v1/teams/${team.id}/waiting-list`, { course_id: second.course.id });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/hold/${team.id}`);
  await page.getByRole('heading', { level: 1, name: `Hold: ${teamName}` }).waitFor();
  const offer = page.getByRole('button', { name: 'Tilbyd ledig plads til den første på ventelisten' });
  assert.equal(await offer.isDisabled(), true, 'no seat is free while the team is full');

  const seats = page.getByRole('region', { name: 'Pladser' });
  await seats.getByRole('button', { name: `Frigiv plads for ${seated}` }).click();
  await seats.getByRole('button', { name: `Bekræft frigivelse af pladsen for ${seated}` }).click();
  await page.getByRole('status').getByText('Pladsen er ledig. Tilbyd den til den første på ventelisten.').waitFor();

  await offer.click();
  await page.getByRole('status').getByText(`Pladsen er tilbudt ${waiting}. Den holdes, til borgeren svarer.`).waitFor();
  const list = page.getByRole('region', { name: 'Venteliste' });
  await list.getByText(/^Plads tilbudt /).waitFor();
  await expectAccessible(page, 'team-offer-390');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);

  await list.getByRole('button', { name: `Tager imod pladsen for ${waiting}` }).click();
  await page.getByRole('status').getByText(`${waiting} har fået pladsen.`).waitFor();
  await seats.getByRole('link', { name: waiting }).waitFor();
  await list.getByText('Ingen står på ventelisten.').waitFor();
  await expectAccessible(page, 'team-offer-taken');
  await page.context().close();
});

test('a member of staff makes a private calendar address, reads it, and stops it (404)', async () => {
  const page = await loggedInPage(browser);
  await page.goto('/kalender');
  const feed = page.getByRole('region', { name: 'Min kalender i Outlook eller på telefonen' });
  const renew = feed.getByRole('button', { name: 'Lav en ny adresse' });
  await feed.getByText(/Du har (en|ingen) kalenderadresse i brug\./).waitFor();
  if (await renew.isVisible()) {
    await renew.click();
    await feed.getByRole('group', { name: 'Lav ny adresse' }).getByRole('button', { name: 'Lav ny adresse' }).click();
  } else {
    await feed.getByRole('button', { name: 'Lav kalenderadresse' }).click();
  }
  const address = feed.getByLabel('Din kalenderadresse');
  await address.waitFor();
  const url = await address.inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
  const calendar = await page.request.get(url);
  assert.equal(calendar.status(), 200);
  assert.match(await calendar.text(), /^BEGIN:VCALENDAR/);
  await feed.getByText('Du har en kalenderadresse i brug.').waitFor();
  await expectAccessible(page, 'calendar-feed-made');

  await feed.getByRole('button', { name: 'Stop adressen' }).click();
  await feed.getByRole('group', { name: 'Stop adressen' }).getByRole('button', { name: 'Stop adressen' }).click();
  await feed.getByRole('status').getByText(/Kalenderadressen er stoppet\./).waitFor();
  await feed.getByText('Du har ingen kalenderadresse i brug.').waitFor();
  assert.equal((await page.request.get(url)).status(), 404);
  await expectAccessible(page, 'calendar-feed-stopped');
  await page.context().close();
});
