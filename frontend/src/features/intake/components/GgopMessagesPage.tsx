import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { GgopMessage, GgopStatus } from '../../../api/types';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor, PLAN_TYPE_LABELS } from '../../../lib/labels';
import { useGgopMessages, useMarkHandled, useSetHealthStartDate } from '../api/ggopMessages';
import { GGOP_STATUS_LABELS, needsHandling } from '../labels';

const STATUSES: GgopStatus[] = ['failed', 'other_municipality', 'mapped'];

function readStatus(value: string | null): GgopStatus | null {
  return STATUSES.find((s) => s === value) ?? null;
}

/** Modtagne genoptræningsplaner: every hospital plan (GGOP) received, failed and another municipality's first. */
export function GgopMessagesPage() {
  const [params, setParams] = useSearchParams();
  const status = readStatus(params.get('status'));
  const messages = useGgopMessages(status);
  const filterId = useId();
  const items = messages.data?.items ?? [];
  const total = messages.data?.total ?? 0;

  return (
    <>
      <PageTitle>Modtagne genoptræningsplaner</PageTitle>
      <p className="lead">
        Genoptræningsplaner, som sygehusene har sendt elektronisk. Planer, der ikke kunne blive til en sag, og planer til
        en anden kommune står øverst, indtil de er markeret som håndteret.
      </p>

      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtrér planerne">
        <div className="field">
          <label className="field__label" htmlFor={filterId}>
            Status
          </label>
          <select
            id={filterId}
            className="input select"
            value={status ?? ''}
            onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
          >
            <option value="">Alle</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {GGOP_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-labelledby="ggop-list-title" className="section">
        <h2 id="ggop-list-title" className="visually-hidden">
          Planer
        </h2>
        {messages.isPending ? (
          <Loading label="Henter planerne …" />
        ) : messages.isError ? (
          <ErrorMessage error={messages.error} onRetry={() => void messages.refetch()} />
        ) : items.length === 0 ? (
          <p className="empty">Ingen modtagne planer{status ? ' med denne status' : ''}.</p>
        ) : (
          <>
            <ul className="ggop-list">
              {items.map((message) => (
                <GgopMessageItem key={message.id} message={message} />
              ))}
            </ul>
            <p role="status" className="table-footer__count">
              Viser {items.length} af {total} {total === 1 ? 'plan' : 'planer'}.
            </p>
          </>
        )}
      </section>
    </>
  );
}

function GgopMessageItem({ message }: { message: GgopMessage }) {
  const handle = useMarkHandled();
  const titleId = useId();
  const open = needsHandling(message);
  return (
    <li className={`ggop-item${open ? ' ggop-item--open' : ''}`}>
      <h3 id={titleId} className="ggop-item__title">
        {message.citizen_name ?? message.patient_name ?? 'Patienten kunne ikke læses'}
        <span className={`tag${open ? ' tag--warning' : ''}`}>{labelFor(GGOP_STATUS_LABELS, message.status)}</span>
        {message.handled_at ? <span className="tag">Håndteret</span> : null}
      </h3>
      <dl className="ggop-item__facts">
        <dt>Modtaget</dt>
        <dd>{formatDateTime(message.received_at)}</dd>
        <dt>Afsender</dt>
        <dd>{[message.hospital, message.department].filter(Boolean).join(', ') || 'Ikke læst'}</dd>
        {message.plan_type ? (
          <>
            <dt>Plantype</dt>
            <dd>{labelFor(PLAN_TYPE_LABELS, message.plan_type)}</dd>
          </>
        ) : null}
        {message.discharge_date ? (
          <>
            <dt>Udskrevet</dt>
            <dd>{formatDate(message.discharge_date)}</dd>
          </>
        ) : null}
        {message.diagnoses.length > 0 ? (
          <>
            <dt>Diagnoser</dt>
            <dd>{message.diagnoses.map((d) => `${d.code} ${d.text}`.trim()).join('; ')}</dd>
          </>
        ) : null}
        {message.start_text ? (
          <>
            <dt>Sygehusets opstart</dt>
            <dd>{message.start_text} (fritekst: sæt datoen på sagen)</dd>
          </>
        ) : null}
        <dt>Besked-id</dt>
        <dd className="ggop-item__id">{message.message_id}</dd>
      </dl>
      {message.reason ? (
        <p className={open ? 'notice notice--warning' : 'ggop-item__reason'}>
          {message.reason}
          {message.reason_field ? ` (felt: ${message.reason_field})` : ''}
        </p>
      ) : null}
      {message.handled_at ? (
        <p className="ggop-item__handled">
          Håndteret {formatDateTime(message.handled_at)} af {message.handled_by}.
        </p>
      ) : null}
      <div className="ggop-item__actions">
        {message.case_id ? <Link to={`/sager/${message.case_id}`}>Åbn sagen</Link> : null}
        {open ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => handle.mutate(message.id)}
            disabled={handle.isPending}
          >
            {handle.isPending ? 'Markerer …' : 'Markér som håndteret'}
          </button>
        ) : null}
      </div>
      {handle.isError ? <ErrorMessage error={handle.error} /> : null}
      {message.start_text && message.case_id ? <StartDateForm caseId={message.case_id} /> : null}
    </li>
  );
}

/** The hospital gave its start date in words: staff read it and set the date on the case. */
function StartDateForm({ caseId }: { caseId: string }) {
  const [day, setDay] = useState('');
  const [missing, setMissing] = useState(false);
  const set = useSetHealthStartDate(caseId);
  const inputId = useId();
  const errorId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(day === '');
    if (day !== '') set.mutate(day);
  };
  return (
    <form className="ggop-item__start" noValidate onSubmit={submit}>
      <label className="field__label" htmlFor={inputId}>
        Sygehusets startdato
      </label>
      {missing ? (
        <p id={errorId} className="field__error">
          Vælg datoen.
        </p>
      ) : null}
      <div className="ggop-item__actions">
        <input
          id={inputId}
          type="date"
          className="input input--medium"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
        />
        <button type="submit" className="button button--secondary" disabled={set.isPending}>
          {set.isPending ? 'Gemmer …' : 'Sæt startdato'}
        </button>
      </div>
      {set.isSuccess ? (
        <p className="notice notice--success" role="status">
          Startdatoen er sat til {formatDate(set.data.rehab_plan?.health_start_date)}; fristerne er regnet om.
        </p>
      ) : null}
      {set.isError ? <ErrorMessage error={set.error} /> : null}
    </form>
  );
}
