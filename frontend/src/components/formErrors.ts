import type { SummaryItem } from './ErrorSummary';

/**
 * The error summary's items: one per field error in the form's own field order, linked to the
 * field's control, then the general messages.
 */
export function summaryItems(
  fields: Record<string, string>,
  general: string[],
  order: readonly string[],
  idFor: (field: string) => string,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const name of order) {
    const message = fields[name];
    if (message) items.push({ targetId: idFor(name), message });
  }
  for (const message of general) items.push({ message });
  return items;
}
