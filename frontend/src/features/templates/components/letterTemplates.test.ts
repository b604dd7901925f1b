import { describe, expect, it } from 'vitest';
import type { LetterTemplate } from '../api/getLetterTemplates';
import {
  filtersFor,
  isDecision,
  LETTER_KINDS,
  savedMessage,
  templateProblemErrors,
  toTemplateBody,
  validateTemplate,
  variablesFor,
  versionText,
} from './letterTemplates';

const names = (kind: Parameters<typeof variablesFor>[0]) => variablesFor(kind).map((v) => v.name);

describe('what a template may use', () => {
  it('gives every letter the citizen, the case, the site, the centre and the date', () => {
    for (const kind of LETTER_KINDS) {
      expect(names(kind)).toEqual(
        expect.arrayContaining([
          'citizen.name',
          'citizen.address',
          'letter_date',
          'case.received_date',
          'case.legal_basis_name',
          'site.name',
          'site.address',
          'site.phone',
          'centre.name',
          'centre.phone',
        ]),
      );
    }
  });

  it('gives each kind its own part and no other kind’s', () => {
    expect(names('invitation')).toContain('invitation.meeting_at');
    expect(names('invitation')).toContain('invitation.therapist_name');
    expect(names('invitation').some((n) => n.startsWith('decision.'))).toBe(false);
    expect(names('invitation')).not.toContain('complaint_deadline');

    for (const kind of ['grant', 'refusal'] as const) {
      expect(names(kind)).toEqual(expect.arrayContaining(['decision.decided_on', 'decision.reasons', 'complaint_deadline']));
      expect(names(kind).some((n) => n.startsWith('invitation.') || n.startsWith('complaint.'))).toBe(false);
    }
    expect(names('reassessment_upheld')).toEqual(
      expect.arrayContaining(['decision.findings', 'complaint.received_on', 'complaint.reassessed_on', 'complaint.forwarded_on']),
    );
  });

  it('names each variable once', () => {
    for (const kind of LETTER_KINDS) expect(new Set(names(kind)).size).toBe(names(kind).length);
  });

  it('offers the Danish filters a kind has a use for', () => {
    expect(filtersFor('invitation').map((f) => f.name)).toEqual(['dato', 'ugedag', 'klokken']);
    expect(filtersFor('refusal').map((f) => f.name)).toEqual(['dato', 'ugedag', 'opremsning', 'afsnit']);
  });

  it('knows the decisions, which get the complaint guidance', () => {
    expect(LETTER_KINDS.filter(isDecision)).toEqual(['grant', 'refusal', 'reassessment_upheld', 'course_ending']);
  });
});

describe('the template form', () => {
  const saved: LetterTemplate = {
    kind: 'invitation',
    version: 3,
    body: '<p>Kære {{ citizen.name }}</p>',
    created_by: 'Anne Hansen',
    created_at: '2026-11-24T13:30:00Z',
  };

  it('says which version is in use and who saved it', () => {
    expect(versionText(saved)).toBe('Version 3, gemt 24.11.2026 kl. 14.30 af Anne Hansen.');
    expect(versionText({ ...saved, version: 0, created_by: null, created_at: null })).toMatch(/^Systemets standardtekst/);
    expect(savedMessage({ ...saved, version: 4 })).toBe('Version 4 af indkaldelsen er gemt. Nye breve bruger den fra nu.');
  });

  it('sends the text exactly as written', () => {
    expect(toTemplateBody('grant', '  <p>Hej</p>\n')).toEqual({ kind: 'grant', body: '  <p>Hej</p>\n' });
  });

  it('wants some text, and not too much', () => {
    expect(validateTemplate(' \n').body).toBe('Skriv brevets tekst.');
    expect(validateTemplate('x'.repeat(20_001)).body).toMatch(/for lang/);
    expect(validateTemplate('<p>Hej</p>')).toEqual({});
  });

  it('puts the server’s template error on the text field', () => {
    const message = 'Skabelonen kan ikke læses: der er en fejl i linje 3.';
    expect(
      templateProblemErrors({ status: 422, errors: [{ field: 'body', message }] }),
    ).toEqual({ fields: { body: message }, general: [] });
  });
});
