import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Case } from '../../../api/types';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDateLong, formatDateTime } from '../../../lib/dates';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  labelFor,
  LEGAL_BASIS_LABELS,
  PLAN_TYPE_LABELS,
  SUBMITTER_LABELS,
} from '../../../lib/labels';
import { useCase } from '../api/getCase';
import { DeadlineTable } from './DeadlineTable';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CaseDetails({ data }: { data: Case }) {
  const plan = data.rehab_plan;
  const application = data.application;
  return (
    <>
      <section className="panel" aria-labelledby="case-overview">
        <h2 id="case-overview" className="panel__title">
          Oversigt
        </h2>
        <dl className="details">
          <Item term="Borger">{data.citizen.name}</Item>
          <Item term="Lovgrundlag">{labelFor(LEGAL_BASIS_LABELS, data.legal_basis)}</Item>
          <Item term="Matrikel">{data.site.name}</Item>
          <Item term="Modtaget">
            <time dateTime={data.received_at}>{formatDateTime(data.received_at)}</time>
          </Item>
          <Item term="Lidelse/tilstand">{data.condition}</Item>
          <Item term="Markeringer">
            {data.flags.length === 0 ? (
              'Ingen'
            ) : (
              <ul className="tags">
                {data.flags.map((f) => (
                  <li key={f} className="tag tag--warning">
                    {labelFor(FLAG_LABELS, f)}
                  </li>
                ))}
              </ul>
            )}
          </Item>
        </dl>
      </section>

      {plan ? (
        <section className="panel" aria-labelledby="case-plan">
          <h2 id="case-plan" className="panel__title">
            Genoptræningsplan
          </h2>
          <dl className="details">
            <Item term="Hospital">{plan.hospital}</Item>
            <Item term="Afdeling">{plan.department}</Item>
            <Item term="Plantype">{labelFor(PLAN_TYPE_LABELS, plan.plan_type)}</Item>
            <Item term="Udskrivelsesdato">{formatDateLong(plan.discharge_date)}</Item>
            <Item term="Senere startdato (helbredsmæssige årsager)">
              {plan.health_start_date ? formatDateLong(plan.health_start_date) : 'Ingen'}
            </Item>
            <Item term="Frit valg fra">
              {plan.free_choice_date ? (
                <>
                  {formatDateLong(plan.free_choice_date)}
                  <span className="details__note">
                    Kan træningen ikke starte senest denne dag, kan borgeren vælge en privat leverandør
                    (SUL § 140, stk. 4).
                  </span>
                </>
              ) : (
                'Ikke beregnet'
              )}
            </Item>
          </dl>
        </section>
      ) : null}

      {application ? (
        <section className="panel" aria-labelledby="case-application">
          <h2 id="case-application" className="panel__title">
            Ansøgning
          </h2>
          <dl className="details">
            <Item term="Kanal">{labelFor(CHANNEL_LABELS, application.channel)}</Item>
            <Item term="Indsendt af">{labelFor(SUBMITTER_LABELS, application.submitter)}</Item>
          </dl>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="case-deadlines">
        <h2 id="case-deadlines" className="panel__title">
          Svarfrister
        </h2>
        <DeadlineTable deadlines={data.deadlines} />
      </section>
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const query = useCase(id);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">
          <span aria-hidden="true">← </span>Tilbage til arbejdslisten
        </Link>
      </p>
      <PageTitle title={query.data ? `Sag: ${query.data.citizen.name}` : 'Sag'}>
        {query.data ? `Sag: ${query.data.citizen.name}` : 'Sag'}
      </PageTitle>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      {query.isPending ? (
        <Loading label="Henter sagen …" />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CaseDetails data={query.data} />
      )}
    </>
  );
}
