// RFC 9457 problem documents from the API, and how they become messages on a form.

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  existing_citizen_id?: string;
  /** The rule a refused request broke (e.g. "staff_double_booked", "frequency_limit"). */
  rule?: string;
  /** A refused booking: the booking it clashes with. */
  clashing_appointment_id?: string;
  /** A refused booking beyond the week's frequency limit: the limit and the ISO week ("2026-W49"). */
  limit?: number;
  iso_week?: string;
}

/** Thrown by the API layer for every non-2xx answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429 too many attempts), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.title ?? problem.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A Retry-After header in seconds; an HTTP date is turned into seconds from now. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field path as the server names it ("body.cpr", "/cpr", "rehab_plan.hospital") → the body field. */
export function normaliseField(raw: string): string {
  const parts = raw
    .split(/[./]/)
    .filter((p) => p !== '' && p !== 'body');
  // A discriminated union may put the variant's tag in the path (e.g. "<tag>.hospital"):
  // the form knows fields only by their own name, so keep the last segment; a list's item
  // ("therapist_ids.1") is the list's field.
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.length > 0 ? parts[parts.length - 1]! : raw;
}

/**
 * Reads whatever the server sent as an error body into a Problem. Accepts the API's problem
 * documents and, defensively, FastAPI's default validation shape ({detail: [{loc, msg}]}).
 */
export function toProblem(body: unknown, status: number): Problem {
  if (!isRecord(body)) {
    return { status, title: typeof body === 'string' && body ? body : undefined };
  }
  const problem: Problem = { status };
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.status === 'number') problem.status = body.status;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.existing_citizen_id === 'string') problem.existing_citizen_id = body.existing_citizen_id;
  if (typeof body.rule === 'string') problem.rule = body.rule;
  if (typeof body.clashing_appointment_id === 'string') problem.clashing_appointment_id = body.clashing_appointment_id;
  if (typeof body.limit === 'number') problem.limit = body.limit;
  if (typeof body.iso_week === 'string') problem.iso_week = body.iso_week;

  const errors: FieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (isRecord(e) && typeof e.message === 'string') {
        errors.push({ field: typeof e.field === 'string' ? e.field : '', message: e.message });
      }
    }
  }
  if (Array.isArray(body.detail)) {
    for (const e of body.detail) {
      if (isRecord(e) && typeof e.msg === 'string') {
        const loc = Array.isArray(e.loc) ? e.loc.map(String).join('.') : '';
        errors.push({ field: loc, message: e.msg });
      }
    }
  }
  if (errors.length > 0) problem.errors = errors;
  return problem;
}

export interface FormErrors {
  /** Messages by body field name, for the fields the form has. */
  fields: Record<string, string>;
  /** Messages that belong to no field on the form, shown above it. */
  general: string[];
}

/** Splits a problem into messages by field (only the given fields) and general messages. */
export function problemToFormErrors(problem: Problem, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const { field, message } of problem.errors ?? []) {
    const name = field ? normaliseField(field) : '';
    if (name && knownFields.includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    } else {
      general.push(message);
    }
  }
  if ((problem.errors ?? []).length === 0) {
    general.push(problem.detail ?? problem.title ?? 'Der opstod en fejl. Prøv igen.');
  }
  return { fields, general };
}

/** A short Danish message for an error that is not about a form field. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Du er ikke logget ind.';
    if (error.status === 403) return 'Du har ikke adgang til dette.';
    if (error.status === 404) return 'Det, du leder efter, findes ikke.';
    if (error.status >= 500) return 'Serveren kunne ikke svare. Prøv igen om lidt.';
    return error.problem.detail ?? error.problem.title ?? `Fejl ${error.status}.`;
  }
  return 'Der er ingen forbindelse til serveren. Prøv igen om lidt.';
}

/** Turns an openapi-fetch result into data, or throws ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  throw new ApiError(
    result.response.status,
    toProblem(result.error, result.response.status),
    parseRetryAfter(result.response.headers.get('Retry-After')),
  );
}
