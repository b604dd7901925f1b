import { describe, expect, it } from 'vitest';
import { PERMISSIONS_BY_ROLE } from '../test/session';
import { navFor } from './navigation';

const labels = (role: string) => navFor({ permissions: PERMISSIONS_BY_ROLE[role]! }).map((i) => i.label);

describe('navFor', () => {
  it('shows a team leader the case work and the centre’s editors, not the administration or the access log', () => {
    expect(labels('team_leader')).toEqual([
      'Arbejdsliste',
      'Min dag',
      'Fremmøde',
      'Kalender',
      'Hold',
      'Kørselsliste',
      'Registrér henvendelse',
      'Opret borger',
      'Modtagne genoptræningsplaner',
      'Planlægning',
      'Kvalitetsstandard',
      'Lukkedage',
      'Brevskabeloner',
    ]);
  });

  it('shows the editors to no one who may not manage the centre', () => {
    for (const role of ['therapist', 'visitator', 'administrator', 'auditor']) {
      expect(labels(role)).not.toContain('Kvalitetsstandard');
      expect(labels(role)).not.toContain('Brevskabeloner');
    }
  });

  it('shows a therapist and a training assistant their day; scheduling to the team leader only', () => {
    expect(labels('therapist')).toContain('Min dag');
    expect(labels('training_assistant')).toEqual(['Min dag', 'Kalender', 'Hold', 'Kørselsliste']);
    for (const role of ['therapist', 'visitator', 'training_assistant']) expect(labels(role)).not.toContain('Planlægning');
  });

  it('shows an administrator the administration only: no worklist', () => {
    expect(labels('administrator')).toEqual(['Administration']);
  });

  it('shows an auditor the access log only', () => {
    expect(labels('auditor')).toEqual(['Adgangslog']);
  });

  it('shows nothing to someone not logged in', () => {
    expect(navFor(null)).toEqual([]);
  });
});
