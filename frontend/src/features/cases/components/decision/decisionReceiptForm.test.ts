import { describe, expect, it } from 'vitest';
import { validateDecisionReceipt } from './decisionReceiptForm';

describe('decision receipt form', () => {
  it('refuses a receipt before the decision was sent', () => {
    expect(validateDecisionReceipt('2026-11-19', '2026-11-20', '2026-11-24').received_on).toMatch(/før den blev sendt/);
  });
});
