import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/QueryState';
import { AccessLogPage } from '../features/access-log/components/AccessLogPage';
import { AdminPage } from '../features/admin/components/AdminPage';
import { UserCreatePage } from '../features/admin/components/UserCreatePage';
import { UserEditPage } from '../features/admin/components/UserEditPage';
import { ChangePasswordPage } from '../features/auth/components/ChangePasswordPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { CasePage } from '../features/cases/components/page/CasePage';
import { CitizenCreatePage } from '../features/citizens/components/CitizenCreatePage';
import { ReferralCreatePage } from '../features/referrals/components/ReferralCreatePage';
import { WorklistPage } from '../features/worklist/components/WorklistPage';
import { RequirePermission, RequireSession, StartPage } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PageLoadError } from './PageLoadError';

// The team leader's editors load on first visit: few users need them, and they would push the
// main bundle over Vite's chunk size limit.
const ClosureDaysPage = lazy(() =>
  import('../features/standard/components/ClosureDaysPage').then((m) => ({ default: m.ClosureDaysPage })),
);
const ServiceStandardPage = lazy(() =>
  import('../features/standard/components/ServiceStandardPage').then((m) => ({ default: m.ServiceStandardPage })),
);
// The citizen's page and its edit form load on first visit too, for the same reason.
const CitizenPage = lazy(() =>
  import('../features/citizens/components/CitizenPage').then((m) => ({ default: m.CitizenPage })),
);
const CitizenEditPage = lazy(() =>
  import('../features/citizens/components/CitizenEditPage').then((m) => ({ default: m.CitizenEditPage })),
);
// The course page, Min dag and the team leader's scheduling screens load on first visit too.
const CoursePage = lazy(() =>
  import('../features/courses/components/CoursePage').then((m) => ({ default: m.CoursePage })),
);
const TripListPage = lazy(() =>
  import('../features/courses/components/TripListPage').then((m) => ({ default: m.TripListPage })),
);
const MyDayPage = lazy(() =>
  import('../features/scheduling/components/MyDayPage').then((m) => ({ default: m.MyDayPage })),
);
const QuickRegistrationPage = lazy(() =>
  import('../features/attendance/components/QuickRegistrationPage').then((m) => ({ default: m.QuickRegistrationPage })),
);
const SchedulingAdminPage = lazy(() =>
  import('../features/scheduling/components/SchedulingAdminPage').then((m) => ({ default: m.SchedulingAdminPage })),
);
const GgopMessagesPage = lazy(() =>
  import('../features/intake/components/GgopMessagesPage').then((m) => ({ default: m.GgopMessagesPage })),
);
// Teams and the calendars (with the calendar component) load on first visit too.
const TeamsPage = lazy(() => import('../features/teams/components/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const TeamPage = lazy(() => import('../features/teams/components/TeamPage').then((m) => ({ default: m.TeamPage })));
const CalendarPage = lazy(() =>
  import('../features/calendar/components/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const LetterTemplatesPage = lazy(() =>
  import('../features/templates/components/LetterTemplatesPage').then((m) => ({ default: m.LetterTemplatesPage })),
);

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: 'log-ind', element: <LoginPage /> },
      {
        // Everything else is for logged-in users only, each page by its permission.
        element: <RequireSession />,
        children: [
          { index: true, element: <StartPage worklist={<WorklistPage />} /> },
          {
            path: 'borgere/ny',
            element: (
              <RequirePermission permission="citizens.write">
                <CitizenCreatePage />
              </RequirePermission>
            ),
          },
          {
            path: 'borgere/:id',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="citizens.read">
                <Suspense fallback={<Loading />}>
                  <CitizenPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'borgere/:id/ret',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="citizens.write">
                <Suspense fallback={<Loading />}>
                  <CitizenEditPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'henvendelser/ny',
            element: (
              <RequirePermission permission="cases.write">
                <ReferralCreatePage />
              </RequirePermission>
            ),
          },
          {
            path: 'genoptraeningsplaner',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="cases.write">
                <Suspense fallback={<Loading />}>
                  <GgopMessagesPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'sager/:id',
            element: (
              <RequirePermission permission="cases.read">
                <CasePage />
              </RequirePermission>
            ),
          },
          {
            path: 'forloeb/:id',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <CoursePage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'fremmoede',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.write">
                <Suspense fallback={<Loading />}>
                  <QuickRegistrationPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'koerselsliste',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <TripListPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'min-dag',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <MyDayPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'hold',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <TeamsPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'hold/:id',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <TeamPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'kalender',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="courses.read">
                <Suspense fallback={<Loading />}>
                  <CalendarPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'planlaegning',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="scheduling.manage">
                <Suspense fallback={<Loading />}>
                  <SchedulingAdminPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'administration',
            element: (
              <RequirePermission permission="users.manage">
                <AdminPage />
              </RequirePermission>
            ),
          },
          {
            path: 'administration/brugere/ny',
            element: (
              <RequirePermission permission="users.manage">
                <UserCreatePage />
              </RequirePermission>
            ),
          },
          {
            path: 'administration/brugere/:id',
            element: (
              <RequirePermission permission="users.manage">
                <UserEditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'adgangslog',
            element: (
              <RequirePermission permission="access_log.read">
                <AccessLogPage />
              </RequirePermission>
            ),
          },
          {
            path: 'kvalitetsstandard',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="centre.manage">
                <Suspense fallback={<Loading />}>
                  <ServiceStandardPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'lukkedage',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="centre.manage">
                <Suspense fallback={<Loading />}>
                  <ClosureDaysPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          {
            path: 'brevskabeloner',
            errorElement: <PageLoadError />,
            element: (
              <RequirePermission permission="centre.manage">
                <Suspense fallback={<Loading />}>
                  <LetterTemplatesPage />
                </Suspense>
              </RequirePermission>
            ),
          },
          { path: 'skift-adgangskode', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
