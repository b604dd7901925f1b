import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DaySession, MyDayItem } from '../../../api/types';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateLong, formatDateTime, copenhagenToday } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useDayClasses, useDaySessions } from '../../attendance/api/attendance';
import { ClassKeys, ClassRegistration } from '../../attendance/components/ClassRegistration';
import { SessionKeys, SessionRegistration } from '../../attendance/components/SessionRegistration';
import { useCurrentUser } from '../../auth/api/getSession';
import { can } from '../../../lib/permissions';
import { useSites } from '../../sites/api/getSites';
import { useMyDay } from '../api/getMyDay';
import { useRooms } from '../api/rooms';
import { DISCIPLINE_LABELS, PLACE_LABELS } from '../labels';
import './scheduling.css';

const clock = (iso: string) => formatDateTime(iso).slice(-5);

/** A phone number as a tel: link target: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function RoomName({ siteId, roomId }: { siteId: string; roomId: string }) {
  const room = useRooms(siteId).data?.find((r) => r.id === roomId);
  return room ? <>, {room.name}</> : null;
}

interface Registering {
  session: DaySession;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

function Session({ item, registering }: { item: MyDayItem; registering?: Registering }) {
  const sites = useSites();
  const site = sites.data?.find((s) => s.id === item.site_id);
  const away = item.place !== 'site';
  return (
    <li className={`day-item${item.status === 'cancelled' ? ' day-item--cancelled' : ''}`}>
      <h2 className="day-item__time">
        <time dateTime={item.starts_at}>{clock(item.starts_at)}</time>–<time dateTime={item.ends_at}>{clock(item.ends_at)}</time>
        <span className="visually-hidden">: </span>
        <span className="day-item__name">{item.citizen_name}</span>
      </h2>
      {item.status === 'cancelled' ? <p className="pill pill--muted">Afbud</p> : null}
      <dl className="details details--compact">
        <dt>Sted</dt>
        <dd>
          {away ? labelFor(PLACE_LABELS, item.place) : (site?.name ?? labelFor(PLACE_LABELS, item.place))}
          {!away && item.site_id && item.room_id ? <RoomName siteId={item.site_id} roomId={item.room_id} /> : null}
        </dd>
        {away && item.address ? (
          <>
            <dt>Adresse</dt>
            <dd>{item.address}</dd>
          </>
        ) : null}
        <dt>Telefon</dt>
        <dd>
          {item.citizen_phone ? (
            <a href={telHref(item.citizen_phone)}>
              {item.citizen_phone}
              <span className="visually-hidden"> (ring til {item.citizen_name})</span>
            </a>
          ) : (
            'Ikke oplyst'
          )}
        </dd>
        {item.discipline ? (
          <>
            <dt>Faglighed</dt>
            <dd>{labelFor(DISCIPLINE_LABELS, item.discipline)}</dd>
          </>
        ) : null}
      </dl>
      {registering ? (
        <div className="day-item__attendance">
          {!registering.session.begun ? (
            <p className="cell-sub">Tiden er ikke begyndt: kun afbud kan registreres.</p>
          ) : null}
          <SessionRegistration
            item={registering.session}
            keysId="my-day-keys"
            onDone={registering.onDone}
            onError={registering.onError}
          />
        </div>
      ) : null}
      {item.course_id ? (
        <Link to={`/forloeb/${item.course_id}`}>
          Åbn forløbet<span className="visually-hidden"> for {item.citizen_name}</span>
        </Link>
      ) : null}
    </li>
  );
}

/** Min dag: the user's sessions today, made for a phone: time, place, the citizen and how to reach them. */
/** The caller's classes today, each registered as on the quick registration's page. */
function MyClasses() {
  const user = useCurrentUser();
  const classes = useDayClasses(user?.id ?? '', copenhagenToday());
  const mayWrite = user ? can(user, 'courses.write') : false;
  if (!user || classes.isPending || classes.isError || classes.data.length === 0) return null;
  return (
    <section aria-labelledby="my-classes" className="my-day__classes">
      <h2 id="my-classes">Dagens hold</h2>
      <ClassKeys />
      <ul className="class-list" aria-label="Dagens holdgange">
        {classes.data.map((session) => (
          <li key={session.occurrence_id}>
            <ClassRegistration session={session} mayWrite={mayWrite} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MyDayPage() {
  const day = useMyDay();
  const user = useCurrentUser();
  const today = copenhagenToday();
  const mayWrite = user ? can(user, 'courses.write') : false;
  // The same day as the Fremmøde page reads it: each appointment's registration in force.
  const sessions = useDaySessions(mayWrite && user ? user.id : '', today);
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const byAppointment = new Map((mayWrite ? (sessions.data ?? []) : []).map((s) => [s.appointment_id, s]));
  const registering = (item: MyDayItem): Registering | undefined => {
    const session = byAppointment.get(item.id);
    if (!session) return undefined;
    return {
      session,
      onDone: (message) => {
        setProblem('');
        setStatus(message);
        void queryClient.invalidateQueries({ queryKey: ['my-day'] });
      },
      onError: setProblem,
    };
  };
  return (
    <div className="my-day">
      <PageTitle>Min dag</PageTitle>
      <p>{formatDateLong(today)}</p>
      <p>
        <Link to="/fremmoede">Registrér fremmøde for dagens tider</Link>
      </p>
      {byAppointment.size > 0 ? <SessionKeys id="my-day-keys" /> : null}
      <p role="status" aria-live="polite" className="quick__status">
        {status}
      </p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {day.isPending ? (
        <Loading />
      ) : day.isError ? (
        <ErrorMessage error={day.error} onRetry={() => void day.refetch()} />
      ) : day.data.length === 0 ? (
        <p className="empty">Du har ingen aftaler i dag.</p>
      ) : (
        <ol className="day-list" aria-label="Dagens aftaler">
          {[...day.data]
            .sort((a, b) => a.starts_at.localeCompare(b.starts_at))
            .map((item) => (
              <Session key={item.id} item={item} registering={registering(item)} />
            ))}
        </ol>
      )}
      <MyClasses />
    </div>
  );
}
