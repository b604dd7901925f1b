import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { useTherapists } from '../../cases/api/getTherapists';
import { useRooms } from '../../scheduling/api/rooms';
import { useSites } from '../../sites/api/getSites';
import { useCreateTeam, useTeams } from '../api/teams';
import { DISCIPLINES, WEEKDAYS } from '../labels';
import './teams.css';

/** Hold: the centre's teams, and a new team for the team leader. */
export function TeamsPage() {
  const teams = useTeams();
  const sites = useSites();
  const user = useCurrentUser();
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? '';
  return (
    <div className="teams-page">
      <PageTitle>Hold</PageTitle>
      {teams.isPending ? <Loading /> : null}
      {teams.isError ? <ErrorMessage error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {teams.data && teams.data.length === 0 ? <p className="empty">Der er ingen hold endnu.</p> : null}
      {teams.data && teams.data.length > 0 ? (
        <ul className="team-list">
          {teams.data.map((t) => (
            <li key={t.id}>
              <Link to={`/hold/${t.id}`}>{t.name}</Link> · {siteName(t.site_id)} ·{' '}
              {t.weekly_times.map((w) => `${WEEKDAYS[w.weekday]} ${w.starts}-${w.ends}`).join(', ')} · {t.seats_taken} af{' '}
              {t.capacity} pladser taget
            </li>
          ))}
        </ul>
      ) : null}
      {can(user, 'scheduling.manage') ? <TeamForm /> : null}
    </div>
  );
}

const FIELDS = ['name', 'site_id', 'room_id', 'discipline', 'weekly_times', 'capacity', 'therapist_ids', 'starts_on', 'ends_on'] as const;
const idFor = (field: string) => `team-${field.replace('_', '-')}`;

function TeamForm() {
  const sites = useSites();
  const therapists = useTherapists();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const [siteId, setSiteId] = useState('');
  const rooms = useRooms(siteId);
  const [roomId, setRoomId] = useState('');
  const [discipline, setDiscipline] = useState('physiotherapy');
  const [weekday, setWeekday] = useState('2');
  const [starts, setStarts] = useState('10:00');
  const [ends, setEnds] = useState('11:00');
  const [capacity, setCapacity] = useState('8');
  const [therapist, setTherapist] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = 'Skriv holdets navn.';
    if (!siteId) missing.site_id = 'Vælg træningscenter.';
    if (!roomId) missing.room_id = 'Vælg lokale.';
    if (!therapist) missing.therapist_ids = 'Vælg en terapeut.';
    if (!startsOn) missing.starts_on = 'Vælg første dag.';
    if (!endsOn) missing.ends_on = 'Vælg sidste dag.';
    if (!Number.isInteger(Number(capacity))) missing.capacity = 'Skriv et helt tal.';
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    create.mutate(
      {
        name: name.trim(),
        site_id: siteId,
        room_id: roomId,
        discipline: discipline as 'physiotherapy' | 'occupational_therapy',
        weekly_times: [{ weekday: Number(weekday), starts, ends }],
        capacity: Number(capacity),
        therapist_ids: [therapist],
        starts_on: startsOn,
        ends_on: endsOn,
      },
      {
        onSuccess: (team) => setCreated({ id: team.id, name: team.name }),
        onError: (error) => {
          if (error instanceof ApiError) {
            const mapped = problemToFormErrors(error.problem, FIELDS);
            showErrors(mapped.fields, mapped.general);
          } else showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        },
      },
    );
  };

  return (
    <form className="panel subform" noValidate onSubmit={submit} aria-labelledby="team-form-title">
      <h2 id="team-form-title" className="panel__title">
        Nyt hold
      </h2>
      <ErrorSummary id="team-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <TextField id="team-name" name="name" label="Navn" value={name} onChange={setName} maxLength={100} error={fieldErrors.name} />
      <SelectField
        id="team-site-id"
        name="site"
        label="Træningscenter"
        placeholder="Vælg …"
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={siteId}
        onChange={(v) => {
          setSiteId(v);
          setRoomId('');
        }}
        error={fieldErrors.site_id}
      />
      <SelectField
        id="team-room-id"
        name="room"
        label="Lokale"
        placeholder="Vælg …"
        options={(rooms.data ?? []).map((r) => ({ value: r.id, label: `${r.name} (plads til ${r.capacity})` }))}
        value={roomId}
        onChange={setRoomId}
        error={fieldErrors.room_id}
      />
      <SelectField
        id="team-discipline"
        name="discipline"
        label="Faglighed"
        options={Object.entries(DISCIPLINES).map(([value, label]) => ({ value, label }))}
        value={discipline}
        onChange={setDiscipline}
        error={fieldErrors.discipline}
      />
      <SelectField
        id="team-weekly-times"
        name="weekday"
        label="Ugedag"
        options={Object.entries(WEEKDAYS).map(([value, label]) => ({ value, label }))}
        value={weekday}
        onChange={setWeekday}
        error={fieldErrors.weekly_times}
      />
      <div className="team-form__times">
        <TextField id="team-starts" name="starts" label="Fra kl." value={starts} onChange={setStarts} width="short" />
        <TextField id="team-ends" name="ends" label="Til kl." value={ends} onChange={setEnds} width="short" />
      </div>
      <TextField
        id="team-capacity"
        name="capacity"
        label="Pladser"
        inputMode="numeric"
        width="short"
        value={capacity}
        onChange={setCapacity}
        error={fieldErrors.capacity}
      />
      <SelectField
        id="team-therapist-ids"
        name="therapist"
        label="Terapeut"
        placeholder="Vælg …"
        options={(therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }))}
        value={therapist}
        onChange={setTherapist}
        error={fieldErrors.therapist_ids}
      />
      <TextField id="team-starts-on" name="starts_on" type="date" label="Første dag" value={startsOn} onChange={setStartsOn} error={fieldErrors.starts_on} />
      <TextField id="team-ends-on" name="ends_on" type="date" label="Sidste dag" value={endsOn} onChange={setEndsOn} error={fieldErrors.ends_on} />
      <button type="submit" className="button" disabled={create.isPending}>
        Opret hold
      </button>
      {created ? (
        <p role="status">
          Holdet er oprettet: <Link to={`/hold/${created.id}`}>{created.name}</Link>
        </p>
      ) : null}
    </form>
  );
}
