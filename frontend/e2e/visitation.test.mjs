// As a team leader: cases carried from receipt to a decision through the case page's forms. An
// application under § 86 is invited by letter, assessed as not eligible and refused with reasons;
// its letters are kept as PDFs. A hospital plan is invited by phone, assessed and started.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  copenhagenDate,
  createCitizenViaUi,
  expectAccessible,
  launchBrowser,
  loggedInPage,
  openCaseAction,
  registerApplicationViaUi,
  registerHospitalPlanViaUi,
  screenshot,
  staffAccount,
  uniqueCpr,
  uniqueName,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const TEAM_LEADER = 'E2E Teamleder';

/** The case's state as the page's header says it. */
async function expectState(page, state) {
  await page.locator('.case-status__pill', { hasText: new RegExp(`^${state}$`, 'i') }).waitFor();
}

/** Waits for the success message of a saved step. */
async function expectSaved(page, text) {
  await page.getByRole('region', { name: 'Handlinger', exact: true }).locator('.notice--success', { hasText: text }).waitFor();
}

// The invitation books the conversation in the team leader's calendar: each test its own hour.
let nextMeetingHour = 8;

/** The invitation form, filled: the conversation the day after tomorrow, its own hour, sent today. */
async function fillInvitation(page, channel) {
  const form = await openCaseAction(page, 'Indkald til indledende samtale');
  const hour = String(nextMeetingHour++).padStart(2, '0');
  await form.getByLabel('Samtalen er booket til').fill(`${copenhagenDate(2)}T${hour}:00`);
  assert.equal(await form.getByLabel('I træningscentret').isChecked(), true, 'at the centre by default');
  assert.equal(await form.getByLabel('Indkaldelsen blev sendt').inputValue(), copenhagenDate(0), 'sent today by default');
  const therapist = form.getByLabel('Terapeut', { exact: true });
  await therapist.locator('option', { hasText: TEAM_LEADER }).waitFor({ state: 'attached' });
  await therapist.selectOption({ label: TEAM_LEADER });
  await form.getByLabel(channel, { exact: true }).check();
  return form;
}

/** Answers a Ja/Nej question of the assessment form, found by its question. */
async function answer(form, question, yes) {
  await form.getByRole('group', { name: question }).getByLabel(yes ? 'Ja' : 'Nej', { exact: true }).check();
}

function deadlineRow(page, kind) {
  return page.locator('section', { has: page.getByRole('heading', { name: 'Svarfrister' }) }).locator('tr', {
    has: page.getByRole('rowheader', { name: kind, exact: true }),
  });
}

// A step that waits in vain fails the test instead of holding up the run.
const LIMIT = { timeout: 180_000 };

