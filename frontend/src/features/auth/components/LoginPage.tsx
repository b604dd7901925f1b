import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { safeNextPath, startPath } from '../../../lib/permissions';
import { useSession } from '../api/getSession';
import { useLogin } from '../api/login';
import { LOGIN_FIELDS, loginErrors, toLoginBody, validateLogin, type LoginFormValues } from './loginForm';

const idFor = (field: string) => `login-${field}`;

/** Why the user is on the login page, from the navigation that sent them here. */
interface LoginState {
  expired?: boolean;
  loggedOut?: boolean;
}

export function LoginPage() {
  const session = useSession();
  const login = useLogin();
  const [params] = useSearchParams();
  const state = (useLocation().state ?? {}) as LoginState;
  const next = safeNextPath(params.get('next'));

  const [values, setValues] = useState<LoginFormValues>({ username: '', password: '' });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  // Logged in (now, or already): on to where the user was going, or to their start page.
  if (session.data) {
    return <Navigate to={next ?? startPath(session.data.user) ?? '/'} replace />;
  }

  const set = (field: keyof LoginFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateLogin(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    login.mutate(toLoginBody(values), {
      onError: (error) => {
        const mapped = loginErrors(error);
        setValues((v) => ({ ...v, password: '' }));
        showErrors(mapped.fields, mapped.general);
      },
    });
  };

  const items = summaryItems(fieldErrors, general, LOGIN_FIELDS, idFor);

  return (
    <div className="narrow login">
      <PageTitle>Log ind</PageTitle>
      <p className="lead">Log ind med dit brugernavn og din adgangskode til sagsbehandlingen.</p>

      {state.expired && items.length === 0 ? (
        <p className="notice notice--warning" role="status">
          Din session er udløbet. Log ind igen.
        </p>
      ) : null}
      {state.loggedOut && items.length === 0 ? (
        <p className="notice notice--success" role="status">
          Du er logget ud.
        </p>
      ) : null}

      <ErrorSummary items={items} revision={revision} title="Du blev ikke logget ind" />

      <form className="form" noValidate onSubmit={submit} aria-labelledby="login-form-title">
        <h2 id="login-form-title" className="form__title">
          Dine oplysninger
        </h2>
        <TextField
          id={idFor('username')}
          name="username"
          label="Brugernavn"
          autoComplete="username"
          autoCapitalize="none"
          width="medium"
          value={values.username}
          onChange={set('username')}
          error={fieldErrors.username}
        />
        <TextField
          id={idFor('password')}
          name="password"
          type="password"
          label="Adgangskode"
          autoComplete="current-password"
          width="medium"
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? 'Logger ind …' : 'Log ind'}
          </button>
        </div>
      </form>
      <p className="login__help">
        Har du glemt din adgangskode, eller er din bruger spærret? Kontakt centrets administrator.
      </p>
    </div>
  );
}
