// The end of a course: ended from the course page for a reason, the final status to the GP
// previewed and sent, on a phone's width too; and the daily trip list downloaded as CSV and PDF.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { apiCall, copenhagenDate, expectAccessible, launchBrowser, loggedInPage, offsetOn, startedCourseViaApi, uniqueCpr, uniqueName } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const at = (date, clock) => `${date}T${clock}:00${offsetOn(date)}`;

// Each test's initial conversation has its own hour in the therapist's calendar ten days
// ahead: a day no other test books the same member of staff (a week ahead is crowded).
let nextMeetingHour = 12;

/** A citizen with a GP on record and a § 140 course started today, through the API. */
async function citizenWithCourse(page, name) {
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const { citizen, course } = await startedCourseViaApi(page, {
    site: syd,
    citizen: {
      name,
      phone: '12 34 56 78',
      general_practitioner: 'Læge Hansen',
      general_practitioner_clinic: 'Lægehuset, Torvet 1, 2635 Ishøj',
    },
    meetingAt: at(copenhagenDate(10), `${nextMeetingHour++}:00`),
  });
  return { citizen, course, syd };
}

test('a course is ended for a reason and its final status goes to the GP, previewed first', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Afslut');
  const { course } = await citizenWithCourse(page, name);
  await apiCall(page, 'POST', `/api/v1/courses/${course.id}/goals`, { text: 'Gå på trapper uden hjælp' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/forloeb/${course.id}`);
  await page.getByRole('heading', { level: 1, name: `Forløb for ${name}` }).waitFor();
  const ending = page.getByRole('region', { name: 'Afslutning' });
  await ending.getByRole('button', { name: 'Afslut forløbet' }).click();
  // Without a reason the form says what is missing, at the field.
  await ending.getByRole('button', { name: 'Gem afslutningen' }).click();
  await ending.getByRole('link', { name: 'Vælg årsagen til afslutningen.' }).waitFor();
  await ending.getByLabel('Årsag').selectOption({ label: 'Træning med terapeut er ikke længere nødvendig' });
  await ending.getByLabel('Vejledning og egentræningsøvelser udleveret').fill('Øvelsesprogram for knæ');
  await expectAccessible(page, 'forloeb-afslutning-form-390');
  await ending.getByRole('button', { name: 'Gem afslutningen' }).click();
  await ending.getByRole('heading', { name: 'Slutstatus til lægen' }).waitFor();
  await ending.getByText('Øvelsesprogram for knæ').waitFor();

  await ending.getByRole('button', { name: 'Vis slutstatus' }).click();
  const letter = page.frameLocator('iframe[title="Forhåndsvisning af slutstatus"]');
  await letter.getByText('Kære Læge Hansen').waitFor();
  await letter.getByText('Gå på trapper uden hjælp').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 390 px (${overflow} px too wide)`);
  await expectAccessible(page, 'forloeb-slutstatus-preview-390');

  await ending.getByLabel('Som MedCom-korrespondance til klinikken').check();
  await ending.getByRole('button', { name: 'Send slutstatus' }).click();
  await ending.getByText(/Sendt .*Som MedCom-korrespondance til klinikken/).waitFor();
  const sent = await apiCall(page, 'GET', `/api/v1/courses/${course.id}/ending`);
  assert.equal(sent.final_status_channel, 'medcom');
  assert.ok(sent.final_status_letter_id);
  await expectAccessible(page, 'forloeb-slutstatus-sendt-390');
  await page.context().close();
});

