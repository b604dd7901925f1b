import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { User } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useUsers } from '../api/getUsers';
import { useResetUserPassword } from '../api/resetUserPassword';
import { useUpdateUser } from '../api/updateUser';
import { UserFields } from './UserFields';
import {
  fromUser,
  RESET_PASSWORD_FIELDS,
  toUserPatch,
  USER_EDIT_FIELDS,
  validateResetPassword,
  validateUserEdit,
  type ResetPasswordValues,
  type UserFormValues,
} from './userForm';

const NO_CONNECTION = 'Der er ingen forbindelse til serveren. Prøv igen om lidt.';

function EditForm({ user }: { user: User }) {
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const [values, setValues] = useState<UserFormValues>(() => fromUser(user));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const idFor = (field: string) => `user-${field.replace(/_/g, '-')}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateUserEdit(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    const patch = toUserPatch(user, values);
    if (Object.keys(patch).length === 0) {
      showErrors({}, ['Du har ikke ændret noget.']);
      return;
    }
    clearErrors();
    update.mutate(patch, {
      onSuccess: (saved) => {
        void navigate('/administration', {
          state: { notice: `Ændringerne for ${saved.display_name} (${saved.username}) er gemt.` },
        });
      },
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, USER_EDIT_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, [NO_CONNECTION]);
        }
      },
    });
  };

  const items = summaryItems(fieldErrors, general, USER_EDIT_FIELDS, idFor);

  return (
    <>
      <ErrorSummary id="edit-errors" items={items} revision={revision} title="Ændringerne blev ikke gemt" />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="user-edit-title">
        <h2 id="user-edit-title" className="form__title">
          Oplysninger og roller
        </h2>
        <UserFields idFor={idFor} values={values} onChange={setValues} errors={fieldErrors} />
        <Checkbox
          id={idFor('active')}
          name="active"
          label="Aktiv"
          hint="En bruger, der ikke er aktiv, kan ikke logge ind. Brugerens spor i loggen bevares."
          checked={values.active}
          onChange={(active) => setValues((v) => ({ ...v, active }))}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? 'Gemmer …' : 'Gem ændringer'}
          </button>
          <Link to="/administration" className="button button--link">
            Annullér
          </Link>
        </div>
      </form>
    </>
  );
}

const EMPTY_RESET: ResetPasswordValues = { new_password: '', repeat_password: '' };

function ResetPasswordForm({ user }: { user: User }) {
  const reset = useResetUserPassword(user.id);
  const [values, setValues] = useState<ResetPasswordValues>(EMPTY_RESET);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const [done, setDone] = useState(false);
  const idFor = (field: string) => `reset-${field.replace(/_/g, '-')}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const clientErrors = validateResetPassword(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    reset.mutate(values.new_password, {
      onSuccess: () => {
        setValues(EMPTY_RESET);
        setDone(true);
      },
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, RESET_PASSWORD_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, [NO_CONNECTION]);
        }
      },
    });
  };

  const items = summaryItems(fieldErrors, general, RESET_PASSWORD_FIELDS, idFor);

  return (
    <section className="section" aria-labelledby="reset-title">
      <ErrorSummary id="reset-errors" items={items} revision={revision} title="Adgangskoden blev ikke nulstillet" />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="reset-title">
        <h2 id="reset-title" className="form__title">
          Nulstil adgangskode
        </h2>
        <p className="field__hint">
          Giv brugeren den nye adgangskode på en sikker måde, og bed brugeren skifte den ved første login.
        </p>
        <div role="status">
          {done ? <p className="notice notice--success">Adgangskoden for {user.username} er nulstillet.</p> : null}
        </div>
        <NewPasswordFields
          password={{
            id: idFor('new_password'),
            name: 'new_password',
            label: 'Ny adgangskode',
            value: values.new_password,
            onChange: (new_password) => setValues((v) => ({ ...v, new_password })),
            error: fieldErrors.new_password,
          }}
          repeat={{
            id: idFor('repeat_password'),
            name: 'repeat_password',
            label: 'Gentag ny adgangskode',
            value: values.repeat_password,
            onChange: (repeat_password) => setValues((v) => ({ ...v, repeat_password })),
            error: fieldErrors.repeat_password,
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={reset.isPending}>
            {reset.isPending ? 'Nulstiller …' : 'Nulstil adgangskode'}
          </button>
        </div>
      </form>
    </section>
  );
}

export function UserEditPage() {
  const { id = '' } = useParams();
  const users = useUsers();
  const user = users.data?.find((u) => u.id === id);

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration">Administration</Link>
      </p>
      {users.isPending ? (
        <>
          <PageTitle>Redigér bruger</PageTitle>
          <Loading label="Henter brugeren …" />
        </>
      ) : users.isError ? (
        <>
          <PageTitle>Redigér bruger</PageTitle>
          <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />
        </>
      ) : !user ? (
        <>
          <PageTitle>Brugeren findes ikke</PageTitle>
          <p>Der er ingen bruger med dette id.</p>
        </>
      ) : (
        <>
          <PageTitle title={`Redigér ${user.display_name}`}>{`Redigér bruger: ${user.display_name}`}</PageTitle>
          <p className="lead">
            Brugernavn: <strong>{user.username}</strong>. Brugernavnet kan ikke ændres.
          </p>
          <EditForm key={user.id} user={user} />
          <ResetPasswordForm key={`reset-${user.id}`} user={user} />
        </>
      )}
    </div>
  );
}
