import type { Course } from '../../../api/types';
import { describeError } from '../../../api/problem';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useTherapists } from '../../cases/api/getTherapists';
import { useHomeHelpers } from '../../scheduling/api/homeHelpers';
import { useState } from 'react';
import { CancellationForm } from '../../attendance/components/CancellationForm';
import { useAppointmentStep } from '../api/appointments';
import { useBookableStaff } from '../api/bookableStaff';
import { ATTENDANCE_LABELS, PLACE_LABELS, PURPOSE_LABELS } from '../labels';
import { BookingForm } from './BookingForm';

/** The course's appointments, earliest first, with afbud and attendance; and the booking form. */
export function AppointmentsSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const therapists = useTherapists();
  const bookable = useBookableStaff(course.id);
  const helpers = useHomeHelpers();
  const step = useAppointmentStep(course.id);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const staffName = (id: string) =>
    bookable.data?.staff.find((s) => s.id === id)?.display_name ?? therapists.data?.find((t) => t.id === id)?.display_name ?? '–';
  const name = (staffId: string | null, helperId: string | null) => {
    if (staffId) return staffName(staffId);
    const helper = helpers.data?.find((h) => h.id === helperId);
    return helper ? `${helper.name} (hjemmehjælper)` : 'Hjemmehjælper';
  };
  const sorted = [...course.appointments].sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  return (
    <section className="panel" aria-labelledby="course-appointments">
      <h2 id="course-appointments" className="panel__title">
        Aftaler
      </h2>
      {step.isError ? (
        <p className="notice notice--error" role="alert">
          {describeError(step.error)}
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="empty">Forløbet har ingen aftaler.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Forløbets aftaler</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Formål</th>
                <th scope="col">Hvem</th>
                <th scope="col">Sted</th>
                <th scope="col">Status</th>
                {mayWrite ? <th scope="col">Handling</th> : null}
              </tr>
            </thead>
            <tbody>
              {sorted.map((a) => {
                const when = `${formatDateTime(a.starts_at)}–${formatDateTime(a.ends_at).slice(-5)}`;
                return (
                  <tr key={a.id}>
                    <th scope="row">{when}</th>
                    <td>{labelFor(PURPOSE_LABELS, a.purpose)}</td>
                    <td>
                      {name(a.staff_id, a.home_helper_id)}
                      {a.supervisor_id ? <span className="cell-sub">Superviseret af {staffName(a.supervisor_id)}</span> : null}
                    </td>
                    <td>
                      {labelFor(PLACE_LABELS, a.place)}
                      {a.outside_hours_reason ? <span className="cell-sub">Uden for arbejdstid: {a.outside_hours_reason}</span> : null}
                    </td>
                    <td>{labelFor(ATTENDANCE_LABELS, a.status)}</td>
                    {mayWrite ? (
                      <td>
                        {a.status === 'booked' && cancelling === a.id ? (
                          <CancellationForm
                            idPrefix={`afbud-${a.id}`}
                            who={when}
                            pending={step.isPending}
                            onSave={(afbud) =>
                              step.mutate({ appointmentId: a.id, step: 'cancel', afbud }, { onSuccess: () => setCancelling(null) })
                            }
                            onClose={() => setCancelling(null)}
                          />
                        ) : a.status === 'booked' ? (
                          <span className="row-actions">
                            <button
                              type="button"
                              className="button button--small button--secondary"
                              disabled={step.isPending}
                              onClick={() => step.mutate({ appointmentId: a.id, step: 'attended' })}
                            >
                              Fremmødt<span className="visually-hidden"> {when}</span>
                            </button>
                            <button
                              type="button"
                              className="button button--small button--secondary"
                              disabled={step.isPending}
                              onClick={() => setCancelling(a.id)}
                            >
                              Afbud<span className="visually-hidden"> {when}</span>
                            </button>
                          </span>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {mayWrite ? <BookingForm course={course} /> : null}
    </section>
  );
}
