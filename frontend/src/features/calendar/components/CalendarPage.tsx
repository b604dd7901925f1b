import moment from 'moment';
import 'moment/locale/da';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Calendar, momentLocalizer, type View } from 'react-big-calendar';
import * as dragAndDrop from 'react-big-calendar/lib/addons/dragAndDrop';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../api/problem';
import type { CalendarEntry, CalendarQuery } from '../../../api/types';
import { SelectField, TextField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage } from '../../../components/QueryState';
import { useCurrentUser } from '../../auth/api/getSession';
import { useTherapists } from '../../cases/api/getTherapists';
import { useRooms } from '../../scheduling/api/rooms';
import { useSites } from '../../sites/api/getSites';
import { useMoveOccurrence, useTeams } from '../../teams/api/teams';
import { useCalendarEntries, useMoveAppointment } from '../api/entries';
import { keepAriaRepaired } from './ariaRepair';
import { CalendarFeedSection } from './CalendarFeedSection';
import './calendar.css';

moment.locale('da');
const localizer = momentLocalizer(moment);

interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  resourceId?: string;
  entry: CalendarEntry;
}

interface Resource {
  id: string;
  title: string;
}

// The add-on is CommonJS: depending on the bundler's interop its function is the namespace's
// default, or that default's own default.
type WithDragAndDrop = typeof dragAndDrop.default;
const dndExports = dragAndDrop as unknown as { default: WithDragAndDrop | { default: WithDragAndDrop } };
const withDragAndDrop: WithDragAndDrop =
  typeof dndExports.default === 'function' ? dndExports.default : dndExports.default.default;
const DnDCalendar = withDragAndDrop<CalendarEvent, Resource>(Calendar);

// react-big-calendar's texts in Danish.
const MESSAGES = {
  date: 'Dato',
  time: 'Tid',
  event: 'Aftale',
  allDay: 'Hele dagen',
  week: 'Uge',
  work_week: 'Arbejdsuge',
  day: 'Dag',
  month: 'Måned',
  previous: 'Forrige',
  next: 'Næste',
  yesterday: 'I går',
  tomorrow: 'I morgen',
  today: 'I dag',
  agenda: 'Liste',
  noEventsInRange: 'Ingen aftaler i perioden.',
  showMore: (total: number) => `+${total} mere`,
};

type Mode = 'staff' | 'site-staff' | 'site-room' | 'room' | 'team';
const MODES: { value: Mode; label: string }[] = [
  { value: 'staff', label: 'Terapeutens uge' },
  { value: 'site-staff', label: 'Centrets dag pr. terapeut' },
  { value: 'site-room', label: 'Centrets dag pr. lokale' },
  { value: 'room', label: 'Lokalets uge' },
  { value: 'team', label: 'Holdets holdgange' },
];

const isoDay = (d: Date) => moment(d).format('YYYY-MM-DD');

/** The period a view shows: a day, or its Monday-to-Sunday week. */
function period(date: Date, view: View): { first: string; last: string } {
  if (view === 'day') return { first: isoDay(date), last: isoDay(date) };
  const monday = moment(date).startOf('isoWeek');
  return { first: monday.format('YYYY-MM-DD'), last: monday.clone().add(6, 'days').format('YYYY-MM-DD') };
}

/** Kalender: a therapist's week, a site's day by therapist or room, a room's week, a team's occurrences. */
const DISCIPLINE_OF_STAFF: Record<string, string> = {
  physiotherapy: 'fysioterapeut',
  occupational_therapy: 'ergoterapeut',
};

/** A member of staff as the calendar lists them: the name, and the discipline when recorded. */
export function staffTitle(staff: { display_name: string; discipline?: string | null }): string {
  const discipline = staff.discipline ? DISCIPLINE_OF_STAFF[staff.discipline] : undefined;
  return discipline ? `${staff.display_name} (${discipline})` : staff.display_name;
}

