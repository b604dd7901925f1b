import { useState, type FormEvent } from 'react';
import type { CitizenReport } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { ErrorMessage } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useCitizenReport } from '../api/createCitizenReport';
import { ACCESS_USE_LABELS } from '../labels';
import { isUuid, reportFile } from './accessLogForm';

const INPUT_ID = 'report-citizen-id';

function download(report: CitizenReport) {
  const { name, text } = reportFile(report);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function ReportView({ report }: { report: CitizenReport }) {
  return (
    <div className="report">
      <h3 className="report__title">Indsigtsrapport for borger {report.citizen_id}</h3>
      <p>
        {report.entries.length === 0
          ? 'Ingen har brugt borgerens oplysninger i den periode, loggen dækker.'
          : `${report.entries.length} ${report.entries.length === 1 ? 'registrering' : 'registreringer'}. Medarbejderes navne er udeladt; kun organisationen står.`}
      </p>
      {report.entries.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="table__caption">Hvem har brugt borgerens oplysninger, og hvordan.</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Brug</th>
                <th scope="col">Handling</th>
                <th scope="col">Organisation</th>
              </tr>
            </thead>
            <tbody>
              {report.entries.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td className="nowrap">
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td>{labelFor(ACCESS_USE_LABELS, e.use)}</td>
                  <td>
                    <code>{e.operation}</code>
                  </td>
                  <td>{e.organisation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => download(report)}>
          Download JSON
        </button>
      </div>
    </div>
  );
}

/** The answer to a citizen's request for access (GDPR art. 15): a view and a JSON download. */
export function CitizenReportSection({ initialCitizenId }: { initialCitizenId: string }) {
  const report = useCitizenReport();
  const [citizenId, setCitizenId] = useState(initialCitizenId);
  const [error, setError] = useState<string | undefined>();
  const [revision, setRevision] = useState(0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = citizenId.trim().toLowerCase();
    if (!isUuid(id)) {
      setError('Skriv borgerens id (ikke CPR-nummeret), fx fra tabellen ovenfor.');
      setRevision((r) => r + 1);
      report.reset();
      return;
    }
    setError(undefined);
    report.mutate(id);
  };

  return (
    <section className="section panel" aria-labelledby="report-title">
      <h2 id="report-title" className="panel__title">
        Indsigtsrapport til en borger
      </h2>
      <p>
        Når en borger beder om indsigt (databeskyttelsesforordningens art. 15), viser rapporten, hvornår og
        hvordan borgerens oplysninger er brugt, og af hvilken organisation.
      </p>
      <ErrorSummary
        id="report-errors"
        items={error ? [{ targetId: INPUT_ID, message: error }] : []}
        revision={revision}
        title="Rapporten blev ikke lavet"
      />
      <form noValidate onSubmit={submit} aria-label="Lav indsigtsrapport">
        <div className="inline-fields">
          <TextField
            id={INPUT_ID}
            name="citizen_id"
            label="Borger-id"
            className="field--wide"
            value={citizenId}
            onChange={setCitizenId}
            error={error}
          />
          <button type="submit" className="button" disabled={report.isPending}>
            {report.isPending ? 'Laver rapporten …' : 'Lav rapport'}
          </button>
        </div>
      </form>
      {report.isError ? <ErrorMessage error={report.error} /> : null}
      <div role="status">{report.data ? <ReportView report={report.data} /> : null}</div>
    </section>
  );
}
