import { Link } from 'react-router';
import { formatDateLong } from '../../../../lib/dates';
import { useLegalBases } from '../../../../api/legalBases';
import { labelFor } from '../../../../lib/labels';
import type { Course } from '../../api/types';
import { COURSE_STATUS_LABELS } from '../../labels';
import { Item } from '../shared/Item';

const COURSE_STATUS_CLASS: Record<string, string> = { active: 'pill--ok', ended: 'pill--muted', cancelled: 'pill--muted' };

/** The course the case started or granted. */
export function CourseSection({ course }: { course: Course }) {
  const basis = useLegalBases().data?.find((b) => b.code === course.legal_basis);
  return (
    <section className="panel" aria-labelledby="case-course">
      <h2 id="case-course" className="panel__title">
        Forløb
      </h2>
      <dl className="details">
        <Item term="Status">
          <span className={`pill ${COURSE_STATUS_CLASS[course.status] ?? 'pill--muted'}`}>
            {labelFor(COURSE_STATUS_LABELS, course.status)}
          </span>
        </Item>
        <Item term="Lovgrundlag">{basis?.short_name ?? course.legal_basis}</Item>
        <Item term="Startede">
          {course.started_on ? <time dateTime={course.started_on}>{formatDateLong(course.started_on)}</time> : 'Ikke angivet'}
        </Item>
        {course.ended_on ? (
          <Item term="Sluttede">
            <time dateTime={course.ended_on}>{formatDateLong(course.ended_on)}</time>
          </Item>
        ) : null}
        {course.note ? <Item term="Note">{course.note}</Item> : null}
      </dl>
      {course.status !== 'cancelled' ? (
        <p>
          <Link to={`/forloeb/${course.id}`}>Åbn forløbet</Link> (plan, mål, journal og aftaler)
        </p>
      ) : null}
    </section>
  );
}
