import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { TeamCreate } from '../../../api/types';

const team = (teamId: string) => ({ params: { path: { team_id: teamId } } });

/** GET /api/v1/teams: the centre's teams (of one site when given), with their seats taken. */
export const teamsQueryOptions = (siteId?: string) =>
  queryOptions({
    queryKey: ['teams', siteId ?? 'all'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/teams', { params: { query: siteId ? { site_id: siteId } : {} }, signal })),
  });

export const useTeams = (siteId?: string) => useQuery(teamsQueryOptions(siteId));

/** GET /api/v1/teams/{id}: occurrences, seats and the waiting list. */
export const teamQueryOptions = (teamId: string) =>
  queryOptions({
    queryKey: ['team', teamId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/teams/{team_id}', { ...team(teamId), signal })),
  });

export const useTeam = (teamId: string) => useQuery(teamQueryOptions(teamId));

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['teams'] });
    void queryClient.invalidateQueries({ queryKey: ['team'] });
    void queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
}

/** POST /api/v1/teams (team leader). */
export function useCreateTeam() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: TeamCreate) => unwrap(await api.POST('/api/v1/teams', { body })),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/seats: a full team answers 409 with the waiting list offered. */
export function useTakeSeat() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, courseId }: { teamId: string; courseId: string }) =>
      unwrap(await api.POST('/api/v1/teams/{team_id}/seats', { ...team(teamId), body: { course_id: courseId } })),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/waiting-list. */
export function useJoinWaitingList() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, courseId }: { teamId: string; courseId: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/waiting-list', { ...team(teamId), body: { course_id: courseId } }),
      ),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/waiting-list/offer: the team leader offers a free seat to the first waiting. */
export function useOfferSeat() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (teamId: string) =>
      unwrap(await api.POST('/api/v1/teams/{team_id}/waiting-list/offer', team(teamId))),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/seats/{seat}/release: the seat is free from a day. */
export function useReleaseSeat() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, seatId, on }: { teamId: string; seatId: string; on: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/seats/{seat_id}/release', {
          params: { path: { team_id: teamId, seat_id: seatId } },
          body: { on },
        }),
      ),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/occurrences/{planned_on}/move: new times for one occurrence. */
export function useMoveOccurrence() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (v: { teamId: string; plannedOn: string; startsAt: string; endsAt: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/occurrences/{planned_on}/move', {
          params: { path: { team_id: v.teamId, planned_on: v.plannedOn } },
          body: { starts_at: v.startsAt, ends_at: v.endsAt },
        }),
      ),
    onSettled: refresh,
  });
}

/** POST /api/v1/teams/{id}/occurrences/{planned_on}/cancel. */
export function useCancelOccurrence() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, plannedOn }: { teamId: string; plannedOn: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/occurrences/{planned_on}/cancel', {
          params: { path: { team_id: teamId, planned_on: plannedOn } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/waiting-list/{course_id}/decline: the citizen says no to the seat offered. */
export function useDeclineSeat() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, courseId }: { teamId: string; courseId: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/waiting-list/{course_id}/decline', {
          params: { path: { team_id: teamId, course_id: courseId } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** POST /api/v1/teams/{id}/rest-of-series/cancel: every occurrence from a date is cancelled. */
export function useCancelRest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ teamId, fromDay }: { teamId: string; fromDay: string }) =>
      unwrap(
        await api.POST('/api/v1/teams/{team_id}/rest-of-series/cancel', {
          params: { path: { team_id: teamId } },
          body: { from_day: fromDay },
        }),
      ),
    onSuccess: refresh,
  });
}
