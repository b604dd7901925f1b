import { describe, expect, it } from 'vitest';
import { GGOP_STATUS_LABELS, needsHandling } from './labels';

describe('received hospital plans', () => {
  it('names the statuses in Danish, KL’s “Anden kommune” among them', () => {
    expect(GGOP_STATUS_LABELS.other_municipality).toBe('Anden kommune');
    expect(GGOP_STATUS_LABELS.failed).toBe('Fejlet');
  });

  it('needs handling while failed or another municipality’s and not yet handled', () => {
    expect(needsHandling({ status: 'failed', handled_at: null })).toBe(true);
    expect(needsHandling({ status: 'other_municipality', handled_at: null })).toBe(true);
    expect(needsHandling({ status: 'failed', handled_at: '2026-11-23T10:00:00Z' })).toBe(false);
    expect(needsHandling({ status: 'mapped', handled_at: null })).toBe(false);
  });
});
