/**
 * GET /api/v1/letters/{letter_id}/pdf: the letter exactly as it was sent. A plain link: the
 * browser's session cookie authenticates it, and the server answers it as a download.
 */
export function letterPdfUrl(letterId: string): string {
  return `/api/v1/letters/${encodeURIComponent(letterId)}/pdf`;
}
