import { formatDateLong } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import type { Complaint } from '../../api/types';
import { COMPLAINT_OUTCOME_LABELS } from '../../labels';
import { Item } from '../shared/Item';

function LateWarning({ complaint }: { complaint: Complaint }) {
  return (
    <p className="notice notice--warning late">
      <svg className="late__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
        <rect x="7.1" y="6" width="1.8" height="4.5" fill="#fff" />
        <rect x="7.1" y="11.5" width="1.8" height="1.8" fill="#fff" />
      </svg>
      <span>
        <strong>For sen klage.</strong> Klagen er modtaget efter klagefristen
        {complaint.window_ends ? `, som udløb ${formatDateLong(complaint.window_ends)}` : ''}.
      </span>
    </p>
  );
}

/** The complaints about the decisions: late ones flagged, the reassessment and Ankestyrelsen. */
export function ComplaintsSection({ complaints }: { complaints: Complaint[] }) {
  return (
    <section className="panel" aria-labelledby="case-complaints">
      <h2 id="case-complaints" className="panel__title">
        {complaints.length === 1 ? 'Klage' : 'Klager'}
      </h2>
      <ol className="plain-list cards">
        {complaints.map((c) => (
          <li key={c.id} className="card">
            {c.late ? <LateWarning complaint={c} /> : null}
            <dl className="details">
              <Item term="Modtaget">
                <time dateTime={c.received_on}>{formatDateLong(c.received_on)}</time>
              </Item>
              <Item term="Klagefrist">
                {c.window_ends ? <time dateTime={c.window_ends}>{formatDateLong(c.window_ends)}</time> : 'Ikke kendt'}
                {c.late ? <span className="pill pill--error late__pill">For sen</span> : null}
              </Item>
              <Item term="Revurdering senest">
                <time dateTime={c.reassessment_due}>{formatDateLong(c.reassessment_due)}</time>
              </Item>
              <Item term="Revurdering">
                {c.outcome ? (
                  <>
                    {labelFor(COMPLAINT_OUTCOME_LABELS, c.outcome)}
                    {c.reassessed_on ? ` ${formatDateLong(c.reassessed_on)}` : ''}
                  </>
                ) : (
                  'Ikke revurderet endnu'
                )}
              </Item>
              <Item term="Sendt til Ankestyrelsen">
                {c.forwarded_on ? <time dateTime={c.forwarded_on}>{formatDateLong(c.forwarded_on)}</time> : 'Nej'}
              </Item>
            </dl>
            <div className="reasons">
              <h3 className="reasons__title">Borgerens klage</h3>
              <p className="reasons__text">{c.summary}</p>
            </div>
            {c.reassessment_note ? (
              <div className="reasons">
                <h3 className="reasons__title">Begrundelse ved revurderingen</h3>
                <p className="reasons__text">{c.reassessment_note}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
