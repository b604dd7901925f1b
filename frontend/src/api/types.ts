// Named types taken from the generated schema by path and status code, so they do not
// depend on how the backend names its component schemas.
import type { paths } from './schema';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

type Get<P extends keyof paths> = paths[P] extends { get: infer Op } ? Op : never;
type Post<P extends keyof paths> = paths[P] extends { post: infer Op } ? Op : never;
type Patch<P extends keyof paths> = paths[P] extends { patch: infer Op } ? Op : never;
type Put<P extends keyof paths> = paths[P] extends { put: infer Op } ? Op : never;
type QueryOf<Op> = NonNullable<Op extends { parameters: { query?: infer Q } } ? Q : never>;

type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Created<Op> = Op extends { responses: { 201: infer R } } ? JsonOf<R> : never;
type Body<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export type Site = Ok<Get<'/api/v1/sites'>>[number];
export type Citizen = Ok<Get<'/api/v1/citizens/{citizen_id}'>>;
export type CitizenCreate = Body<Post<'/api/v1/citizens'>>;
export type CitizenSearch = Body<Post<'/api/v1/citizens/search'>>;
export type CitizenEdit = Body<Put<'/api/v1/citizens/{citizen_id}'>>;
export type CitizenChange = Ok<Get<'/api/v1/citizens/{citizen_id}/changes'>>[number];
export type CitizenCase = Ok<Get<'/api/v1/citizens/{citizen_id}/cases'>>[number];
export type CitizenCourse = Ok<Get<'/api/v1/citizens/{citizen_id}/courses'>>[number];
export type EarlierCourse = Body<Post<'/api/v1/citizens/{citizen_id}/courses'>>;
/** A search hit: `record` is null for a citizen found by CPR number whom the caller may not see. */
export type CitizenMatch = Ok<Post<'/api/v1/citizens/search'>>['items'][number];
export type ReferralCreate = Body<Post<'/api/v1/referrals'>>;
export type Case = Ok<Get<'/api/v1/cases/{case_id}'>>;
export type CaseCreated = Created<Post<'/api/v1/referrals'>>;
export type Deadline = Case['deadlines'][number];
export type WorklistPage = Ok<Get<'/api/v1/worklist'>>;
export type WorklistItem = WorklistPage['items'][number];
export type WorklistQuery = QueryOf<Get<'/api/v1/worklist'>>;

export type LegalBasis = Case['legal_basis'];
export type DeadlineStatus = Deadline['status'];
export type DeadlineKind = Deadline['kind'];

export type Session = Ok<Get<'/api/v1/auth/session'>>;
export type SessionUser = Session['user'];
export type LoginRequest = Body<Post<'/api/v1/auth/login'>>;
export type PasswordChange = Body<Post<'/api/v1/auth/password'>>;

export type User = Ok<Get<'/api/v1/admin/users'>>[number];
export type UserCreate = Body<Post<'/api/v1/admin/users'>>;
export type UserUpdate = Body<Patch<'/api/v1/admin/users/{user_id}'>>;
export type Role = User['roles'][number];
export type ApiScope = ApiKeyCreate['scopes'][number];
export type RoleInfo = Ok<Get<'/api/v1/admin/roles'>>[number];
export type ApiKey = Ok<Get<'/api/v1/admin/api-keys'>>[number];
export type ApiKeyCreate = Body<Post<'/api/v1/admin/api-keys'>>;
export type ApiKeyCreated = Created<Post<'/api/v1/admin/api-keys'>>;

export type AccessLogPage = Ok<Get<'/api/v1/access-log'>>;
export type AccessLogEntry = AccessLogPage['items'][number];
export type AccessLogQuery = QueryOf<Get<'/api/v1/access-log'>>;
export type CitizenReport = Ok<Post<'/api/v1/access-log/citizen-report'>>;

