import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { summaryItems, useFormErrors } from '../../../../components/formErrors';
import { showRequestError } from './stepForm';

interface StepFormOptions<V, B, R, P> {
  /** The form's first values (or how to make them, once). */
  initial: V | (() => V);
  /** Messages by field; none: the values may be sent. */
  validate: (values: V) => Record<string, string>;
  toBody: (values: V) => B;
  /** Saves the step. */
  mutation: UseMutationResult<R, Error, B>;
  /** The server's field names, in the form's order: the error summary lists them so. */
  fields: readonly string[];
  idFor: (field: string) => string;
  /** The message for the user once saved; a function when it depends on the values or the answer. */
  done: string | ((values: V, answer: R) => string);
  onDone: (message: string) => void;
  /** Sees a failed save before its messages are shown (a 409 may ask for another field). */
  onError?: (error: unknown) => void;
  /** Renders the step's letter from the same body; nothing is saved. */
  preview?: UseMutationResult<P, Error, B>;
}

/**
 * What every step form on the case page does: keep its values, check them before sending, send
 * them, show the server's problems beside the fields and, for the forms with a letter, preview it.
 */
export function useStepForm<V extends object, B, R, P extends { html: string } = { html: string }>(
  options: StepFormOptions<V, B, R, P>,
) {
  const { validate, toBody, mutation, fields, idFor, done, onDone, onError, preview } = options;
  const [values, setValues] = useState<V>(options.initial);
  const [letter, setLetter] = useState<string | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  // A change makes a letter on screen stale, so it goes.
  const set =
    <K extends keyof V>(field: K) =>
    (value: V[K]) => {
      setLetter(null);
      setValues((v) => ({ ...v, [field]: value }));
    };

  const checked = () => {
    const errors = validate(values);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return false;
    }
    clearErrors();
    return true;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!checked()) return;
    mutation.mutate(toBody(values), {
      onSuccess: (answer) => onDone(typeof done === 'string' ? done : done(values, answer)),
      onError: (error) => {
        onError?.(error);
        showRequestError(error, fields, showErrors);
      },
    });
  };

  const showLetter = () => {
    if (!preview || !checked()) return;
    preview.mutate(toBody(values), {
      onSuccess: (answer) => setLetter(answer.html),
      onError: (error) => showRequestError(error, fields, showErrors),
    });
  };

  return {
    values,
    set,
    fieldErrors,
    items: summaryItems(fieldErrors, general, fields, idFor),
    revision,
    submit,
    showLetter,
    letter,
  };
}
