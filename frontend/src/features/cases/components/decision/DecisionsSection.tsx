import { formatDateLong } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import type { Decision } from '../../api/types';
import { COURSE_FORM_LABELS, DECISION_OUTCOME_LABELS, DISCIPLINE_LABELS, SENDING_CHANNEL_LABELS } from '../../labels';
import { Item } from '../shared/Item';

function DateValue({ value, none }: { value: string | null; none: string }) {
  return value ? <time dateTime={value}>{formatDateLong(value)}</time> : <>{none}</>;
}

/** The decisions on the application, oldest first; a changed decision after a complaint says so. */
export function DecisionsSection({ decisions }: { decisions: Decision[] }) {
  return (
    <section className="panel" aria-labelledby="case-decisions">
      <h2 id="case-decisions" className="panel__title">
        {decisions.length === 1 ? 'Afgørelse' : 'Afgørelser'}
      </h2>
      <ol className="plain-list cards">
        {decisions.map((d) => (
          <li key={d.id} className="card">
            <h3 className="card__title">
              <span className={`pill ${d.outcome === 'grant' ? 'pill--ok' : 'pill--error'}`}>
                {labelFor(DECISION_OUTCOME_LABELS, d.outcome)}
              </span>
              {d.after_complaint ? <span className="card__sub"> Ændret afgørelse efter klage</span> : null}
            </h3>
            <dl className="details">
              <Item term="Sendt">
                <DateValue value={d.sent_on} none="" /> ({labelFor(SENDING_CHANNEL_LABELS, d.channel)})
              </Item>
              <Item term="Modtaget af borgeren">
                <DateValue value={d.received_on} none="Ikke registreret endnu" />
              </Item>
              <Item term="Klagefrist">
                <DateValue value={d.complaint_window_ends} none="Regnes, når modtagelsen er registreret" />
              </Item>
              {d.outcome === 'grant' ? (
                <>
                  <Item term="Faggrupper">{d.disciplines.map((x) => labelFor(DISCIPLINE_LABELS, x)).join(' og ')}</Item>
                  <Item term="Træningsform">{labelFor(COURSE_FORM_LABELS, d.form)}</Item>
                  <Item term="Kørsel">{d.transport_needed ? 'Ja' : 'Nej'}</Item>
                </>
              ) : null}
            </dl>
            {d.reasons ? (
              <div className="reasons">
                <h4 className="reasons__title">{d.outcome === 'refuse' ? 'Begrundelse' : 'Tekst til brevet'}</h4>
                <p className="reasons__text">{d.reasons}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
