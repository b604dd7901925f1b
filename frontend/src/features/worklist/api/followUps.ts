import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/worklist/awaiting-booking: active courses with no booking after their latest
 * cancelled or missed session; booking anew is the citizen's, following up is the staff's. */
export const awaitingBookingQueryOptions = () =>
  queryOptions({
    queryKey: ['attendance', 'awaiting-booking'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/worklist/awaiting-booking', { signal })),
  });

export const useAwaitingBooking = () => useQuery(awaitingBookingQueryOptions());

/** GET /api/v1/worklist/resumptions: postponed courses by their expected resumption. */
export const resumptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['attendance', 'resumptions'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/worklist/resumptions', { signal })),
  });

export const useResumptions = () => useQuery(resumptionsQueryOptions());

/** GET /api/v1/transport/compliance: per site, the share of trips within an hour each way over
 * the last 30 days (counts only). */
export const transportComplianceQueryOptions = () =>
  queryOptions({
    queryKey: ['attendance', 'transport-compliance'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/transport/compliance', { signal })),
  });

export const useTransportCompliance = () => useQuery(transportComplianceQueryOptions());
