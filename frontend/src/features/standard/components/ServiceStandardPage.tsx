import { useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import { useLegalBases } from '../api/getLegalBases';
import { useServiceStandard } from '../api/getServiceStandard';
import { InForceTables } from './InForceTables';
import { legalBasesOf } from './limits';
import { NewVersionForm } from './NewVersionForm';
import { VersionHistory } from './VersionHistory';
import './standard.css';

/** Kvalitetsstandard: the limits in force today, a new version for one legal basis, the history. */
export function ServiceStandardPage() {
  const standard = useServiceStandard();
  const legalBases = useLegalBases();
  const today = copenhagenToday();
  const [notice, setNotice] = useState<string | null>(null);
  // A saved version starts the form afresh from the new list, on the same legal basis.
  const [form, setForm] = useState<{ key: number; legalBasis?: string }>({ key: 0 });

  const limits = standard.data ?? [];
  const bases = legalBasesOf(limits, legalBases.data ?? []);

  return (
    <>
      <PageTitle>Kvalitetsstandard</PageTitle>
      <p className="lead">
        Svarfrister og træningshyppighed efter kommunernes kvalitetsstandarder. En sag følger de frister, der
        gjaldt den dag, henvendelsen blev modtaget.
      </p>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>

      {standard.isPending ? (
        <Loading label="Henter kvalitetsstandarden …" />
      ) : standard.isError ? (
        <ErrorMessage error={standard.error} onRetry={() => void standard.refetch()} />
      ) : (
        <>
          <section className="section" aria-labelledby="in-force-title">
            <h2 id="in-force-title" className="section__title">
              Gældende i dag
            </h2>
            <p>
              Værdierne i kraft <time dateTime={today}>{formatDateLong(today)}</time>.
            </p>
            <InForceTables limits={limits} bases={bases} today={today} />
          </section>

          <section className="section" aria-labelledby="new-version-title">
            <NewVersionForm
              key={form.key}
              limits={limits}
              bases={bases}
              today={today}
              initialLegalBasis={form.legalBasis}
              onSaved={(message, legalBasis) => {
                setNotice(message);
                setForm((f) => ({ key: f.key + 1, legalBasis }));
              }}
            />
          </section>

          <section className="section" aria-labelledby="history-title">
            <h2 id="history-title" className="section__title">
              Versionshistorik
            </h2>
            <p>Alle versioner, også dem der er afløst eller endnu ikke gælder. Åbn et lovgrundlag for at se dets versioner.</p>
            <VersionHistory limits={limits} bases={bases} today={today} />
          </section>
        </>
      )}
    </>
  );
}
