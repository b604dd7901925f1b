import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDate } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useExceptionsInForce } from '../api/getExceptionsInForce';
import { EXCEPTION_REASON_LABELS } from '../labels';

/** The frequency exceptions in force today, for the team leader to follow. */
export function ExceptionsInForce() {
  const exceptions = useExceptionsInForce();
  return (
    <section className="panel" aria-labelledby="exceptions-in-force">
      <h2 id="exceptions-in-force" className="panel__title">
        Undtagelser fra frekvensen i kraft i dag
      </h2>
      {exceptions.isPending ? (
        <Loading />
      ) : exceptions.isError ? (
        <ErrorMessage error={exceptions.error} />
      ) : exceptions.data.length === 0 ? (
        <p className="empty">Der er ingen undtagelser i kraft.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Undtagelser i kraft</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Begrundelse</th>
                <th scope="col">Periode</th>
                <th scope="col">Registreret af</th>
              </tr>
            </thead>
            <tbody>
              {exceptions.data.map((x) => (
                <tr key={x.id}>
                  <th scope="row">
                    <Link to={`/forloeb/${x.course_id}`}>{x.citizen_name}</Link>
                  </th>
                  <td>
                    {labelFor(EXCEPTION_REASON_LABELS, x.reason)}
                    {x.note ? <span className="cell-sub">{x.note}</span> : null}
                  </td>
                  <td>
                    {formatDate(x.starts_on)}–{formatDate(x.ends_on)}
                  </td>
                  <td>{x.recorded_by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
