// Undoing the newest event: the reason is required.
import type { CorrectionBody } from '../../api/types';

export const CORRECTION_FIELDS = ['event_id', 'note'] as const;

export function validateCorrection(note: string): Record<string, string> {
  return note.trim() ? {} : { note: 'Skriv hvorfor hændelsen fortrydes.' };
}

export const toCorrectionBody = (eventId: string, note: string): CorrectionBody => ({ event_id: eventId, note: note.trim() });
