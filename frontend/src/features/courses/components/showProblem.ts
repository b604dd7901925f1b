import { ApiError, problemToFormErrors } from '../../../api/problem';

/** A failed write's problem as the form's errors: at the fields the server names, else above the form. */
export function showProblem(
  error: unknown,
  fields: readonly string[],
  showErrors: (fields: Record<string, string>, general: string[]) => void,
) {
  if (error instanceof ApiError) {
    const mapped = problemToFormErrors(error.problem, fields);
    showErrors(mapped.fields, mapped.general);
  } else {
    showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
  }
}
