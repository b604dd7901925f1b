import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, describeError } from '../../../api/problem';
import type { Course, FreeSeat, Proposal, Proposals, SeriesAnswer, TrainingPlanChannel } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday, formatDateTime } from '../../../lib/dates';
import { useTherapists } from '../../cases/api/getTherapists';
import { useRooms } from '../../scheduling/api/rooms';
import { useJoinWaitingList, useTakeSeat } from '../../teams/api/teams';
import { useProposals, useSeries } from '../api/assistant';
import { useBookableStaff } from '../api/bookableStaff';
import { showProblem } from './showProblem';
import { PLAN_CHANNEL_LABELS } from './TrainingPlanSection';
import {
  ASSISTANT_FIELDS,
  assistantErrors,
  describeSeriesDate,
  emptyAssistant,
  seriesCounts,
  seriesHeadline,
  timeRange,
  toProposalsRequest,
  type AssistantValues,
} from './assistantForm';

const idFor = (field: string) => `assistant-${field.replace(/_/g, '-')}`;

interface Series {
  from: Proposal;
  weeks: number;
  answer: SeriesAnswer | null;
}

/** The citizen's plan with a saved series: how it goes out, or not now. */
const PLAN_CHOICES = [
  { value: '', label: 'Ingen plan nu' },
  ...(Object.keys(PLAN_CHANNEL_LABELS) as TrainingPlanChannel[]).map((value) => ({
    value,
    label: PLAN_CHANNEL_LABELS[value],
  })),
];

/**
 * Bookingassistent: the next free individual times for the course (a chosen therapist, or any
 * at its site) and the site's teams with a free seat. A proposal is booked as a weekly series in
 * one step: first a trial booking showing every date with the reason it is refused, then saved.
 * A seat is taken from the free seats; a class filled meanwhile answers 409 and offers its
 * waiting list.
 */
