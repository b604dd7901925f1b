import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';
import { letterTemplatesQueryOptions } from './getLetterTemplates';

type AddOperation = paths['/api/v1/letter-templates']['post'];

/** A letter's kind and the Jinja2 source of its body. */
export type LetterTemplateInput = AddOperation['requestBody']['content']['application/json'];

/**
 * POST /api/v1/letter-templates: saves a new version of the letter's body. Fails with ApiError
 * 422 on the field "body" (a syntax error, an unknown variable, something the sandbox forbids:
 * the Danish message names the line) or 409 (another version was saved at the same moment).
 */
export function useAddLetterTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LetterTemplateInput) => unwrap(await api.POST('/api/v1/letter-templates', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: letterTemplatesQueryOptions().queryKey }),
  });
}