export function CalendarPage() {
  const [params] = useSearchParams();
  const user = useCurrentUser();
  const [mode, setMode] = useState<Mode>(params.get('hold') ? 'team' : 'staff');
  const [staffId, setStaffId] = useState(user?.id ?? '');
  const [siteId, setSiteId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [teamId, setTeamId] = useState(params.get('hold') ?? '');
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<View>(mode.startsWith('site') ? 'day' : 'week');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const therapists = useTherapists();
  const sites = useSites();
  const rooms = useRooms(siteId);
  const teams = useTeams();
  const moveAppointment = useMoveAppointment();
  const moveOccurrence = useMoveOccurrence();

  const query: CalendarQuery = {
    ...period(date, view),
    ...(mode === 'staff' && staffId ? { staff_id: staffId } : {}),
    ...(mode.startsWith('site') && siteId ? { site_id: siteId } : {}),
    ...(mode === 'room' && roomId ? { room_id: roomId } : {}),
    ...(mode === 'team' && teamId ? { team_id: teamId } : {}),
  };
  const entries = useCalendarEntries(query);
  const calendarBox = useRef<HTMLDivElement>(null);
  useEffect(() => (calendarBox.current ? keepAriaRepaired(calendarBox.current) : undefined), []);

  const resources: Resource[] | undefined = useMemo(() => {
    if (mode === 'site-staff')
      return (therapists.data ?? [])
        .filter((t) => !siteId || t.site_ids.includes(siteId))
        .map((t) => ({ id: t.id, title: staffTitle(t) }));
    if (mode === 'site-room') return (rooms.data ?? []).map((r) => ({ id: r.id, title: r.name }));
    return undefined;
  }, [mode, therapists.data, rooms.data, siteId]);

  const events: CalendarEvent[] = (entries.data ?? []).flatMap((e) => {
    const base = { id: e.id, title: e.title, start: new Date(e.starts_at), end: new Date(e.ends_at), entry: e };
    if (mode === 'site-staff') return e.staff_ids.map((s) => ({ ...base, resourceId: s }));
    if (mode === 'site-room') return e.room_id ? [{ ...base, resourceId: e.room_id }] : [];
    return [base];
  });

  const drop = ({ event, start, end }: EventInteractionArgs<CalendarEvent>) => {
    const startsAt = new Date(start).toISOString();
    const endsAt = new Date(end).toISOString();
    const done = {
      onSuccess: () => setMessage({ text: `${event.title} er flyttet.`, error: false }),
      onError: (error: unknown) => setMessage({ text: `Kunne ikke flytte: ${describeError(error)}`, error: true }),
    };
    if (event.entry.kind === 'appointment') moveAppointment.mutate({ id: event.id, startsAt, endsAt }, done);
    else if (event.entry.team_id && event.entry.planned_on)
      moveOccurrence.mutate({ teamId: event.entry.team_id, plannedOn: event.entry.planned_on, startsAt, endsAt }, done);
  };

  const options = (items: { id: string; name: string }[] | undefined) =>
    (items ?? []).map((i) => ({ value: i.id, label: i.name }));

  return (
    <div className="calendar-page">
      <PageTitle>Kalender</PageTitle>
      <div className="calendar-page__controls">
        <SelectField
          id="calendar-mode"
          name="mode"
          label="Visning"
          options={MODES}
          value={mode}
          onChange={(v) => {
            setMode(v as Mode);
            setView(v.startsWith('site') ? 'day' : 'week');
          }}
        />
        {mode === 'staff' ? (
          <SelectField
            id="calendar-staff"
            name="staff"
            label="Terapeut"
            placeholder="Vælg …"
            options={(therapists.data ?? []).map((t) => ({ value: t.id, label: staffTitle(t) }))}
            value={staffId}
            onChange={setStaffId}
          />
        ) : null}
        {mode.startsWith('site') || mode === 'room' ? (
          <SelectField id="calendar-site" name="site" label="Træningscenter" placeholder="Vælg …" options={options(sites.data)} value={siteId} onChange={setSiteId} />
        ) : null}
        {mode === 'room' ? (
          <SelectField id="calendar-room" name="room" label="Lokale" placeholder="Vælg …" options={options(rooms.data)} value={roomId} onChange={setRoomId} />
        ) : null}
        {mode === 'team' ? (
          <SelectField id="calendar-team" name="team" label="Hold" placeholder="Vælg …" options={options(teams.data)} value={teamId} onChange={setTeamId} />
        ) : null}
        <TextField
          id="calendar-date"
          name="date"
          type="date"
          label="Dato"
          value={isoDay(date)}
          onChange={(v) => (v ? setDate(moment(v, 'YYYY-MM-DD').toDate()) : undefined)}
        />
      </div>
      <p className="calendar-page__hint">Træk en aftale eller en holdgang til en ny tid for at flytte den; serveren tjekker den nye tid som en ny booking.</p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : 'notice'}>
          {message.text}
        </p>
      ) : null}
      {entries.isError ? <ErrorMessage error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      <div className="calendar-page__calendar" ref={calendarBox}>
        <DnDCalendar
          localizer={localizer}
          culture="da"
          messages={MESSAGES}
          events={events}
          resources={resources}
          resourceIdAccessor={(r) => r.id}
          resourceTitleAccessor={(r) => r.title}
          views={['week', 'day', 'agenda']}
          view={view}
          onView={setView}
          date={date}
          onNavigate={setDate}
          min={new Date(1970, 0, 1, 7, 0)}
          max={new Date(1970, 0, 1, 19, 0)}
          step={15}
          timeslots={4}
          onEventDrop={drop}
          resizable={false}
          popup
        />
      </div>
      <CalendarFeedSection />
    </div>
  );
}
