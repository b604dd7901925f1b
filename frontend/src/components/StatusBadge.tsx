import { labelFor, STATUS_LABELS } from '../lib/labels';

function Icon({ status }: { status: string }) {
  // Shapes differ as well as colours: a circle with "!" (overdue), a triangle (due soon), a tick.
  if (status === 'overdue' || status === 'due_today') {
    return (
      <svg className="status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <rect x="7" y="3.5" width="2" height="6" fill="#fff" />
        <rect x="7" y="11" width="2" height="2" fill="#fff" />
      </svg>
    );
  }
  if (status === 'due_soon') {
    return (
      <svg className="status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
        <rect x="7.1" y="6" width="1.8" height="4.5" fill="#fff" />
        <rect x="7.1" y="11.5" width="1.8" height="1.8" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg className="status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="m4.5 8.2 2.3 2.3 4.7-4.8" stroke="#fff" strokeWidth="2" fill="none" />
    </svg>
  );
}

/** A deadline's status in colour, shape and words. */
export function StatusBadge({ status }: { status: string }) {
  const known = status in STATUS_LABELS ? status : 'unknown';
  return (
    <span className={`status status--${known}`}>
      <Icon status={status} />
      <span>{labelFor(STATUS_LABELS, status)}</span>
    </span>
  );
}