test('an application is invited by letter, assessed as not eligible and refused with reasons and a PDF letter', LIMIT, async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Afslag');
  await createCitizenViaUi(page, { cpr: uniqueCpr(), name });
  const caseId = await registerApplicationViaUi(page);
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();
  await expectState(page, 'Modtaget');

  // Only what the state allows: the invitation and the withdrawal.
  const actions = page.getByRole('region', { name: 'Handlinger', exact: true });
  const offered = await actions.locator('.action__toggle').allInnerTexts();
  assert.deepEqual(offered, ['Indkald til indledende samtale', 'Ansøgningen trækkes tilbage']);

  // Invitation by letter, with the team leader as the therapist; the letter previewed first.
  const invitation = await fillInvitation(page, 'Brev');
  await openCaseAction(page, 'Ansøgningen trækkes tilbage');
  await invitation.getByRole('button', { name: 'Vis brev' }).click();
  const invitationLetter = page.getByTitle('Forhåndsvisning af indkaldelsesbrevet');
  await invitationLetter.waitFor();
  assert.equal(await invitationLetter.getAttribute('sandbox'), '', 'the preview runs in a sandbox without permissions');
  assert.match((await invitationLetter.getAttribute('srcdoc')) ?? '', new RegExp(name));
  await expectAccessible(page, 'case-received-forms-open');
  await invitation.getByRole('button', { name: 'Gem indkaldelse' }).click();
  await expectSaved(page, 'Indkaldelsen er registreret');
  await expectState(page, 'Indkaldt');
  const met = deadlineRow(page, 'Indkaldelse til indledende samtale');
  await met.getByText(/^Overholdt \d{2}\.\d{2}\.\d{4}$/).waitFor();
  const [y, m, d] = copenhagenDate(0).split('-');
  assert.match(await met.innerText(), new RegExp(`Overholdt ${d}\\.${m}\\.${y}`), 'met on the day the letter was sent');
  const invitationSection = page.getByRole('region', { name: 'Indkaldelse', exact: true });
  await invitationSection.getByText(TEAM_LEADER).waitFor();

  // The assessment: loss of function without hospital contact, but the citizen can regain the
  // skills by their own effort, so § 86, stk. 1 is not met. Sent empty first: the errors show.
  const assessment = await openCaseAction(page, 'Registrér indledende samtale og undersøgelse');
  await assessment.getByRole('button', { name: 'Gem vurdering' }).click();
  await page.getByRole('heading', { name: 'Vurderingen blev ikke gemt' }).waitFor();
  await expectAccessible(page, 'case-invited-assessment-errors');
  await answer(assessment, /fysioterapi eller ergoterapi et andet sted/, false);
  await answer(assessment, /Træner borgeren et andet sted/, false);
  await answer(assessment, /uden hospitalskontakt/, true);
  await answer(assessment, /egen træningsindsats ikke er nok/, false);
  await assessment.getByRole('button', { name: 'Gem vurdering' }).click();
  await expectSaved(page, 'Vurderingen er registreret');
  await expectState(page, 'Vurderet');
  const findings = page.getByRole('region', { name: 'Vurdering', exact: true });
  await findings.getByText('Betingelserne er ikke opfyldt.').waitFor();
  const need = findings.locator('.finding', { hasText: 'Behov for genoptræning (SEL § 86, stk. 1)' });
  await need.getByText('Ikke opfyldt').waitFor();
  const facts = need.getByRole('definition');
  assert.deepEqual(await facts.allInnerTexts(), ['Ja', 'Nej'], 'the facts behind the finding');
  await need.getByText('Funktionstab uden hospitalskontakt').waitFor();

  // The refusal: chosen beforehand, its reasons prefilled from the finding, edited, previewed.
  const decision = await openCaseAction(page, 'Træf afgørelse');
  assert.equal(await decision.getByLabel('Afslag', { exact: true }).isChecked(), true);
  const reasons = decision.getByLabel('Begrundelse for afslaget');
  const prefilled = await reasons.inputValue();
  assert.match(prefilled, /kan genvinde færdighederne ved egen træningsindsats/);
  const edited = `${prefilled}\n\nDu har fået et program til egen træning med hjem efter samtalen.`;
  await reasons.fill(edited);
  await decision.getByLabel('Brev', { exact: true }).check();
  await decision.getByRole('button', { name: 'Vis brev' }).click();
  const decisionLetter = page.getByTitle('Forhåndsvisning af afgørelsesbrevet');
  await decisionLetter.waitFor();
  assert.match((await decisionLetter.getAttribute('srcdoc')) ?? '', /program til egen træning/);
  await expectAccessible(page, 'case-assessed-decision-form');
  await decision.getByRole('button', { name: 'Gem afgørelse' }).click();
  await expectSaved(page, 'Afslaget er registreret');
  await expectState(page, 'Afslået');
  const decisions = page.getByRole('region', { name: 'Afgørelse', exact: true });
  await decisions.getByText(/program til egen træning med hjem/).waitFor();
  await deadlineRow(page, 'Afgørelse').getByText(/^Overholdt/).waitFor();

  // The refusal letter is kept with the case, and its link gives the PDF.
  const letters = page.getByRole('region', { name: 'Breve', exact: true });
  const row = letters.locator('tr', { has: page.getByRole('rowheader', { name: 'Afgørelse: afslag', exact: true }) });
  await row.waitFor();
  assert.doesNotMatch(await row.innerText(), /SHA-256|[0-9a-f]{12}/, 'no checksum in the staff UI');
  await letters.getByRole('rowheader', { name: 'Indkaldelse til indledende samtale' }).waitFor();
  const href = await row.getByRole('link', { name: /Hent PDF/ }).getAttribute('href');
  assert.ok(href, 'a download link');
  const pdf = await page.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
  const bytes = await pdf.body();
  assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF', 'the download is a PDF');

  // The history names each step with its date and who recorded it.
  const history = page.getByRole('region', { name: 'Hændelser', exact: true });
  for (const step of ['Henvendelsen modtaget', 'Indkaldt til indledende samtale', 'Indledende samtale og undersøgelse', 'Afslag']) {
    await history.getByText(step, { exact: true }).waitFor();
  }
  assert.match(await history.innerText(), new RegExp(`af ${staffAccount().username}`));
  // After the refusal only a complaint, the letter's receipt and undoing the refusal are offered.
  assert.deepEqual(await actions.locator('.action__toggle').allInnerTexts(), [
    'Registrér klage over afgørelsen',
    'Registrér hvornår borgeren modtog afgørelsen',
    'Fortryd seneste hændelse',
  ]);
  await screenshot(page, 'case-application-refused');
  assert.ok(caseId);
  await page.context().close();
});

