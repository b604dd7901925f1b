import { useCallback, useState } from 'react';
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

interface FormErrorsState {
  fieldErrors: Record<string, string>;
  general: string[];
  revision: number;
}

export interface FormErrors extends FormErrorsState {
  /** Replace the errors and bump `revision`, so the error summary takes focus again. */
  showErrors: (fields: Record<string, string>, messages: string[]) => void;
  /** Forget all errors (before sending the form); the summary does not take focus. */
  clearErrors: () => void;
  /** Forget one field's error, leaving the rest as they are. */
  clearFieldError: (field: string) => void;
}

const NO_ERRORS: FormErrorsState = { fieldErrors: {}, general: [], revision: 0 };

/**
 * A form's errors for `ErrorSummary` and its fields: the messages by field, the general messages,
 * and `revision` for the summary's `revision` prop.
 */
export function useFormErrors(): FormErrors {
  const [state, setState] = useState<FormErrorsState>(NO_ERRORS);

  const showErrors = useCallback((fields: Record<string, string>, messages: string[]) => {
    setState((s) => ({ fieldErrors: fields, general: messages, revision: s.revision + 1 }));
  }, []);

  const clearErrors = useCallback(() => {
    setState((s) => ({ ...s, fieldErrors: {}, general: [] }));
  }, []);

  const clearFieldError = useCallback((field: string) => {
    setState((s) => {
      const { [field]: _dropped, ...rest } = s.fieldErrors;
      return { ...s, fieldErrors: rest };
    });
  }, []);

  return { ...state, showErrors, clearErrors, clearFieldError };
}