export function AssistantSection({ course }: { course: Course }) {
  const siteId = course.site_id ?? '';
  const bookable = useBookableStaff(course.id);
  const therapists = useTherapists();
  const rooms = useRooms(siteId);
  const proposals = useProposals(course.id);
  const series = useSeries(course.id);
  const [values, setValues] = useState<AssistantValues>(() => emptyAssistant(copenhagenToday()));
  const [found, setFound] = useState<Proposals | null>(null);
  const [chosen, setChosen] = useState<Series | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof AssistantValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const staffOptions = (bookable.data?.staff ?? [])
    .filter((s) => s.provider === 'therapist')
    .map((s) => ({ value: s.id, label: s.display_name }));
  const staffName = (id: string) =>
    staffOptions.find((s) => s.value === id)?.label ?? therapists.data?.find((t) => t.id === id)?.display_name ?? 'Terapeut';
  const roomName = (id: string) => rooms.data?.find((r) => r.id === id)?.name ?? 'Lokale';

  if (!course.site_id) {
    return (
      <section className="panel" aria-labelledby="course-assistant">
        <h2 id="course-assistant" className="panel__title">
          Bookingassistent
        </h2>
        <p className="empty">Forløbet hører ikke til et træningscenter, så assistenten kan ikke foreslå tider.</p>
      </section>
    );
  }

  const search = (e: FormEvent) => {
    e.preventDefault();
    const errors = assistantErrors(values);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    setChosen(null);
    series.reset();
    proposals.mutate(toProposalsRequest(values), {
      onSuccess: setFound,
      onError: (error) => showProblem(error, ASSISTANT_FIELDS, showErrors),
    });
  };

  const body = (from: Proposal, weeks: number, commit: boolean, plan: TrainingPlanChannel | null = null) => ({
    starts_at: from.starts_at,
    ends_at: from.ends_at,
    therapist_id: from.therapist_id,
    room_id: from.room_id,
    weeks,
    commit,
    plan_channel: plan,
  });
  const tryOut = (from: Proposal) => {
    const weeks = Number(values.weeks);
    if (!(weeks >= 1 && weeks <= 52)) {
      showErrors(assistantErrors(values), []);
      return;
    }
    setChosen({ from, weeks, answer: null });
    series.mutate(body(from, weeks, false), {
      onSuccess: (answer) => setChosen({ from, weeks, answer }),
    });
  };
  const save = (plan: TrainingPlanChannel | null) => {
    if (!chosen) return;
    series.mutate(body(chosen.from, chosen.weeks, true, plan), {
      onSuccess: (answer) => {
        setChosen({ ...chosen, answer });
        setFound(null);
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="course-assistant">
      <h2 id="course-assistant" className="panel__title">
        Bookingassistent
      </h2>
      <form className="subform" noValidate onSubmit={search} aria-labelledby="assistant-search-title">
        <h3 id="assistant-search-title" className="subform__legend">
          Find ledige tider
        </h3>
        <p className="field__hint">
          Forslagene holder sig inden for terapeutens arbejdstid og fravær, lokalernes pladser, lukkedage, borgerens
          andre aftaler og forløbets ugentlige grænse.
        </p>
        <ErrorSummary
          id="assistant-errors"
          items={summaryItems(fieldErrors, general, ASSISTANT_FIELDS, idFor)}
          revision={revision}
          title="Der blev ikke søgt"
        />
        <SelectField
          id={idFor('therapist_id')}
          name="therapist_id"
          label="Terapeut"
          placeholder="Alle terapeuter på centret"
          options={staffOptions}
          value={values.therapist_id}
          onChange={set('therapist_id')}
          error={fieldErrors.therapist_id}
        />
        <div className="inline-fields">
          <TextField
            id={idFor('from_day')}
            name="from_day"
            label="Fra dato"
            type="date"
            width="short"
            value={values.from_day}
            onChange={set('from_day')}
            error={fieldErrors.from_day}
          />
          <TextField
            id={idFor('horizon_days')}
            name="horizon_days"
            label="Antal dage frem"
            hint="1 til 56."
            inputMode="numeric"
            width="short"
            value={values.horizon_days}
            onChange={set('horizon_days')}
            error={fieldErrors.horizon_days}
          />
        </div>
        <div className="inline-fields">
          <TextField
            id={idFor('minutes')}
            name="minutes"
            label="Varighed (minutter)"
            inputMode="numeric"
            width="short"
            value={values.minutes}
            onChange={set('minutes')}
            error={fieldErrors.minutes}
          />
          <TextField
            id={idFor('limit')}
            name="limit"
            label="Antal forslag"
            hint="Højst ét om dagen."
            inputMode="numeric"
            width="short"
            value={values.limit}
            onChange={set('limit')}
            error={fieldErrors.limit}
          />
          <TextField
            id={idFor('weeks')}
            name="weeks"
            label="Antal uger i serien"
            hint="Samme ugedag og tid hver uge."
            inputMode="numeric"
            width="short"
            value={values.weeks}
            onChange={set('weeks')}
            error={fieldErrors.weeks}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={proposals.isPending}>
            {proposals.isPending ? 'Søger …' : 'Find ledige tider'}
          </button>
        </div>
      </form>
      {found ? (
        <>
          <ProposalList found={found} staffName={staffName} roomName={roomName} onTry={tryOut} busy={series.isPending} />
          <FreeSeats courseId={course.id} seats={found.free_seats} />
        </>
      ) : null}
      {chosen ? (
        <SeriesPanel
          series={chosen}
          staffName={staffName}
          roomName={roomName}
          pending={series.isPending}
          error={series.isError ? series.error : null}
          onSave={save}
          onRetry={() => tryOut(chosen.from)}
        />
      ) : null}
    </section>
  );
}

function ProposalList({
  found,
  staffName,
  roomName,
  onTry,
  busy,
}: {
  found: Proposals;
  staffName: (id: string) => string;
  roomName: (id: string) => string;
  onTry: (p: Proposal) => void;
  busy: boolean;
}) {
  return (
    <div className="assistant-results">
      <h3 id="assistant-proposals" className="subform__legend">
        Forslag til individuelle tider
      </h3>
      {found.proposals.length === 0 ? (
        <p className="empty" role="status">
          Ingen ledige tider i perioden. Prøv flere dage frem eller en anden terapeut.
        </p>
      ) : (
        <ul className="record-list" aria-labelledby="assistant-proposals">
          {found.proposals.map((p) => {
            const when = timeRange(p.starts_at, p.ends_at);
            return (
              <li key={`${p.starts_at}-${p.therapist_id}`} className="assistant-proposal">
                <p className="record-list__title">{when}</p>
                <p>
                  {staffName(p.therapist_id)} · {roomName(p.room_id)}
                </p>
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => onTry(p)}>
                  Prøvebook serie<span className="visually-hidden"> fra {when}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function SeriesPanel({
  series,
  staffName,
  roomName,
  pending,
  error,
  onSave,
  onRetry,
}: {
  series: Series;
  staffName: (id: string) => string;
  roomName: (id: string) => string;
  pending: boolean;
  error: Error | null;
  onSave: (plan: TrainingPlanChannel | null) => void;
  onRetry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [plan, setPlan] = useState('');
  const { answer, from, weeks } = series;
  // The answer replaces the proposals the user acted on: take focus to it.
  useEffect(() => {
    if (answer) heading.current?.focus();
  }, [answer]);
  const counts = answer ? seriesCounts(answer) : null;
  const taken = error instanceof ApiError && error.status === 409;
  return (
    <section className="assistant-series" aria-labelledby="assistant-series-title">
      <h3 id="assistant-series-title" className="subform__legend" tabIndex={-1} ref={heading}>
        Serie: {weeks} {weeks === 1 ? 'uge' : 'uger'} fra {formatDateTime(from.starts_at)}
      </h3>
      <p>
        {staffName(from.therapist_id)} · {roomName(from.room_id)}
      </p>
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>
            {taken ? 'Serien blev ikke gemt: en af tiderne er taget siden prøvebookingen. Intet er booket. ' : ''}
            {describeError(error)}
          </p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Prøvebook igen
          </button>
        </div>
      ) : null}
      {pending && !answer ? <p role="status">Prøvebooker …</p> : null}
      {answer ? (
        <>
          <p role="status" className={answer.committed ? 'notice notice--success' : undefined}>
            {seriesHeadline(answer)}
          </p>
          <ul className="series-results" aria-label="Seriens datoer">
            {answer.dates.map((d) => (
              <li key={d.starts_at} className={d.refused_rule ? 'series-results__refused' : 'series-results__ok'}>
                {describeSeriesDate(d)}
              </li>
            ))}
          </ul>
          {answer.training_plan ? (
            <p role="status">
              Træningsplanen med {answer.training_plan.sessions}{' '}
              {answer.training_plan.sessions === 1 ? 'tid' : 'tider'} er gemt som brev (
              {PLAN_CHANNEL_LABELS[answer.training_plan.channel].toLowerCase()}).
            </p>
          ) : null}
          {!answer.committed && counts && counts.free > 0 ? (
            <div className="form__actions">
              <SelectField
                id="assistant-plan-channel"
                name="plan_channel"
                label="Træningsplan til borgeren"
                hint="Planen viser alle borgerens kommende tider med sted og adresse."
                value={plan}
                onChange={setPlan}
                options={PLAN_CHOICES}
              />
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => onSave(plan === '' ? null : (plan as TrainingPlanChannel))}
              >
                {pending ? 'Gemmer …' : `Gem serien (${counts.free === 1 ? '1 tid' : `${counts.free} tider`})`}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function FreeSeats({ courseId, seats }: { courseId: string; seats: FreeSeat[] }) {
  const take = useTakeSeat();
  const wait = useJoinWaitingList();
  const [full, setFull] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const seat = (s: FreeSeat) =>
    take.mutate(
      { teamId: s.team_id, courseId },
      {
        onSuccess: () => {
          setFull(null);
          setMessage({ text: `Borgeren har fået plads på ${s.name}.`, error: false });
        },
        onError: (error) => {
          const offered = error instanceof ApiError && error.status === 409 && error.problem.rule === 'team_full';
          setFull(offered ? s.team_id : null);
          setMessage({ text: describeError(error), error: true });
        },
      },
    );
  const join = (s: FreeSeat) =>
    wait.mutate(
      { teamId: s.team_id, courseId },
      {
        onSuccess: () => {
          setFull(null);
          setMessage({ text: `Borgeren står nu på ventelisten til ${s.name}.`, error: false });
        },
        onError: (error) => setMessage({ text: describeError(error), error: true }),
      },
    );
  return (
    <div className="assistant-results">
      <h3 id="assistant-seats" className="subform__legend">
        Ledige holdpladser
      </h3>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : 'notice notice--success'}>
          {message.text}
        </p>
      ) : null}
      {seats.length === 0 ? (
        <p className="empty">Ingen hold på centret har en ledig plads til forløbet.</p>
      ) : (
        <ul className="record-list" aria-labelledby="assistant-seats">
          {seats.map((s) => (
            <li key={s.team_id}>
              <p className="record-list__title">
                <Link to={`/hold/${s.team_id}`}>{s.name}</Link>
              </p>
              <p>
                {s.free_seats === 1 ? '1 ledig plads' : `${s.free_seats} ledige pladser`}
                {s.next_occurrence_at ? ` · næste gang ${formatDateTime(s.next_occurrence_at)}` : ''}
              </p>
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={take.isPending}
                  onClick={() => seat(s)}
                >
                  Tag plads<span className="visually-hidden"> på {s.name}</span>
                </button>
                {full === s.team_id ? (
                  <button type="button" className="button" disabled={wait.isPending} onClick={() => join(s)}>
                    Skriv på venteliste<span className="visually-hidden"> til {s.name}</span>
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
