import { describe, expect, it } from 'vitest';
import { toCorrectionBody, validateCorrection } from './correctionForm';

describe('correction form', () => {
  it('needs a reason and maps its values to a body', () => {
    expect(Object.keys(validateCorrection(''))).toEqual(['note']);
    expect(toCorrectionBody('e1', ' Forkert sag ')).toEqual({ event_id: 'e1', note: 'Forkert sag' });
  });
});
