import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../api/problem';
import type { DaySession, WorklistFlag } from '../../../api/types';
import { RadioGroup, SelectField, TextAreaField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenToday, formatDateLong, formatDateTime } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { labelFor } from '../../../lib/labels';
import { useCurrentUser } from '../../auth/api/getSession';
import { useTherapists } from '../../cases/api/getTherapists';
import { useAttendanceFlags, useDayClasses, useDaySessions, useResolveFlag } from '../api/attendance';
import { ATTENDANCE_LABELS } from '../../courses/labels';
import { SessionKeys, SessionRegistration } from './SessionRegistration';
import { ClassKeys, ClassRegistration } from './ClassRegistration';
import './attendance.css';

const clock = (iso: string) => formatDateTime(iso).slice(-5);

const RESOLUTIONS = [
  { value: 'continue', label: 'Fortsæt forløbet' },
  { value: 'reassess', label: 'Revurdér forløbet' },
  { value: 'end', label: 'Afslut forløbet' },
];
const FLAG_LABELS: Record<string, string> = {
  cancellations: 'Afbud',
  no_shows: 'Udeblivelser',
};

interface RowProps {
  item: DaySession;
  mayWrite: boolean;
  onDone: (message: string, item: DaySession) => void;
  onError: (message: string) => void;
}

function SessionRow({ item, mayWrite, onDone, onError }: RowProps) {
  return (
    <li className="quick-item" data-appointment={item.appointment_id}>
      <h3 className="quick-item__title">
        <time dateTime={item.starts_at}>{clock(item.starts_at)}</time>–<time dateTime={item.ends_at}>{clock(item.ends_at)}</time>{' '}
        <span className="quick-item__name">{item.citizen_name}</span>
      </h3>
      <p className="quick-item__status">
        Status: <strong>{labelFor(ATTENDANCE_LABELS, item.status)}</strong>
        {!item.begun ? <span className="cell-sub">Tiden er ikke begyndt: kun afbud kan registreres.</span> : null}
      </p>
      {mayWrite ? <SessionRegistration item={item} keysId="quick-keys" onDone={onDone} onError={onError} /> : null}
      {item.course_id ? (
        <Link to={`/forloeb/${item.course_id}`} className="quick-item__link">
          Åbn forløbet<span className="visually-hidden"> for {item.citizen_name}</span>
        </Link>
      ) : null}
    </li>
  );
}

function FlagItem({ flag }: { flag: WorklistFlag }) {
  const resolve = useResolveFlag();
  const [resolution, setResolution] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `flag-${flag.course_id}-${flag.kind}`;
  return (
    <li className="flag-item">
      <h3 className="flag-item__title">
        {flag.citizen_name}: {labelFor(FLAG_LABELS, flag.kind)} ({flag.count})
      </h3>
      <p>{flag.text}</p>
      <Link to={`/forloeb/${flag.course_id}`}>
        Se forløbet og tiderne bag<span className="visually-hidden"> for {flag.citizen_name}</span>
      </Link>
      <form
        className="flag-form"
        aria-label={`Tag stilling til markeringen for ${flag.citizen_name}`}
        onSubmit={(e) => {
          e.preventDefault();
          const found: Record<string, string> = {};
          if (!resolution) found.resolution = 'Vælg, hvad der skal ske med forløbet.';
          if (!note.trim()) found.note = 'Skriv et notat om beslutningen.';
          setErrors(found);
          if (Object.keys(found).length > 0) return;
          resolve.mutate(
            {
              courseId: flag.course_id,
              kind: flag.kind,
              body: { resolution: resolution as 'continue' | 'reassess' | 'end', note },
            },
            { onError: (error) => setErrors({ note: describeError(error) }) },
          );
        }}
      >
        <RadioGroup
          id={`${prefix}-resolution`}
          name={`${prefix}-resolution`}
          legend="Beslutning"
          value={resolution}
          onChange={setResolution}
          options={RESOLUTIONS}
          error={errors.resolution}
        />
        <TextAreaField id={`${prefix}-note`} name="note" label="Notat" value={note} onChange={setNote} error={errors.note} />
        <button type="submit" className="button button--small" disabled={resolve.isPending}>
          Gem beslutning
        </button>
      </form>
    </li>
  );
}

