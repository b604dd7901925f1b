import { Link, useParams } from 'react-router';
import { useLegalBases } from '../../../api/legalBases';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { PageTitle } from '../../../components/PageTitle';
import { labelFor } from '../../../lib/labels';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { useCitizen } from '../../citizens/api/getCitizen';
import { useCourse } from '../api/getCourse';
import { COURSE_STATUS_LABELS } from '../labels';
import { AppointmentsSection } from './AppointmentsSection';
import { AssistantSection } from './AssistantSection';
import { AttendanceSection } from './AttendanceSection';
import { EndingSection } from './EndingSection';
import { ExceptionsSection } from './ExceptionsSection';
import { GoalsSection } from './GoalsSection';
import { JournalSection } from './JournalSection';
import { PauseSection } from './PauseSection';
import { PlanSection } from './PlanSection';
import { ServicesSection } from './ServicesSection';
import { TeamSeatsSection } from './TeamSeatsSection';
import { TransportSection } from './TransportSection';
import { TrainingPlanSection } from './TrainingPlanSection';
import './course.css';

/** Forløb: the plan, goals, content, journal, frequency exceptions and appointments of one course. */
export function CoursePage() {
  const { id = '' } = useParams();
  const course = useCourse(id);
  const citizen = useCitizen(course.data?.citizen_id ?? null);
  const bases = useLegalBases();
  const user = useCurrentUser();
  const mayWrite = can(user, 'courses.write');

  if (course.isPending) return <Loading />;
  if (course.isError) return <ErrorMessage error={course.error} onRetry={() => void course.refetch()} />;
  const c = course.data;
  const basis = bases.data?.find((b) => b.code === c.legal_basis)?.short_name ?? c.legal_basis;
  const name = citizen.data?.name;

  return (
    <div className="course-page">
      <PageTitle title={name ? `Forløb – ${name}` : 'Forløb'}>{name ? `Forløb for ${name}` : 'Forløb'}</PageTitle>
      <p>
        {basis} · {labelFor(COURSE_STATUS_LABELS, c.status)}
      </p>
      <nav aria-label="Forløbets sammenhæng" className="course-page__links">
        <Link to={`/borgere/${c.citizen_id}`}>Borgerens side</Link>
        {c.case_id ? <Link to={`/sager/${c.case_id}`}>Sagen</Link> : null}
      </nav>
      <PlanSection course={c} mayWrite={mayWrite} />
      <AppointmentsSection course={c} mayWrite={mayWrite} />
      {mayWrite ? <AssistantSection course={c} /> : null}
      <AttendanceSection courseId={c.id} />
      <TeamSeatsSection course={c} mayWrite={mayWrite} />
      <TrainingPlanSection course={c} mayWrite={mayWrite} />
      <GoalsSection course={c} mayWrite={mayWrite} />
      <ServicesSection course={c} mayWrite={mayWrite} />
      <JournalSection course={c} mayWrite={mayWrite} />
      <ExceptionsSection course={c} mayWrite={mayWrite} />
      <TransportSection course={c} mayWrite={mayWrite} />
      <PauseSection course={c} mayWrite={mayWrite} />
      <EndingSection course={c} mayWrite={mayWrite} />
    </div>
  );
}
