import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Citizen, CitizenCase, CitizenChange, CitizenCourse } from '../../../api/types';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useLegalBasisLabel } from '../../../api/legalBases';
import { labelFor } from '../../../lib/labels';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { letterPdfUrl } from '../../cases/api/downloadLetter';
import { CASE_STATUS_LABELS, COURSE_STATUS_LABELS, LETTER_KIND_LABELS } from '../../cases/labels';
import { useCitizenCases, useCitizenChanges, useCitizenCourses } from '../api/citizenRecord';
import { useCitizen } from '../api/getCitizen';
import { formField, RECORD_LABELS } from './citizenRecordForm';
import { EarlierCourseForm } from './EarlierCourseForm';

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children || <span className="muted">Ikke oplyst</span>}</dd>
    </div>
  );
}

function Record({ citizen }: { citizen: Citizen }) {
  return (
    <section className="panel" aria-labelledby="citizen-record">
      <h2 id="citizen-record" className="panel__title">
        Kontaktoplysninger
      </h2>
      <dl className="details">
        <Item term="CPR-nummer">{citizen.cpr}</Item>
        <Item term="Adresse">{citizen.address}</Item>
        <Item term="Kommune">
          {citizen.municipality_name}
          {citizen.other_municipality ? <span className="tag tag--warning">Anden kommune</span> : null}
        </Item>
        <Item term="Telefon">{citizen.phone}</Item>
        <Item term="E-mail">{citizen.email}</Item>
      </dl>
      <h3 className="panel__subtitle">Egen læge</h3>
      <dl className="details">
        <Item term="Læge">{citizen.general_practitioner}</Item>
        <Item term="Lægehus">{citizen.general_practitioner_clinic}</Item>
        <Item term="Ydernummer">{citizen.general_practitioner_provider_number}</Item>
      </dl>
      <h3 className="panel__subtitle">Pårørende</h3>
      {citizen.relative ? (
        <dl className="details">
          <Item term="Navn">{citizen.relative.name}</Item>
          <Item term="Relation">{citizen.relative.relation}</Item>
          <Item term="Telefon">{citizen.relative.phone}</Item>
        </dl>
      ) : (
        <p className="empty">Ingen pårørende registreret.</p>
      )}
    </section>
  );
}

function Cases({ cases }: { cases: CitizenCase[] }) {
  const basisLabel = useLegalBasisLabel();
  if (cases.length === 0) return <p className="empty">Borgeren har ingen sager, du kan se.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Borgerens sager, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Sag</th>
            <th scope="col">Modtaget</th>
            <th scope="col">Matrikel</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/sager/${c.id}`}>{basisLabel(c.legal_basis)}</Link>
                <span className="cell-sub">{c.condition}</span>
              </th>
              <td>{formatDate(c.received_date)}</td>
              <td>{c.site_name}</td>
              <td>{labelFor(CASE_STATUS_LABELS, c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Courses({ courses }: { courses: CitizenCourse[] }) {
  const basisLabel = useLegalBasisLabel();
  if (courses.length === 0) return <p className="empty">Borgeren har ingen forløb.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Borgerens forløb</caption>
        <thead>
          <tr>
            <th scope="col">Lovgrundlag</th>
            <th scope="col">Startede</th>
            <th scope="col">Sluttede</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.earlier ? basisLabel(c.legal_basis) : <Link to={`/forloeb/${c.id}`}>{basisLabel(c.legal_basis)}</Link>}
                {c.earlier ? <span className="cell-sub">Tidligere forløb{c.note ? `: ${c.note}` : ''}</span> : null}
              </th>
              <td>{c.started_on ? formatDate(c.started_on) : '–'}</td>
              <td>{c.ended_on ? formatDate(c.ended_on) : '–'}</td>
              <td>{labelFor(COURSE_STATUS_LABELS, c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Letters({ cases }: { cases: CitizenCase[] }) {
  const basisLabel = useLegalBasisLabel();
  const letters = cases.flatMap((c) => c.letters.map((letter) => ({ letter, basis: c.legal_basis })));
  if (letters.length === 0) return <p className="empty">Borgeren har ingen breve på sager, du kan se.</p>;
  return (
    <ul className="result-list">
      {letters.map(({ letter, basis }) => {
        const kind = labelFor(LETTER_KIND_LABELS, letter.kind);
        return (
          <li key={letter.id}>
            <a href={letterPdfUrl(letter.id)} download>
              {kind}
            </a>{' '}
            <span className="muted">
              ({basisLabel(basis)}, <time dateTime={letter.created_at}>{formatDateTime(letter.created_at)}</time>)
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function History({ changes }: { changes: CitizenChange[] }) {
  if (changes.length === 0) return <p className="empty">Oplysningerne er ikke ændret, siden borgeren blev oprettet.</p>;
  const show = (value: string | null) => value ?? <span className="muted">(tom)</span>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Ændringer af borgerens oplysninger, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Ændret af</th>
            <th scope="col">Felt</th>
            <th scope="col">Før</th>
            <th scope="col">Efter</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={`${c.changed_at}-${c.field}-${i}`}>
              <td>
                <time dateTime={c.changed_at}>{formatDateTime(c.changed_at)}</time>
              </td>
              <td>{c.actor}</td>
              <th scope="row">{labelFor(RECORD_LABELS, formField(c.field))}</th>
              <td>{show(c.old_value)}</td>
              <td>{show(c.new_value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The citizen's page: the record, cases, courses, letters and the history of the record. */
export function CitizenPage() {
  const { id = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const user = useCurrentUser();
  const citizen = useCitizen(id);
  const cases = useCitizenCases(id);
  const courses = useCitizenCourses(id);
  const changes = useCitizenChanges(id);
  const [courseSaved, setCourseSaved] = useState(false);
  const mayWrite = can(user, 'citizens.write');

  if (citizen.isPending) return <Loading label="Henter borgeren …" />;
  if (citizen.isError) return <ErrorMessage error={citizen.error} />;
  const data = citizen.data;

  return (
    <div>
      <PageTitle title={`Borger: ${data.name}`}>{data.name}</PageTitle>
      <p className="lead">Født {formatDate(data.birth_date)}</p>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      {mayWrite ? (
        <p>
          <Link to={`/borgere/${id}/ret`} className="button button--secondary">
            Ret oplysninger
          </Link>
        </p>
      ) : null}
      <Record citizen={data} />
      <Section id="citizen-cases" title="Sager">
        {cases.isPending ? <Loading /> : cases.isError ? <ErrorMessage error={cases.error} /> : <Cases cases={cases.data} />}
      </Section>
      <Section id="citizen-courses" title="Forløb">
        {courses.isPending ? (
          <Loading />
        ) : courses.isError ? (
          <ErrorMessage error={courses.error} />
        ) : (
          <Courses courses={courses.data} />
        )}
        {courseSaved ? (
          <p className="notice notice--success" role="status">
            Det tidligere forløb er registreret.
          </p>
        ) : null}
        {mayWrite ? <EarlierCourseForm citizenId={id} onDone={() => setCourseSaved(true)} /> : null}
      </Section>
      <Section id="citizen-letters" title="Breve">
        {cases.isPending ? <Loading /> : <Letters cases={cases.data ?? []} />}
      </Section>
      <Section id="citizen-history" title="Ændringshistorik">
        {changes.isPending ? (
          <Loading />
        ) : changes.isError ? (
          <ErrorMessage error={changes.error} />
        ) : (
          <History changes={changes.data} />
        )}
      </Section>
    </div>
  );
}
