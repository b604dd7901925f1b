import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { PageTitle } from '../../../components/PageTitle';
import { useChangePassword } from '../api/changePassword';
import {
  EMPTY_PASSWORD_FORM,
  PASSWORD_FIELDS,
  toPasswordChangeBody,
  validatePasswordChange,
  type PasswordFormValues,
} from './loginForm';

const idFor = (field: string) => `password-${field.replace(/_/g, '-')}`;

export function ChangePasswordPage() {
  const change = useChangePassword();
  const [values, setValues] = useState<PasswordFormValues>(EMPTY_PASSWORD_FORM);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const [done, setDone] = useState(false);

  const set = (field: keyof PasswordFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const clientErrors = validatePasswordChange(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    change.mutate(toPasswordChangeBody(values), {
      onSuccess: () => {
        setValues(EMPTY_PASSWORD_FORM);
        setDone(true);
      },
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, PASSWORD_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        }
      },
    });
  };

  const items = summaryItems(fieldErrors, general, PASSWORD_FIELDS, idFor);

  return (
    <div className="narrow">
      <PageTitle>Skift adgangskode</PageTitle>
      <p className="lead">Skriv din nuværende adgangskode og derefter den nye to gange.</p>
      <div role="status">
        {done ? <p className="notice notice--success">Din adgangskode er skiftet.</p> : null}
      </div>

      <ErrorSummary items={items} revision={revision} title="Adgangskoden blev ikke skiftet" />

      <form className="form" noValidate onSubmit={submit} aria-labelledby="password-form-title">
        <h2 id="password-form-title" className="form__title">
          Din adgangskode
        </h2>
        <TextField
          id={idFor('current_password')}
          name="current_password"
          type="password"
          label="Nuværende adgangskode"
          autoComplete="current-password"
          width="medium"
          value={values.current_password}
          onChange={set('current_password')}
          error={fieldErrors.current_password}
        />
        <NewPasswordFields
          password={{
            id: idFor('new_password'),
            name: 'new_password',
            label: 'Ny adgangskode',
            value: values.new_password,
            onChange: set('new_password'),
            error: fieldErrors.new_password,
          }}
          repeat={{
            id: idFor('repeat_password'),
            name: 'repeat_password',
            label: 'Gentag ny adgangskode',
            value: values.repeat_password,
            onChange: set('repeat_password'),
            error: fieldErrors.repeat_password,
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? 'Skifter …' : 'Skift adgangskode'}
          </button>
          <Link to="/" className="button button--link">
            Tilbage til forsiden
          </Link>
        </div>
      </form>
    </div>
  );
}
