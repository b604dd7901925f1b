import { useEffect } from 'react';
import type { CitizenReport } from '../../../api/types';
import { ErrorMessage } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useCitizenReport } from '../api/createCitizenReport';
import { ACCESS_USE_LABELS, operationLabel } from '../labels';
import type { ChosenCitizen } from './CitizenFinder';
import { reportFile } from './accessLogForm';

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

function ReportView({ report, name }: { report: CitizenReport; name: string }) {
  return (
    <div className="report">
      <h3 className="report__title">Indsigtsrapport for {name}</h3>
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
                  <td>{operationLabel(e.operation)}</td>
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
export function CitizenReportSection({ citizen }: { citizen: ChosenCitizen | null }) {
  const report = useCitizenReport();
  const citizenId = citizen?.id;
  const { mutate } = report;
  // A citizen chosen in "Find borger" gets their report at once.
  useEffect(() => {
    if (citizenId) mutate(citizenId);
  }, [citizenId, mutate]);

  return (
    <section className="section panel" aria-labelledby="report-title">
      <h2 id="report-title" className="panel__title">
        Indsigtsrapport til en borger
      </h2>
      <p>
        Når en borger beder om indsigt (databeskyttelsesforordningens art. 15), viser rapporten, hvornår og
        hvordan borgerens oplysninger er brugt, og af hvilken organisation. Find borgeren ovenfor, og vælg
        »Lav indsigtsrapport«.
      </p>
      {report.isPending ? <p>Laver rapporten …</p> : null}
      {report.isError ? <ErrorMessage error={report.error} /> : null}
      <div role="status">
        {report.data && citizen ? <ReportView report={report.data} name={citizen.name} /> : null}
      </div>
    </section>
  );
}
