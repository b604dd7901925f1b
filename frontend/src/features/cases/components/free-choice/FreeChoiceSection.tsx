import { formatDateLong } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import type { FreeChoice } from '../../api/types';
import { CITIZEN_CHOICE_LABELS } from '../../labels';
import { Item } from '../shared/Item';

function yesNo(value: boolean | null): string {
  return value === null ? 'Ikke registreret' : value ? 'Ja' : 'Nej';
}

/** Sundhedsloven § 140, stk. 4 for an almen plan: the date, the start offered, the citizen's choice. */
export function FreeChoiceSection({ freeChoice }: { freeChoice: FreeChoice }) {
  return (
    <section className="panel" aria-labelledby="case-free-choice">
      <h2 id="case-free-choice" className="panel__title">
        Frit valg (SUL § 140, stk. 4)
      </h2>
      <dl className="details">
        <Item term="Start senest">
          <time dateTime={freeChoice.free_choice_date}>{formatDateLong(freeChoice.free_choice_date)}</time>
        </Item>
        <Item term="Tilbud givet">
          {freeChoice.offered_on ? (
            <time dateTime={freeChoice.offered_on}>{formatDateLong(freeChoice.offered_on)}</time>
          ) : (
            'Ikke registreret'
          )}
        </Item>
        <Item term="Første tilbudte træningsdag">
          {freeChoice.first_start_offered ? (
            <>
              <time dateTime={freeChoice.first_start_offered}>{formatDateLong(freeChoice.first_start_offered)}</time>
              {freeChoice.start_within_limit === false ? (
                <span className="pill pill--error late__pill">Efter fristen</span>
              ) : freeChoice.start_within_limit ? (
                <span className="pill pill--ok late__pill">Inden for fristen</span>
              ) : null}
            </>
          ) : (
            'Ikke registreret'
          )}
        </Item>
        <Item term="Frit valg tilbudt">{yesNo(freeChoice.free_choice_offered)}</Item>
        <Item term="Borgerens valg">
          {freeChoice.citizen_choice ? labelFor(CITIZEN_CHOICE_LABELS, freeChoice.citizen_choice) : 'Ikke registreret'}
        </Item>
        {freeChoice.kl_status_reason ? (
          <Item term="Statusårsag (KL)">{freeChoice.kl_status_reason_name}</Item>
        ) : null}
      </dl>
    </section>
  );
}
