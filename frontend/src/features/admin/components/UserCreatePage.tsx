import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { PageTitle } from '../../../components/PageTitle';
import { useCreateUser } from '../api/createUser';
import { UserFields } from './UserFields';
import {
  EMPTY_USER,
  toUserCreateBody,
  USER_CREATE_FIELDS,
  validateUserCreate,
  type UserFormValues,
} from './userForm';

const idFor = (field: string) => `user-${field.replace(/_/g, '-')}`;

export function UserCreatePage() {
  const navigate = useNavigate();
  const create = useCreateUser();
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateUserCreate(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    create.mutate(toUserCreateBody(values), {
      onSuccess: (user) => {
        void navigate('/administration', {
          state: { notice: `Brugeren ${user.display_name} (${user.username}) er oprettet.` },
        });
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
          return;
        }
        const mapped = problemToFormErrors(error.problem, USER_CREATE_FIELDS);
        if (error.status === 409 && !mapped.fields.username) {
          showErrors({ ...mapped.fields, username: 'Brugernavnet er allerede i brug. Vælg et andet.' }, []);
          return;
        }
        showErrors(mapped.fields, mapped.general);
      },
    });
  };

  const items = summaryItems(fieldErrors, general, USER_CREATE_FIELDS, idFor);

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration">Administration</Link>
      </p>
      <PageTitle>Opret bruger</PageTitle>
      <p className="lead">
        Opret en medarbejder eller en revisor. Giv brugeren adgangskoden på en sikker måde; brugeren kan
        selv skifte den efter første login.
      </p>

      <ErrorSummary items={items} revision={revision} title="Brugeren blev ikke oprettet" />

      <form className="form" noValidate onSubmit={submit} aria-labelledby="user-form-title">
        <h2 id="user-form-title" className="form__title">
          Brugerens oplysninger
        </h2>
        <TextField
          id={idFor('username')}
          name="username"
          label="Brugernavn"
          hint="3-64 tegn: små bogstaver (a-z), tal, punktum, bindestreg og understregning, fx “anne.hansen”."
          autoCapitalize="none"
          width="medium"
          maxLength={64}
          value={values.username}
          onChange={(username) => setValues((v) => ({ ...v, username }))}
          error={fieldErrors.username}
        />
        <UserFields idFor={idFor} values={values} onChange={setValues} errors={fieldErrors} />
        <NewPasswordFields
          password={{
            id: idFor('password'),
            name: 'password',
            label: 'Adgangskode',
            value: values.password,
            onChange: (password) => setValues((v) => ({ ...v, password })),
            error: fieldErrors.password,
          }}
          repeat={{
            id: idFor('repeat_password'),
            name: 'repeat_password',
            label: 'Gentag adgangskode',
            value: values.repeat_password,
            onChange: (repeat_password) => setValues((v) => ({ ...v, repeat_password })),
            error: fieldErrors.repeat_password,
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Opretter …' : 'Opret bruger'}
          </button>
          <Link to="/administration" className="button button--link">
            Annullér
          </Link>
        </div>
      </form>
    </div>
  );
}
