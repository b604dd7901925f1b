import { describe, expect, it } from 'vitest';
import { ApiError, describeError, normaliseField, problemToFormErrors, toProblem, unwrap } from './problem';

describe('toProblem', () => {
  it('reads an RFC 9457 problem document with field errors', () => {
    const p = toProblem(
      {
        type: 'about:blank',
        title: 'Ugyldige oplysninger',
        status: 422,
        detail: 'Et eller flere felter er forkerte.',
        errors: [{ field: 'cpr', message: 'Ikke et gyldigt CPR-nummer.' }, { nonsense: true }],
      },
      422,
    );
    expect(p.title).toBe('Ugyldige oplysninger');
    expect(p.errors).toEqual([{ field: 'cpr', message: 'Ikke et gyldigt CPR-nummer.' }]);
  });

  it('keeps existing_citizen_id from a 409', () => {
    const p = toProblem({ status: 409, title: 'Findes', detail: 'x', existing_citizen_id: 'abc' }, 409);
    expect(p.existing_citizen_id).toBe('abc');
  });

  it("reads FastAPI's default validation shape as well", () => {
    const p = toProblem({ detail: [{ loc: ['body', 'discharge_date'], msg: 'Invalid date', type: 'x' }] }, 422);
    expect(p.errors).toEqual([{ field: 'body.discharge_date', message: 'Invalid date' }]);
  });

  it('survives a body that is not JSON', () => {
    expect(toProblem('Bad Gateway', 502)).toEqual({ status: 502, title: 'Bad Gateway' });
    expect(toProblem(undefined, 500)).toEqual({ status: 500, title: undefined });
  });
});

describe('normaliseField', () => {
  it('drops the body prefix and keeps the field name', () => {
    expect(normaliseField('cpr')).toBe('cpr');
    expect(normaliseField('body.cpr')).toBe('cpr');
    expect(normaliseField('/discharge_date')).toBe('discharge_date');
    expect(normaliseField('body.SUL_140.hospital')).toBe('hospital');
  });

  it('reads a list item as the list field', () => {
    expect(normaliseField('therapist_ids.1')).toBe('therapist_ids');
    expect(normaliseField('body.codes.0')).toBe('codes');
  });
});

describe('problemToFormErrors', () => {
  const known = ['cpr', 'name', 'municipality_code'] as const;

  it('puts each message by its field and the rest in general', () => {
    const result = problemToFormErrors(
      {
        status: 422,
        errors: [
          { field: 'cpr', message: 'Datoen findes ikke.' },
          { field: 'municipality_code', message: 'Skal være 3 cifre.' },
          { field: 'unknown_thing', message: 'Noget andet.' },
          { field: '', message: 'Hele formularen.' },
        ],
      },
      known,
    );
    expect(result.fields).toEqual({ cpr: 'Datoen findes ikke.', municipality_code: 'Skal være 3 cifre.' });
    expect(result.general).toEqual(['Noget andet.', 'Hele formularen.']);
  });

  it('joins two messages for one field', () => {
    const result = problemToFormErrors(
      { errors: [{ field: 'name', message: 'For kort.' }, { field: 'body.name', message: 'Kun bogstaver.' }] },
      known,
    );
    expect(result.fields.name).toBe('For kort. Kun bogstaver.');
  });

  it('shows the detail when there are no field errors', () => {
    expect(problemToFormErrors({ status: 400, detail: 'Forkert forespørgsel.' }, known)).toEqual({
      fields: {},
      general: ['Forkert forespørgsel.'],
    });
  });
});

describe('unwrap and describeError', () => {
  it('returns data on success and throws ApiError otherwise', () => {
    expect(unwrap({ data: { a: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ a: 1 });
    expect(() =>
      unwrap({ error: { title: 'Ikke fundet', status: 404 }, response: new Response(null, { status: 404 }) }),
    ).toThrow(ApiError);
  });

  it('describes errors in Danish', () => {
    expect(describeError(new ApiError(404, {}))).toBe('Det, du leder efter, findes ikke.');
    expect(describeError(new ApiError(503, {}))).toMatch(/Serveren/);
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/forbindelse/);
  });
});
