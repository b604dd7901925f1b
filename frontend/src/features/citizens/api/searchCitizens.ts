import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { CitizenSearch } from '../../../api/types';

/**
 * POST /api/v1/citizens/search. A POST so that the CPR number travels in the body, never in a
 * URL; a mutation so that it is not kept in the query cache under the CPR number.
 */
export function useSearchCitizens() {
  return useMutation({
    mutationFn: async (body: CitizenSearch) =>
      unwrap(await api.POST('/api/v1/citizens/search', { body })).items,
  });
}
