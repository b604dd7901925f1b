import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { ClashRebook } from '../../../api/types';

/**
 * GET /api/v1/invitation-clashes: invitations made before bookings whose conversation met another
 * booking when moved into the calendar (team leader), to rebook.
 */
export const invitationClashesQueryOptions = () =>
  queryOptions({
    queryKey: ['invitation-clashes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/invitation-clashes', { signal })),
  });

export const useInvitationClashes = () => useQuery(invitationClashesQueryOptions());

/** POST /api/v1/invitation-clashes/{id}/rebook: the conversation at a new time; answers the clashes left. */
export function useRebookClash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ clashId, body }: { clashId: string; body: ClashRebook }) =>
      unwrap(await api.POST('/api/v1/invitation-clashes/{clash_id}/rebook', { params: { path: { clash_id: clashId } }, body })),
    onSuccess: (left) => queryClient.setQueryData(invitationClashesQueryOptions().queryKey, left),
  });
}
