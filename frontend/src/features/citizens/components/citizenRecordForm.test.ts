import { describe, expect, it } from 'vitest';
import { recordErrors, toEditBody, validateRecord, type CitizenRecordValues } from './citizenRecordForm';

const filled: CitizenRecordValues = {
  cpr: '0101701234',
  name: ' Anna ',
  address: 'Vej 1',
  municipality_code: '183',
  phone: '',
  email: 'anna@example.dk',
  general_practitioner: '',
  general_practitioner_clinic: '',
  general_practitioner_provider_number: '012345',
  relative_name: '',
  relative_relation: '',
  relative_phone: '',
};

describe('the citizen record form', () => {
  it('sends the whole record, empty texts as null and no relative when none is given', () => {
    expect(toEditBody(filled)).toMatchObject({
      cpr: '010170-1234',
      name: 'Anna',
      phone: null,
      email: 'anna@example.dk',
      general_practitioner_provider_number: '012345',
      relative: null,
    });
    expect(toEditBody({ ...filled, relative_name: 'Bo', relative_phone: '12345678' }).relative).toEqual({
      name: 'Bo',
      relation: null,
      phone: '12345678',
    });
  });

  it('asks for the relative’s name when a relation or phone is given', () => {
    expect(validateRecord({ ...filled, relative_phone: '12345678' })).toEqual({
      relative_name: 'Skriv den pårørendes navn.',
    });
  });

  it('puts the server’s field errors on the form’s fields, relative.name included', () => {
    const mapped = recordErrors({
      errors: [
        { field: 'relative.name', message: 'Feltet skal udfyldes.' },
        { field: 'general_practitioner_provider_number', message: 'Ydernummeret skal være 6 cifre.' },
        { field: 'other', message: 'Anden fejl.' },
      ],
    });
    expect(mapped.fields).toEqual({
      relative_name: 'Feltet skal udfyldes.',
      general_practitioner_provider_number: 'Ydernummeret skal være 6 cifre.',
    });
    expect(mapped.general).toEqual(['Anden fejl.']);
  });
});
