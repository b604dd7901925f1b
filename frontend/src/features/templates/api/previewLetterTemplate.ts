import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { LetterTemplateInput } from './addLetterTemplate';

/**
 * POST /api/v1/letter-templates/preview: the whole letter as HTML, rendered from an unsaved body
 * for a made-up citizen. The same 422s as saving. A mutation: made on request, not cached.
 */
export function usePreviewLetterTemplate() {
  return useMutation({
    mutationFn: async (body: LetterTemplateInput) =>
      unwrap(await api.POST('/api/v1/letter-templates/preview', { body })),
    gcTime: 0,
  });
}
