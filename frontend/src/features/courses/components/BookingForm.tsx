import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDateTime } from '../../../lib/dates';
import { useHomeHelpers } from '../../scheduling/api/homeHelpers';
import { useRooms } from '../../scheduling/api/rooms';
import { useSites } from '../../sites/api/getSites';
import { book } from '../api/appointments';
import { useBookableStaff } from '../api/bookableStaff';
import { courseQueryOptions } from '../api/getCourse';
import { DISCIPLINE_LABELS, PLACE_LABELS, PROVIDER_LABELS, PURPOSE_LABELS } from '../labels';
import {
  BOOKING_FIELDS,
  describeResult,
  emptyBooking,
  missingFields,
  refusalMessage,
  seriesDates,
  toBooking,
  type BookingValues,
  type SeriesResult,
} from './bookingForm';

const ID_FOR: Record<string, string> = { starts_at: 'booking-start', ends_at: 'booking-end', kind: 'booking-kind' };
const idFor = (field: string) => ID_FOR[field] ?? `booking-${field.replace(/_/g, '-')}`;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "07.12.2026 kl. 09.00–09.45". */
const timeRange = (startsAt: string, endsAt: string) => `${formatDateTime(startsAt)}–${formatDateTime(endsAt).slice(-5)}`;

/**
 * Book an individual appointment of the course, or the same time for several weeks in a row
 * (one request per date). The staff offered are the course's bookable staff: the therapists, and
 * for vedligeholdende training the training assistants of its site and the home helpers, each
 * with the supervising therapist. The server's refusals are shown at the field they name: a clash with
 * the booking met, a frequency breach with the week's limit and the ISO week.
 */