test('a § 86 course ended without the citizen’s wish gets its decision letter, previewed and sent', async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Afgørelse');
  const today = copenhagenDate(0);
  const citizen = await apiCall(page, 'POST', '/api/v1/citizens', {
    cpr: uniqueCpr(),
    name,
    address: 'Ishøj Strandvej 12, 2635 Ishøj',
    municipality_code: '183',
    phone: '12 34 56 79',
  });
  const sites = await apiCall(page, 'GET', '/api/v1/sites');
  const syd = sites.find((s) => s.name === 'Træningscenter Syd') ?? sites[0];
  const registered = await apiCall(page, 'POST', '/api/v1/referrals', {
    legal_basis: 'SEL_86_1',
    citizen_id: citizen.id,
    site_id: syd.id,
    received_at: new Date().toISOString(),
    condition: 'Faldtendens',
    channel: 'web_form',
    submitter: 'citizen',
  });
  const me = (await apiCall(page, 'GET', '/api/v1/auth/session')).user;
  await apiCall(page, 'POST', `/api/v1/cases/${registered.id}/invitation`, {
    meeting_at: at(copenhagenDate(10), `${nextMeetingHour++}:00`),
    place: 'home',
    therapist_id: me.id,
    sent_on: today,
    channel: 'phone',
  });
  await apiCall(page, 'POST', `/api/v1/cases/${registered.id}/assessment`, {
    assessed_on: today,
    loss_without_hospital_contact: true,
    cannot_regain_by_own_effort: true,
  });
  await apiCall(page, 'POST', `/api/v1/cases/${registered.id}/decision`, {
    outcome: 'grant',
    sent_on: today,
    channel: 'digital_post',
    disciplines: ['physiotherapy'],
    form: 'team_training',
    course_start: today,
  });
  const courses = await apiCall(page, 'GET', `/api/v1/citizens/${citizen.id}/courses`);
  const course = courses.find((c) => c.status === 'active');

  await page.goto(`/forloeb/${course.id}`);
  const ending = page.getByRole('region', { name: 'Afslutning' });
  await ending.getByRole('button', { name: 'Afslut forløbet' }).click();
  await ending.getByLabel('Årsag').selectOption({ label: 'Ingen yderligere fremgang' });
  await ending.getByLabel(/^Notat/).fill('Ingen fremgang de sidste fire uger.');
  await ending.getByRole('button', { name: 'Gem afslutningen' }).click();
  const decision = ending.getByRole('form', { name: 'Afgørelse om afslutning' });
  await decision.getByLabel('Begrundelse').waitFor();
  assert.equal(await decision.getByLabel('Begrundelse').inputValue(), 'Ingen fremgang de sidste fire uger.');
  await decision.getByRole('button', { name: 'Vis brevet' }).click();
  const letter = page.frameLocator('iframe[title="Forhåndsvisning af afgørelsen om afslutning"]');
  await letter.getByText('Klagevejledning').waitFor();
  await expectAccessible(page, 'forloeb-afgoerelse-preview');
  await decision.getByRole('button', { name: 'Send afgørelsen' }).click();
  await ending.getByText(/Afgørelsen blev sendt/).waitFor();
  const shown = await apiCall(page, 'GET', `/api/v1/cases/${registered.id}`);
  assert.equal(shown.status, 'ended');
  assert.ok(shown.letters.some((l) => l.kind === 'course_ending'));
  await page.context().close();
});

test('the daily trip list of a site downloads as CSV and PDF', async () => {
  const page = await loggedInPage(browser);
  const { course, syd } = await citizenWithCourse(page, uniqueName('Kørsel'));
  await apiCall(page, 'PUT', `/api/v1/courses/${course.id}/transport`, {
    reason: 'Kan ikke tage bussen',
    from_address: 'Ishøj Strandvej 10, 2635 Ishøj',
    to_address: 'Ishøj Boulevard 2A, 2635 Ishøj',
    needs: ['wheelchair'],
  });
  await page.goto('/koerselsliste');
  await page.getByRole('heading', { level: 1, name: 'Kørselsliste' }).waitFor();
  await page.getByLabel('Matrikel', { exact: true }).selectOption(syd.id);
  await expectAccessible(page, 'koerselsliste');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), `koerselsliste-${copenhagenDate(0)}.csv`);
  const text = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
  assert.equal(text.split('\r\n')[0], 'Aftalt afhentning;Træning begynder;Træning slutter;Borger;Afhentes på;Køres til;Behov;Træning');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som PDF' }).click()]);
  assert.equal((await readFile(await pdf.path())).subarray(0, 5).toString(), '%PDF-');
  await page.context().close();
});
