import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../api/types';
import { exceptionMissing, goalChange, goalValues, planMissing, toException, toPlan } from './courseForms';

const goal: Goal = {
  id: 'g-1',
  text: 'Gå 500 meter uden stok',
  measure: '6-minutters gangtest',
  target_date: '2027-02-01',
  status: 'not_started',
  version: 1,
  changed_at: '2026-12-01T09:00:00+01:00',
  history: [],
};

describe('the course plan form', () => {
  it('asks for a discipline, the form, a therapist and the start', () => {
    expect(
      planMissing({ disciplines: [], form: '', site_id: '', therapist_ids: [], started_on: '', planned_end_on: '' }),
    ).toEqual({
      disciplines: 'Vælg mindst én faglighed.',
      form: 'Vælg forløbets form.',
      therapist_ids: 'Vælg mindst én ansvarlig terapeut.',
      started_on: 'Skriv startdatoen.',
    });
  });

  it('sends an empty site and end as null', () => {
    expect(
      toPlan({
        disciplines: ['physiotherapy'],
        form: 'individual_at_home',
        site_id: '',
        therapist_ids: ['t-1'],
        started_on: '2026-12-01',
        planned_end_on: '',
      }),
    ).toEqual({
      disciplines: ['physiotherapy'],
      form: 'individual_at_home',
      site_id: null,
      therapist_ids: ['t-1'],
      started_on: '2026-12-01',
      planned_end_on: null,
    });
  });
});

describe('a goal change', () => {
  it('sends only what changed', () => {
    expect(goalChange(goal, { ...goalValues(goal), status: 'in_progress' })).toEqual({ status: 'in_progress' });
    expect(goalChange(goal, { ...goalValues(goal), text: ' Gå 1 km uden stok ' })).toEqual({ text: 'Gå 1 km uden stok' });
    expect(goalChange(goal, goalValues(goal))).toEqual({});
  });
});

describe('a frequency exception', () => {
  it('asks for the reason and the period, and sends an empty note as null', () => {
    expect(exceptionMissing({ reason: '', note: '', starts_on: '', ends_on: '' })).toEqual({
      reason: 'Vælg begrundelsen.',
      starts_on: 'Skriv startdatoen.',
      ends_on: 'Skriv slutdatoen.',
    });
    expect(toException({ reason: 'acquired_brain_injury', note: ' ', starts_on: '2026-12-01', ends_on: '2027-01-31' })).toEqual({
      reason: 'acquired_brain_injury',
      note: null,
      starts_on: '2026-12-01',
      ends_on: '2027-01-31',
    });
  });
});
