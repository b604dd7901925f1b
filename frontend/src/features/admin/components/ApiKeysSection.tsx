import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { ApiKey } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxGroup, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor, optionsOf } from '../../../lib/labels';
import { useCreateApiKey } from '../api/createApiKey';
import { useApiKeys } from '../api/getApiKeys';
import { useRevokeApiKey } from '../api/revokeApiKey';
import { API_KEY_SCOPE_LABELS } from '../labels';
import { ApiKeySecret } from './ApiKeySecret';
import { API_KEY_FIELDS, EMPTY_API_KEY, toApiKeyBody, validateApiKey, type ApiKeyFormValues } from './userForm';

const idFor = (field: string) => `api-key-${field}`;

const SCOPE_OPTIONS = optionsOf(API_KEY_SCOPE_LABELS).map((o) => ({ ...o, label: `${o.label} (${o.value})` }));

function RevokeConfirm({
  apiKey,
  pending,
  onConfirm,
  onCancel,
}: {
  apiKey: ApiKey;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const textId = `revoke-${apiKey.id}-text`;
  return (
    <div className="confirm" role="group" aria-labelledby={textId}>
      <p id={textId} className="confirm__text">
        Tilbagekald “{apiKey.name}”? Systemer, der bruger nøglen, mister adgangen med det samme. Det kan
        ikke fortrydes.
      </p>
      <div className="confirm__actions">
        <button type="button" ref={ref} className="button button--danger" onClick={onConfirm} disabled={pending}>
          {pending ? 'Tilbagekalder …' : 'Ja, tilbagekald'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          Fortryd
        </button>
      </div>
    </div>
  );
}

function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Active keys first, newest first within each group.
  const sorted = [...keys].sort(
    (a, b) =>
      Number(a.revoked_at !== null) - Number(b.revoked_at !== null) || b.created_at.localeCompare(a.created_at),
  );

  const doRevoke = (key: ApiKey) =>
    revoke.mutate(key.id, {
      onSuccess: () => {
        setConfirming(null);
        setMessage(`API-nøglen “${key.name}” er tilbagekaldt.`);
      },
    });

  return (
    <>
      <div role="status">{message ? <p className="notice notice--success">{message}</p> : null}</div>
      {revoke.isError ? <ErrorMessage error={revoke.error} /> : null}
      <div className="table-wrap">
        <table className="table api-keys">
          <caption className="table__caption">API-nøgler, nyeste først; tilbagekaldte nøgler står nederst.</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Begyndelse</th>
              <th scope="col">Rettigheder</th>
              <th scope="col">Oprettet</th>
              <th scope="col">Sidst brugt</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((key) => (
              <tr key={key.id} className={key.revoked_at ? 'row--inactive' : undefined}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>
                  <ul className="plain-list">
                    {key.scopes.map((s) => (
                      <li key={s}>{labelFor(API_KEY_SCOPE_LABELS, s)}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <time dateTime={key.created_at}>{formatDateTime(key.created_at)}</time>
                </td>
                <td>
                  {key.last_used_at ? (
                    <time dateTime={key.last_used_at}>{formatDateTime(key.last_used_at)}</time>
                  ) : (
                    'Aldrig'
                  )}
                </td>
                <td>
                  {key.revoked_at ? (
                    <>
                      <span className="pill pill--muted">Tilbagekaldt</span>
                      <span className="cell-sub">
                        <time dateTime={key.revoked_at}>{formatDateTime(key.revoked_at)}</time>
                      </span>
                    </>
                  ) : (
                    <span className="pill pill--ok">Aktiv</span>
                  )}
                </td>
                <td>
                  {key.revoked_at ? null : confirming === key.id ? (
                    <RevokeConfirm
                      apiKey={key}
                      pending={revoke.isPending}
                      onConfirm={() => doRevoke(key)}
                      onCancel={() => setConfirming(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        setMessage(null);
                        setConfirming(key.id);
                      }}
                    >
                      {'Tilbagekald '}
                      <span className="visually-hidden">{key.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CreateApiKeyForm() {
  const create = useCreateApiKey();
  const [values, setValues] = useState<ApiKeyFormValues>(EMPTY_API_KEY);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const heading = useRef<HTMLHeadingElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateApiKey(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    create.mutate(toApiKeyBody(values), {
      onSuccess: () => setValues(EMPTY_API_KEY),
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, API_KEY_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        }
      },
    });
  };

  // The secret lives only in the mutation's answer: "skjul" forgets it for good.
  const forgetSecret = () => {
    create.reset();
    heading.current?.focus();
  };

  const items = summaryItems(fieldErrors, general, API_KEY_FIELDS, idFor);

  return (
    <>
      {create.data ? <ApiKeySecret created={create.data} onDone={forgetSecret} /> : null}
      <ErrorSummary id="api-key-errors" items={items} revision={revision} title="API-nøglen blev ikke oprettet" />
      <form className="form" noValidate onSubmit={submit} aria-labelledby="api-key-form-title">
        <h3 id="api-key-form-title" className="form__title" ref={heading} tabIndex={-1}>
          Opret API-nøgle
        </h3>
        <TextField
          id={idFor('name')}
          name="name"
          label="Navn"
          hint="Hvilket system nøglen er til, fx “ESDH – journalisering”."
          width="full"
          maxLength={100}
          value={values.name}
          onChange={(name) => setValues((v) => ({ ...v, name }))}
          error={fieldErrors.name}
        />
        <CheckboxGroup
          id={idFor('scopes')}
          name="scopes"
          legend="Rettigheder"
          hint="Giv kun det, systemet har brug for."
          value={values.scopes}
          onChange={(scopes) => setValues((v) => ({ ...v, scopes }))}
          options={SCOPE_OPTIONS}
          error={fieldErrors.scopes}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Opretter …' : 'Opret API-nøgle'}
          </button>
        </div>
      </form>
    </>
  );
}

/** API keys for other systems: list, create (the secret is shown once), revoke. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  return (
    <section className="section" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title" className="section__title">
        API-nøgler
      </h2>
      <p>Andre systemer (fx ESDH) bruger en API-nøgle i stedet for et login.</p>
      {keys.isPending ? (
        <Loading label="Henter API-nøglerne …" />
      ) : keys.isError ? (
        <ErrorMessage error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="empty">Der er ingen API-nøgler.</p>
      ) : (
        <ApiKeysTable keys={keys.data} />
      )}
      <CreateApiKeyForm />
    </section>
  );
}
