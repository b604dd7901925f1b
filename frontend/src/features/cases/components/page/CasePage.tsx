import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Case } from '../../../../api/types';
import { PageTitle } from '../../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../../components/QueryState';
import { formatDateLong, formatDateTime } from '../../../../lib/dates';
import { legalBasisLabel } from '../../../../api/legalBases';
import { CHANNEL_LABELS, labelFor, PLAN_TYPE_LABELS, SUBMITTER_LABELS } from '../../../../lib/labels';
import { useCitizen } from '../../../citizens/api/getCitizen';
import { useCase } from '../../api/getCase';
import { CASE_STATUS_LABELS, FLAG_LABELS } from '../../labels';
import { AssessmentSection } from '../assessment/AssessmentSection';
import { ComplaintsSection } from '../complaint/ComplaintsSection';
import { CourseSection } from '../course/CourseSection';
import { DeadlineTable } from '../deadlines/DeadlineTable';
import { DecisionsSection } from '../decision/DecisionsSection';
import { FreeChoiceSection } from '../free-choice/FreeChoiceSection';
import { InvitationSection } from '../invitation/InvitationSection';
import { LettersTable } from '../letters/LettersTable';
import { Item } from '../shared/Item';
import './case.css';
import { CaseActions } from './CaseActions';
import { CaseTimeline } from './CaseTimeline';

/** Whole years from the birth date to today. */
function ageOn(birthDate: string, today: Date = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const age = today.getFullYear() - y;
  const before = today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d);
  return before ? age - 1 : age;
}

/** Who the case is about, first: what a therapist needs before a home visit or a call. */
function CitizenSummary({ citizenId }: { citizenId: string }) {
  const citizen = useCitizen(citizenId);
  const c = citizen.data;
  if (!c) return null;
  return (
    <section className="panel case-citizen" aria-labelledby="case-citizen">
      <h2 id="case-citizen" className="panel__title">
        <Link to={`/borgere/${c.id}`}>{c.name}</Link>, {ageOn(c.birth_date)} år
      </h2>
      <dl className="details">
        <Item term="Telefon">
          {c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a> : 'Ikke oplyst'}
        </Item>
        <Item term="Adresse">{c.address}</Item>
        <Item term="Egen læge">
          {c.general_practitioner
            ? `${c.general_practitioner}${c.general_practitioner_clinic ? `, ${c.general_practitioner_clinic}` : ''}`
            : 'Ikke oplyst'}
        </Item>
      </dl>
    </section>
  );
}

/** The case's state in words, with whether it is still open; a link on to the actions. */
function CaseStatus({ data }: { data: Case }) {
  // A granted case whose course is running is not over, even when the visitation is done.
  const training = data.course?.status === 'active';
  const open = data.open || training;
  return (
    <div className="case-status">
      <p className="case-status__state">
        Status:{' '}
        <span className={`pill ${open ? 'pill--info' : 'pill--muted'} case-status__pill`}>
          {labelFor(CASE_STATUS_LABELS, data.status)}
        </span>
        <span className="case-status__open">
          {training ? ' (træningsforløb i gang)' : open ? ' (åben sag)' : ' (afsluttet)'}
        </span>
      </p>

    </div>
  );
}

function CaseDetails({ data }: { data: Case }) {
  const plan = data.rehab_plan;
  const application = data.application;
  return (
    <>
      <div className="case-top">
        <div className="case-top__summary">
          <CitizenSummary citizenId={data.citizen.id} />
          <CaseStatus data={data} />
        </div>
        {/* The steps beside the summary, the next one first: no scrolling to act. */}
        <CaseActions data={data} />
      </div>
      <section className="panel" aria-labelledby="case-overview">
        <h2 id="case-overview" className="panel__title">
          Oversigt
        </h2>
        <dl className="details">
          <Item term="Borger">
            <Link to={`/borgere/${data.citizen.id}`}>{data.citizen.name}</Link>
          </Item>
          <Item term="Lovgrundlag">{legalBasisLabel(data.legal_basis_names)}</Item>
          <Item term="Matrikel">{data.site.name}</Item>
          <Item term="Modtaget">
            <time dateTime={data.received_at}>{formatDateTime(data.received_at)}</time>
          </Item>
          <Item term="Lidelse/tilstand">{data.condition}</Item>
          {data.sender_reference ? (
            <Item term="Afsenders reference">
              {data.sender_reference} ({data.sender_system})
            </Item>
          ) : null}
          <Item term="Markeringer">
            {data.flags.length === 0 && !data.possible_duplicate_of ? (
              'Ingen'
            ) : (
              <ul className="tags">
                {data.flags.map((f) => (
                  <li key={f} className="tag tag--warning">
                    {labelFor(FLAG_LABELS, f)}
                  </li>
                ))}
                {data.possible_duplicate_of ? (
                  <li className="tag tag--warning">
                    Mulig dublet af{' '}
                    <Link to={`/sager/${data.possible_duplicate_of}`}>en anden sag samme dag</Link>
                  </li>
                ) : null}
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
            <Item term="Statusårsager (KL)">
              {data.kl_status_reasons.length === 0
                ? 'Ingen'
                : data.kl_status_reason_names.join(', ')}
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

      {data.course ? <CourseSection course={data.course} /> : null}
      {data.free_choice ? <FreeChoiceSection freeChoice={data.free_choice} /> : null}
      {data.invitation ? <InvitationSection invitation={data.invitation} /> : null}
      {data.assessment ? <AssessmentSection assessment={data.assessment} /> : null}
      {data.decisions.length > 0 ? <DecisionsSection decisions={data.decisions} /> : null}
      {data.complaints.length > 0 ? <ComplaintsSection complaints={data.complaints} /> : null}

      <section className="panel" aria-labelledby="case-letters">
        <h2 id="case-letters" className="panel__title">
          Breve
        </h2>
        <LettersTable letters={data.letters} />
      </section>

      <section className="panel" aria-labelledby="case-history">
        <h2 id="case-history" className="panel__title">
          Hændelser
        </h2>
        <CaseTimeline receivedAt={data.received_at} events={data.events} />
      </section>
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const query = useCase(id);
  // The notice belongs to the step just taken: gone once the case has moved on again.
  const events = query.data?.events.length;
  const [noticeAt, setNoticeAt] = useState<{ key: string; events: number } | null>(null);
  if (notice && events !== undefined && noticeAt?.key !== location.key) {
    setNoticeAt({ key: location.key, events });
  }
  const showNotice = notice && (noticeAt?.key !== location.key || noticeAt.events === events);

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
      {showNotice ? (
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
