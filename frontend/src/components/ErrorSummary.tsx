import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the control the message is about; none for a message about the whole form. */
  targetId?: string;
  message: string;
}

/**
 * The list of problems above a form. It takes focus when it appears (or changes) so that
 * keyboard and screen-reader users learn that the form was not sent, and each message links
 * to its field.
 */
export function ErrorSummary({
  items,
  revision,
  title = 'Formularen blev ikke gemt',
  id = 'error-summary',
}: {
  items: SummaryItem[];
  revision: number;
  title?: string;
  /** Needed only where a page has more than one form. */
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Focus again on every failed submit, not only when the list changes.
  }, [revision, items.length]);

  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, i) => (
          <li key={`${item.targetId ?? 'form'}-${i}`}>
            {item.targetId ? (
              <a
                href={`#${item.targetId}`}
                onClick={(e) => {
                  const el = document.getElementById(item.targetId!);
                  if (el) {
                    e.preventDefault();
                    el.focus();
                    el.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