export function BookingForm({ course }: { course: Course }) {
  const queryClient = useQueryClient();
  const bookable = useBookableStaff(course.id);
  const maintenance = bookable.data?.maintenance ?? false;
  const staffOf = (provider: string) =>
    (bookable.data?.staff ?? []).filter((s) => s.provider === provider).map((s) => ({ value: s.id, label: s.display_name }));
  const therapists = staffOf('therapist');
  const assistants = staffOf('training_assistant');
  const helpers = useHomeHelpers();
  const sites = useSites();
  const [values, setValues] = useState<BookingValues>(() =>
    emptyBooking({
      staff_id: course.therapist_ids[0] ?? '',
      site_id: course.site_id ?? '',
      discipline: course.disciplines[0] ?? '',
      kind: course.form === 'individual_at_home' ? 'home' : 'site',
    }),
  );
  const rooms = useRooms(values.kind === 'site' ? values.site_id : '');
  const [pending, setPending] = useState(false);
  const [results, setResults] = useState<SeriesResult[]>([]);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof BookingValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const providers = [
    { value: 'therapist', label: `En ${PROVIDER_LABELS.therapist!.toLowerCase()}` },
    ...(maintenance
      ? [
          ...(assistants.length > 0
            ? [{ value: 'training_assistant', label: `En ${PROVIDER_LABELS.training_assistant!.toLowerCase()} (under supervision)` }]
            : []),
          { value: 'home_helper', label: `En ${PROVIDER_LABELS.home_helper!.toLowerCase()} (under supervision)` },
        ]
      : []),
  ];
  // Another provider: the member of staff chosen for the last one no longer fits.
  const chooseProvider = (value: string) =>
    setValues((v) => ({ ...v, provider: value as BookingValues['provider'], staff_id: value === 'therapist' ? (course.therapist_ids[0] ?? '') : '' }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResults([]);
    const missing = missingFields(values);
    if (Object.keys(missing).length > 0) {
      showErrors(missing, []);
      return;
    }
    clearErrors();
    setPending(true);
    // The course's bookings and the ones just made: a clash names one of them, shown by its time.
    const known = new Map(course.appointments.map((a) => [a.id, timeRange(a.starts_at, a.ends_at)]));
    const lookup = (id: string) => known.get(id) ?? null;
    const dates = seriesDates(values.date, Number(values.weeks));
    const done: SeriesResult[] = [];
    let lastRefusal: ApiError | null = null;
    let offline = false;
    for (const date of dates) {
      try {
        const booked = await book(toBooking(course.id, values, date));
        known.set(booked.id, timeRange(booked.starts_at, booked.ends_at));
        done.push({ date, booked: true });
      } catch (error) {
        if (!(error instanceof ApiError)) {
          offline = true;
          break;
        }
        lastRefusal = error;
        done.push({ date, booked: false, message: refusalMessage(error.problem, lookup) });
      }
    }
    setPending(false);
    await queryClient.invalidateQueries({ queryKey: courseQueryOptions(course.id).queryKey });
    if (offline) {
      showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
    } else if (dates.length === 1 && lastRefusal) {
      // One appointment: the refusal at its field, with what it names.
      const mapped = problemToFormErrors(lastRefusal.problem, BOOKING_FIELDS);
      const named = refusalMessage(lastRefusal.problem, lookup);
      const field = Object.keys(mapped.fields)[0];
      if (field) showErrors({ ...mapped.fields, [field]: named }, mapped.general);
      else showErrors({}, [named]);
    } else if (done.some((r) => !r.booked)) {
      showErrors({}, []);
    }
    setResults(done);
  };

  const refused = results.filter((r) => !r.booked);
  const bookedCount = results.length - refused.length;
  const seriesItems =
    results.length > 1 ? refused.map((r) => ({ targetId: 'booking-start', message: describeResult(r) })) : [];

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="booking-title">
      <h3 id="booking-title" className="subform__legend">
        Book individuel tid
      </h3>
      <ErrorSummary
        id="booking-errors"
        items={[...summaryItems(fieldErrors, general, BOOKING_FIELDS, idFor), ...seriesItems]}
        revision={revision}
        title={
          results.length > 1 ? `${refused.length} af ${results.length} tider blev ikke booket` : 'Tiden blev ikke booket'
        }
      />
      {bookedCount > 0 ? (
        <p className="notice notice--success" role="status">
          {bookedCount === 1 ? 'Tiden er booket.' : `${bookedCount} tider er booket.`}
        </p>
      ) : null}
      <div className="inline-fields">
        <SelectField
          id={idFor('purpose')}
          name="purpose"
          label="Formål"
          options={options({ training: PURPOSE_LABELS.training!, follow_up: PURPOSE_LABELS.follow_up! })}
          value={values.purpose}
          onChange={set('purpose')}
          error={fieldErrors.purpose}
        />
        <SelectField
          id={idFor('discipline')}
          name="discipline"
          label="Faglighed"
          optional
          placeholder="Ikke angivet"
          options={options(DISCIPLINE_LABELS)}
          value={values.discipline}
          onChange={set('discipline')}
          error={fieldErrors.discipline}
        />
      </div>
      {providers.length > 1 ? (
        <RadioGroup
          id={idFor('provider')}
          name="provider"
          legend="Hvem giver træningen"
          hint="Vedligeholdende træning kan gives af en terapeutassistent eller hjemmehjælper under en terapeuts supervision."
          options={providers}
          value={values.provider}
          onChange={chooseProvider}
          error={fieldErrors.provider}
        />
      ) : null}
      {values.provider === 'home_helper' ? (
        <SelectField
          id={idFor('home_helper_id')}
          name="home_helper_id"
          label="Hjemmehjælper"
          placeholder="Vælg …"
          options={(helpers.data ?? []).map((h) => ({ value: h.id, label: `${h.name} (${h.home_care_unit})` }))}
          value={values.home_helper_id}
          onChange={set('home_helper_id')}
          error={fieldErrors.home_helper_id}
        />
      ) : (
        <SelectField
          id={idFor('staff_id')}
          name="staff_id"
          label={values.provider === 'therapist' ? 'Terapeut' : 'Terapeutassistent'}
          placeholder={bookable.isPending ? 'Henter medarbejdere …' : 'Vælg …'}
          options={values.provider === 'therapist' ? therapists : assistants}
          value={values.staff_id}
          onChange={set('staff_id')}
          error={fieldErrors.staff_id ?? (bookable.isError ? 'Medarbejderne kunne ikke hentes.' : undefined)}
        />
      )}
      {values.provider !== 'therapist' ? (
        <SelectField
          id={idFor('supervisor_id')}
          name="supervisor_id"
          label="Superviserende terapeut"
          placeholder="Vælg …"
          options={therapists}
          value={values.supervisor_id}
          onChange={set('supervisor_id')}
          error={fieldErrors.supervisor_id}
        />
      ) : null}
      <RadioGroup
        id={idFor('kind')}
        name="kind"
        legend="Sted"
        options={options(PLACE_LABELS)}
        value={values.kind}
        onChange={set('kind')}
        error={fieldErrors.kind}
      />
      {values.kind === 'site' ? (
        <div className="inline-fields">
          <SelectField
            id={idFor('site_id')}
            name="site_id"
            label="Træningscenter"
            placeholder="Vælg …"
            options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={values.site_id}
            onChange={(v) => setValues((old) => ({ ...old, site_id: v, room_id: '' }))}
            error={fieldErrors.site_id}
          />
          <SelectField
            id={idFor('room_id')}
            name="room_id"
            label="Lokale"
            placeholder={values.site_id ? 'Vælg …' : 'Vælg først træningscenter'}
            options={(rooms.data ?? []).map((r) => ({ value: r.id, label: `${r.name} (plads til ${r.capacity})` }))}
            value={values.room_id}
            onChange={set('room_id')}
            error={fieldErrors.room_id}
          />
        </div>
      ) : null}
      <div className="inline-fields">
        <TextField
          id="booking-date"
          name="date"
          label="Dato"
          type="date"
          width="short"
          value={values.date}
          onChange={set('date')}
        />
        <TextField
          id={idFor('starts_at')}
          name="start"
          label="Fra kl."
          hint="tt:mm"
          inputMode="numeric"
          width="short"
          value={values.start}
          onChange={set('start')}
          error={fieldErrors.starts_at}
        />
        <TextField
          id={idFor('ends_at')}
          name="end"
          label="Til kl."
          hint="tt:mm"
          inputMode="numeric"
          width="short"
          value={values.end}
          onChange={set('end')}
          error={fieldErrors.ends_at}
        />
        <TextField
          id={idFor('weeks')}
          name="weeks"
          label="Antal uger"
          hint="Samme ugedag og tid hver uge; 1 for én tid."
          inputMode="numeric"
          width="short"
          value={values.weeks}
          onChange={set('weeks')}
          error={fieldErrors.weeks}
        />
      </div>
      <TextField
        id={idFor('outside_hours_reason')}
        name="outside_hours_reason"
        label="Begrundelse for tid uden for arbejdstid"
        hint="Kun når tiden ligger uden for medarbejderens arbejdstid eller under fravær."
        width="full"
        optional
        value={values.outside_hours_reason}
        onChange={set('outside_hours_reason')}
        error={fieldErrors.outside_hours_reason}
      />
      {results.length > 1 ? (
        <ul className="series-results" aria-label="Seriens tider">
          {results.map((r) => (
            <li key={r.date} className={r.booked ? 'series-results__ok' : 'series-results__refused'}>
              {describeResult(r)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Booker …' : 'Book'}
        </button>
      </div>
    </form>
  );
}
