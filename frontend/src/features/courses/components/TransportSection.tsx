import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxGroup, SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useAddTrip, useGrantTransport, useTransport } from '../api/courseLifecycle';
import { LEG_LABELS, TRANSPORT_NEED_LABELS } from '../labels';
import {
  TRIP_TIME_LABELS,
  TRIP_TIMES,
  formatShare,
  toTransport,
  toTrip,
  transportMissing,
  tripMissing,
  type TransportValues,
  type TripValues,
} from './lifecycleForms';
import { showProblem } from './showProblem';

/** Minutes as "1 t 1 min" or "55 min". */
function minutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return hours > 0 ? `${hours} t ${rest} min` : `${rest} min`;
}

/** Kørsel: the grant (reason, addresses, needs), the trips as driven and the share within the hour each way. */
export function TransportSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const transport = useTransport(course.id);
  const [granting, setGranting] = useState(false);
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="course-transport">
      <h2 id="course-transport" className="panel__title">
        Kørsel
      </h2>
      {transport.isPending ? (
        <Loading />
      ) : transport.isError ? (
        <ErrorMessage error={transport.error} onRetry={() => void transport.refetch()} />
      ) : (
        <>
          {transport.data.reason ? (
            <dl className="details details--compact">
              <dt>Begrundelse</dt>
              <dd>{transport.data.reason}</dd>
              <dt>Hentes på</dt>
              <dd>{transport.data.from_address}</dd>
              <dt>Køres til</dt>
              <dd>{transport.data.to_address}</dd>
              <dt>Behov</dt>
              <dd>
                {transport.data.needs.length > 0
                  ? transport.data.needs.map((need) => labelFor(TRANSPORT_NEED_LABELS, need)).join(', ')
                  : 'Ingen'}
              </dd>
              <dt>Ture inden for en time hver vej</dt>
              <dd>
                {formatShare(transport.data.share_within_target)} ({transport.data.within_target} af{' '}
                {transport.data.trips.length})
              </dd>
            </dl>
          ) : (
            <p className="empty">Forløbet har ikke fået bevilget kørsel.</p>
          )}
          {transport.data.trips.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Kørte ture</caption>
                <thead>
                  <tr>
                    <th scope="col">Aftalt afhentning</th>
                    <th scope="col">Ud</th>
                    <th scope="col">Hjem</th>
                    <th scope="col">Over en time</th>
                  </tr>
                </thead>
                <tbody>
                  {transport.data.trips.map((trip) => (
                    <tr key={trip.id}>
                      <th scope="row">{formatDateTime(trip.agreed_pickup)}</th>
                      <td className={trip.flagged_legs.includes('there') ? 'trip-leg--over' : undefined}>
                        {minutes(trip.way_there_minutes)}
                      </td>
                      <td className={trip.flagged_legs.includes('home') ? 'trip-leg--over' : undefined}>
                        {minutes(trip.way_home_minutes)}
                      </td>
                      <td>
                        {trip.flagged_legs.length > 0
                          ? trip.flagged_legs.map((leg) => labelFor(LEG_LABELS, leg)).join(' og ')
                          : 'Nej'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {mayWrite ? (
            <div className="form__actions">
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={granting}
                onClick={() => setGranting((g) => !g)}
              >
                {transport.data.reason ? 'Ret bevillingen' : 'Bevilg kørsel'}
              </button>
              {transport.data.reason ? (
                <button type="button" className="button button--secondary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
                  Registrér en tur
                </button>
              ) : null}
            </div>
          ) : null}
          {granting ? (
            <GrantForm
              courseId={course.id}
              initial={{
                reason: transport.data.reason ?? '',
                from_address: transport.data.from_address ?? '',
                to_address: transport.data.to_address ?? '',
                needs: transport.data.needs,
              }}
              onDone={() => setGranting(false)}
            />
          ) : null}
          {adding ? <TripForm course={course} onDone={() => setAdding(false)} /> : null}
        </>
      )}
    </section>
  );
}

const GRANT_FIELDS = ['reason', 'from_address', 'to_address', 'needs'] as const;
const grantId = (field: string) => `transport-${field.replace(/_/g, '-')}`;

function GrantForm({ courseId, initial, onDone }: { courseId: string; initial: TransportValues; onDone: () => void }) {
  const grant = useGrantTransport(courseId);
  const [values, setValues] = useState(initial);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: 'reason' | 'from_address' | 'to_address') => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = transportMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    grant.mutate(toTransport(values), { onSuccess: onDone, onError: (error) => showProblem(error, GRANT_FIELDS, showErrors) });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="transport-form-title">
      <h3 id="transport-form-title" className="subform__legend">
        Bevilling af kørsel
      </h3>
      <ErrorSummary id="transport-errors" items={summaryItems(fieldErrors, general, GRANT_FIELDS, grantId)} revision={revision} />
      <TextField id={grantId('reason')} name="reason" label="Begrundelse" width="full" value={values.reason} onChange={set('reason')} error={fieldErrors.reason} />
      <TextField
        id={grantId('from_address')}
        name="from_address"
        label="Hentes på adressen"
        width="full"
        value={values.from_address}
        onChange={set('from_address')}
        error={fieldErrors.from_address}
      />
      <TextField
        id={grantId('to_address')}
        name="to_address"
        label="Køres til adressen"
        width="full"
        value={values.to_address}
        onChange={set('to_address')}
        error={fieldErrors.to_address}
      />
      <CheckboxGroup
        id={grantId('needs')}
        name="needs"
        legend="Behov"
        value={values.needs}
        onChange={(needs) => setValues((v) => ({ ...v, needs }))}
        options={Object.entries(TRANSPORT_NEED_LABELS).map(([value, label]) => ({ value, label }))}
        error={fieldErrors.needs}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={grant.isPending}>
          {grant.isPending ? 'Gemmer …' : 'Gem bevillingen'}
        </button>
      </div>
    </form>
  );
}

const TRIP_FIELDS = ['appointment_id', ...TRIP_TIMES] as const;
const tripId = (field: string) => `trip-${field.replace(/_/g, '-')}`;

function TripForm({ course, onDone }: { course: Course; onDone: () => void }) {
  const add = useAddTrip(course.id);
  const sessions = course.appointments.filter((a) => a.status !== 'cancelled');
  const [values, setValues] = useState<TripValues>({
    appointment_id: '',
    agreed_pickup: '',
    actual_pickup: '',
    arrival: '',
    session_end: '',
    departure: '',
    drop_off: '',
  });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof TripValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = tripMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    add.mutate(
      { appointmentId: values.appointment_id, body: toTrip(values) },
      { onSuccess: onDone, onError: (error) => showProblem(error, TRIP_FIELDS, showErrors) },
    );
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="trip-form-title">
      <h3 id="trip-form-title" className="subform__legend">
        Registrér en tur
      </h3>
      <p>Vejen ud regnes fra den aftalte afhentning til ankomsten, vejen hjem fra træningens slut til afleveringen.</p>
      <ErrorSummary id="trip-errors" items={summaryItems(fieldErrors, general, TRIP_FIELDS, tripId)} revision={revision} />
      <SelectField
        id={tripId('appointment_id')}
        name="appointment_id"
        label="Tid"
        placeholder="Vælg …"
        options={sessions.map((s) => ({ value: s.id, label: formatDateTime(s.starts_at) }))}
        value={values.appointment_id}
        onChange={set('appointment_id')}
        error={fieldErrors.appointment_id}
      />
      {TRIP_TIMES.map((time) => (
        <TextField
          key={time}
          id={tripId(time)}
          name={time}
          label={TRIP_TIME_LABELS[time]}
          type="datetime-local"
          value={values[time]}
          onChange={set(time)}
          error={fieldErrors[time]}
        />
      ))}
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Gemmer …' : 'Gem turen'}
        </button>
      </div>
    </form>
  );
}
