// Danish names of a received hospital plan's status (the API's `status`).

export const GGOP_STATUS_LABELS: Record<string, string> = {
  failed: 'Fejlet',
  other_municipality: 'Anden kommune',
  mapped: 'Sag oprettet',
  received: 'Modtaget',
};

/** Failed plans and another municipality's need staff until they are marked as handled. */
export function needsHandling(message: { status: string; handled_at: string | null }): boolean {
  return (message.status === 'failed' || message.status === 'other_municipality') && message.handled_at === null;
}
