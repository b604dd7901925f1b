import { createBrowserRouter } from 'react-router';
import { CasePage } from '../features/cases/components/CasePage';
import { CitizenCreatePage } from '../features/citizens/components/CitizenCreatePage';
import { ReferralCreatePage } from '../features/referrals/components/ReferralCreatePage';
import { WorklistPage } from '../features/worklist/components/WorklistPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export const routes = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <WorklistPage /> },
      { path: 'borgere/ny', element: <CitizenCreatePage /> },
      { path: 'henvendelser/ny', element: <ReferralCreatePage /> },
      { path: 'sager/:id', element: <CasePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
