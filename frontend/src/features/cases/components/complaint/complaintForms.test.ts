import { describe, expect, it } from 'vitest';
import { toComplaintBody, toReassessmentBody, validateComplaint } from './complaintForms';

describe('complaint forms', () => {
  it('map their values to bodies', () => {
    expect(validateComplaint({ received_on: '2026-11-24', summary: ' ' }, '2026-11-24').summary).toBeDefined();
    expect(toComplaintBody({ received_on: '2026-11-24', summary: ' Uenig ' })).toEqual({
      received_on: '2026-11-24',
      summary: 'Uenig',
    });
    expect(toReassessmentBody({ reassessed_on: '2026-11-24', channel: 'digital_post', note: 'Fastholdes.' })).toEqual({
      reassessed_on: '2026-11-24',
      channel: 'digital_post',
      note: 'Fastholdes.',
    });
  });
});
