import { createBrowserRouter } from 'react-router';
import { AccessLogPage } from '../features/access-log/components/AccessLogPage';
import { AdminPage } from '../features/admin/components/AdminPage';
import { UserCreatePage } from '../features/admin/components/UserCreatePage';
import { UserEditPage } from '../features/admin/components/UserEditPage';
import { ChangePasswordPage } from '../features/auth/components/ChangePasswordPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { CasePage } from '../features/cases/components/CasePage';
import { CitizenCreatePage } from '../features/citizens/components/CitizenCreatePage';
import { ReferralCreatePage } from '../features/referrals/components/ReferralCreatePage';
import { ServiceStandardPage } from '../features/standard/components/ServiceStandardPage';
import { LetterTemplatesPage } from '../features/templates/components/LetterTemplatesPage';
import { WorklistPage } from '../features/worklist/components/WorklistPage';
import { RequirePermission, RequireSession, StartPage } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

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
            path: 'henvendelser/ny',
            element: (
              <RequirePermission permission="cases.write">
                <ReferralCreatePage />
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
            element: (
              <RequirePermission permission="centre.manage">
                <ServiceStandardPage />
              </RequirePermission>
            ),
          },
          {
            path: 'brevskabeloner',
            element: (
              <RequirePermission permission="centre.manage">
                <LetterTemplatesPage />
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