test('a hospital plan is invited by phone, assessed and its training started', LIMIT, async () => {
  const page = await loggedInPage(browser);
  const name = uniqueName('Opstart');
  await createCitizenViaUi(page, { cpr: uniqueCpr(), name });
  await registerHospitalPlanViaUi(page);
  await page.getByRole('heading', { level: 1, name: `Sag: ${name}` }).waitFor();
  await expectState(page, 'Modtaget');

  // By phone: no letter to show or keep.
  const invitation = await fillInvitation(page, 'Telefon');
  assert.equal(await invitation.getByRole('button', { name: 'Vis brev' }).count(), 0, 'a call has no letter');
  await invitation.getByRole('button', { name: 'Gem indkaldelse' }).click();
  await expectSaved(page, 'Indkaldelsen er registreret');
  await expectState(page, 'Indkaldt');
  await deadlineRow(page, 'Indkaldelse til indledende samtale').getByText(/^Overholdt/).waitFor();
  await page.getByRole('region', { name: 'Breve', exact: true }).getByText('Der er ingen breve på sagen endnu.').waitFor();

  // A hospital plan asks only about other offers.
  const assessment = await openCaseAction(page, 'Registrér indledende samtale og undersøgelse');
  assert.equal(await assessment.getByRole('group').count(), 2, 'two questions');
  await answer(assessment, /fysioterapi eller ergoterapi et andet sted/, false);
  await answer(assessment, /Træner borgeren et andet sted/, false);
  await assessment.getByRole('button', { name: 'Gem vurdering' }).click();
  await expectSaved(page, 'Vurderingen er registreret');
  await expectState(page, 'Vurderet');
  await page.getByRole('region', { name: 'Vurdering', exact: true }).getByText('Betingelserne er opfyldt.').waitFor();

  // Every form the state allows, open at once: start, the citizen's choices, free choice.
  const start = await openCaseAction(page, 'Registrér opstart af træning');
  await openCaseAction(page, 'Borgeren takker nej');
  await openCaseAction(page, 'Registrér tilbudt start og frit valg');
  await expectAccessible(page, 'case-plan-assessed-forms-open');
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a narrow screen (${overflow}px)`);
  await screenshot(page, 'case-plan-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  assert.equal(await start.getByLabel('Træningen startede').inputValue(), copenhagenDate(0), 'today by default');
  await start.getByLabel('Individuel træning i træningscentret').check();
  await start.getByLabel('Fysioterapi', { exact: true }).check();
  await start.getByRole('button', { name: 'Gem opstart' }).click();
  await expectSaved(page, 'Opstarten er registreret');
  await expectState(page, 'træning startet');
  const course = page.getByRole('region', { name: 'Forløb', exact: true });
  await course.getByText('Aktivt', { exact: true }).waitFor();
  await deadlineRow(page, 'Opstart af træning').getByText(/^Overholdt/).waitFor();
  await page.getByRole('region', { name: 'Hændelser', exact: true }).getByText('Træning startet', { exact: true }).waitFor();
  await screenshot(page, 'case-plan-started');
  await page.context().close();
});
