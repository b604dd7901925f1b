// What every step form on the case page shares: date checks and how a failed request becomes
// messages by field.
import { ApiError, problemToFormErrors } from '../../../../api/problem';
import type { FormErrors } from '../../../../components/formErrors';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export const NO_CONNECTION = 'Der er ingen forbindelse til serveren. Prøv igen om lidt.';

/** The dates a step may carry: not after today, and (for the centre's own steps) not before the receipt. */
export interface DateBounds {
  /** Today in Copenhagen, "YYYY-MM-DD". */
  today: string;
  /** The case's day of receipt, "YYYY-MM-DD"; none for dates that may lie before it. */
  receivedOn?: string | undefined;
}

export const isDate = (value: string) => DATE_RE.test(value);

/** The message for a step's date, or undefined when it is fine. `missing` says what to fill in. */
export function checkDate(value: string, bounds: DateBounds, missing: string): string | undefined {
  if (!value) return missing;
  if (!isDate(value)) return 'Datoen er ikke gyldig.';
  if (value > bounds.today) return 'Datoen ligger i fremtiden.';
  if (bounds.receivedOn && value < bounds.receivedOn) return 'Datoen ligger før sagen blev modtaget.';
  return undefined;
}

/** Adds the message to the errors when there is one. */
export function put(errors: Record<string, string>, field: string, message: string | undefined): void {
  if (message) errors[field] = message;
}

/** A failed request's problem document as messages beside the form's fields (the rest above it). */
export function showRequestError(error: unknown, fields: readonly string[], show: FormErrors['showErrors']): void {
  if (error instanceof ApiError) {
    const mapped = problemToFormErrors(error.problem, fields);
    show(mapped.fields, mapped.general);
  } else {
    show({}, [NO_CONNECTION]);
  }
}

/** "yes"/"no" of a Ja/Nej radio group as a boolean; null when not answered. */
export type YesNo = '' | 'yes' | 'no';

export const YES_NO_OPTIONS = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nej' },
] as const;

export function yesNoValue(answer: YesNo): boolean | null {
  return answer === '' ? null : answer === 'yes';
}

/** Form values' ids: "<form>-<field with dashes>". */
export const fieldId = (form: string) => (field: string) => `${form}-${field.replace(/_/g, '-')}`;