export type Course = Ok<Get<'/api/v1/courses/{course_id}'>>;
export type CoursePlan = Body<Put<'/api/v1/courses/{course_id}/plan'>>;
export type Goal = Course['goals'][number];
export type GoalCreate = Body<Post<'/api/v1/courses/{course_id}/goals'>>;
export type GoalChange = Body<Patch<'/api/v1/courses/{course_id}/goals/{goal_id}'>>;
export type JournalNote = Course['notes'][number];
export type NoteCreate = Body<Post<'/api/v1/courses/{course_id}/notes'>>;
export type FrequencyException = Course['frequency_exceptions'][number];
export type FrequencyExceptionCreate = Body<Post<'/api/v1/courses/{course_id}/frequency-exceptions'>>;
export type CourseAppointment = Course['appointments'][number];
export type Booking = Body<Post<'/api/v1/appointments'>>;
export type Appointment = Created<Post<'/api/v1/appointments'>>;
export type MyDayItem = Ok<Get<'/api/v1/my-day'>>[number];
export type WeekItem = Ok<Get<'/api/v1/staff/{staff_id}/appointments'>>[number];
export type WorkingHours = Ok<Get<'/api/v1/staff/{staff_id}/working-hours'>>;
export type WorkingHoursEdit = Body<Put<'/api/v1/staff/{staff_id}/working-hours'>>;
export type AbsenceCreate = Body<Post<'/api/v1/staff/{staff_id}/absences'>>;
export type Absence = Created<Post<'/api/v1/staff/{staff_id}/absences'>>;
export type Room = Ok<Get<'/api/v1/sites/{site_id}/rooms'>>[number];
export type RoomCreate = Body<Post<'/api/v1/sites/{site_id}/rooms'>>;
export type HomeHelper = Ok<Get<'/api/v1/home-helpers'>>[number];
export type Therapist = Ok<Get<'/api/v1/therapists'>>[number];
export type TrainingService = Ok<Get<'/api/v1/training-services'>>[number];
export type BookableStaffList = Ok<Get<'/api/v1/courses/{course_id}/bookable-staff'>>;
export type BookableStaff = BookableStaffList['staff'][number];
export type StaffAbsence = Ok<Get<'/api/v1/staff/{staff_id}/absences'>>[number];
export type InvitationClash = Ok<Get<'/api/v1/invitation-clashes'>>[number];
export type ClashRebook = Body<Post<'/api/v1/invitation-clashes/{clash_id}/rebook'>>;
export type DaySession = Ok<Get<'/api/v1/attendance/day'>>[number];
export type AttendanceRegistration = Body<Post<'/api/v1/appointments/{appointment_id}/attendance'>>;
export type Registered = Created<Post<'/api/v1/appointments/{appointment_id}/attendance'>>;
export type WorklistFlag = Ok<Get<'/api/v1/worklist/attendance-flags'>>[number];
export type ClassSession = Ok<Get<'/api/v1/attendance/classes'>>[number];
export type ClassSeat = ClassSession['seats'][number];
export type ClassRegistration = Body<Post<'/api/v1/team-occurrences/{occurrence_id}/attendance'>>;
export type SeatMark = ClassRegistration['marks'][number];
export type FlagResolution = Body<Post<'/api/v1/courses/{course_id}/attendance-flags/{kind}/resolution'>>;
export type CourseAttendance = Ok<Get<'/api/v1/courses/{course_id}/attendance'>>;
export type GgopMessage = Ok<Get<'/api/v1/intake/ggop'>>['items'][number];
export type GgopStatus = GgopMessage['status'];
export type Team = Ok<Get<'/api/v1/teams'>>[number];
export type TeamDetail = Ok<Get<'/api/v1/teams/{team_id}'>>;
export type TeamCreate = Body<Post<'/api/v1/teams'>>;
export type TeamOccurrence = TeamDetail['occurrences'][number];
export type CalendarEntry = Ok<Get<'/api/v1/calendar/entries'>>[number];
export type CalendarQuery = QueryOf<Get<'/api/v1/calendar/entries'>>;
export type ProposalsRequest = Body<Post<'/api/v1/courses/{course_id}/proposals'>>;
export type Proposals = Ok<Post<'/api/v1/courses/{course_id}/proposals'>>;
export type Proposal = Proposals['proposals'][number];
export type FreeSeat = Proposals['free_seats'][number];
export type SeriesRequest = Body<Post<'/api/v1/courses/{course_id}/series'>>;
export type SeriesAnswer = Ok<Post<'/api/v1/courses/{course_id}/series'>>;
export type SeriesDate = SeriesAnswer['dates'][number];
export type TrainingPlan = Ok<Get<'/api/v1/courses/{course_id}/training-plans'>>[number];
export type TrainingPlanChannel = Body<Post<'/api/v1/courses/{course_id}/training-plan'>>['channel'];