function FlagsPanel() {
  const flags = useAttendanceFlags();
  return (
    <section className="panel" aria-labelledby="flags-title">
      <h2 id="flags-title" className="panel__title">
        Markeringer for fravær
      </h2>
      {flags.isPending ? (
        <Loading />
      ) : flags.isError ? (
        <ErrorMessage error={flags.error} onRetry={() => void flags.refetch()} />
      ) : flags.data.length === 0 ? (
        <p className="empty">Ingen forløb er markeret.</p>
      ) : (
        <ul className="flag-list">
          {flags.data.map((flag) => (
            <FlagItem key={`${flag.course_id}-${flag.kind}`} flag={flag} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Quick registration (hurtig registrering): the day's sessions of a therapist, each registered with one key. */
export function QuickRegistrationPage() {
  const user = useCurrentUser();
  const therapists = useTherapists();
  const [staffId, setStaffId] = useState(user?.id ?? '');
  const [day, setDay] = useState(copenhagenToday());
  const sessions = useDaySessions(staffId, day);
  const classes = useDayClasses(staffId, day);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const mayWrite = user ? can(user, 'courses.write') : false;
  const done = (message: string, item: DaySession) => {
    setProblem('');
    setStatus(message);
    // On to the next session's first action, so a whole list is registered from the keyboard.
    const items = [...(list.current?.querySelectorAll<HTMLLIElement>('li.quick-item') ?? [])];
    const index = items.findIndex((li) => li.dataset.appointment === item.appointment_id);
    const next = items[index + 1] ?? items[index];
    window.setTimeout(() => next?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(), 0);
  };
  const options = (therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }));
  if (user && !options.some((o) => o.value === user.id)) options.unshift({ value: user.id, label: 'Mig selv' });
  return (
    <div className="quick">
      <PageTitle>Fremmøde</PageTitle>
      <SessionKeys id="quick-keys" />
      <div className="quick__filters">
        <SelectField id="quick-staff" name="staff" label="Terapeut" value={staffId} onChange={setStaffId} options={options} />
        <div className="field">
          <label htmlFor="quick-day" className="field__label">
            Dag
          </label>
          <input id="quick-day" type="date" className="input" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
      </div>
      <p role="status" aria-live="polite" className="quick__status">
        {status}
      </p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <section aria-labelledby="quick-sessions">
        <h2 id="quick-sessions">Tider {formatDateLong(day)}</h2>
        {sessions.isPending ? (
          <Loading />
        ) : sessions.isError ? (
          <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : sessions.data.length === 0 ? (
          <p className="empty">Ingen forløbstider denne dag.</p>
        ) : (
          <ol className="quick-list" ref={list} aria-label="Dagens tider">
            {sessions.data.map((item) => (
              <SessionRow key={item.appointment_id} item={item} mayWrite={mayWrite} onDone={done} onError={setProblem} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="quick-classes">
        <h2 id="quick-classes">Hold {formatDateLong(day)}</h2>
        <ClassKeys />
        {classes.isPending ? (
          <Loading />
        ) : classes.isError ? (
          <ErrorMessage error={classes.error} onRetry={() => void classes.refetch()} />
        ) : classes.data.length === 0 ? (
          <p className="empty">Ingen holdgange denne dag.</p>
        ) : (
          <ul className="class-list" aria-label="Dagens holdgange">
            {classes.data.map((session) => (
              <li key={session.occurrence_id}>
                <ClassRegistration session={session} mayWrite={mayWrite} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <FlagsPanel />
    </div>
  );
}
