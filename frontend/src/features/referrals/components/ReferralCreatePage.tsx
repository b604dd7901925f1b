import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { copenhagenNowLocal, copenhagenToday } from '../../../lib/dates';
import { CHANNEL_LABELS, optionsOf, PLAN_TYPE_LABELS, SUBMITTER_LABELS } from '../../../lib/labels';
import { legalBasisLabel, useLegalBases, type LegalBasisInfo } from '../../../api/legalBases';
import { useSites } from '../../sites/api/getSites';
import { useCreateReferral } from '../api/createReferral';
import { CHANGE_CITIZEN_ID, CitizenPicker, CPR_INPUT_ID } from './CitizenPicker';
import {
  emptyReferral,
  isApplication,
  isRehabPlan,
  chooseLegalBasis,
  REFERRAL_FIELDS,
  toReferralBody,
  validateReferral,
  type ReferralFormValues,
} from './referralForm';

const idFor = (field: string) => `referral-${field.replace(/_/g, '-')}`;

const rehabPlansFirst = (basis: LegalBasisInfo) => (basis.referral_kind === 'rehab_plan' ? 0 : 1);

/** The legal bases the server lists, hospital plans first, each labelled with the names the server gives it. */
const legalBasisOptions = (bases: readonly LegalBasisInfo[]) =>
  [...bases]
    .sort((a, b) => rehabPlansFirst(a) - rehabPlansFirst(b) || a.code.localeCompare(b.code))
    .map((b) => ({ value: b.code, label: legalBasisLabel(b) }));

export function ReferralCreatePage() {
  const navigate = useNavigate();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const citizenId = params.get('borger');
  const sites = useSites();
  const legalBases = useLegalBases();
  const create = useCreateReferral();

  const [values, setValues] = useState<ReferralFormValues>(() => emptyReferral(copenhagenNowLocal()));
  const { fieldErrors, general, revision, showErrors, clearErrors, clearFieldError } = useFormErrors();

  const set = (field: keyof ReferralFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const selectCitizen = (id: string | null) => {
    clearFieldError('citizen_id');
    setParams(id ? { borger: id } : {}, { replace: true });
  };

  const citizenTarget = citizenId ? CHANGE_CITIZEN_ID : CPR_INPUT_ID;
  const targetFor = (field: string) => (field === 'citizen_id' ? citizenTarget : idFor(field));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateReferral(values, citizenId);
    if (Object.keys(clientErrors).length > 0 || !citizenId) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    create.mutate(toReferralBody(values, citizenId), {
      onSuccess: (created) => {
        void navigate(`/sager/${encodeURIComponent(created.id)}`, {
          state: { notice: 'Henvendelsen er registreret, og fristerne er beregnet.' },
        });
      },
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, REFERRAL_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        }
      },
    });
  };

  const items = summaryItems(fieldErrors, general, REFERRAL_FIELDS, targetFor);
  const today = copenhagenToday();

  return (
    <div className="narrow">
      <PageTitle>Registrér henvendelse</PageTitle>
      <p className="lead">
        Registrér en genoptræningsplan fra et hospital eller en ansøgning fra borgeren. Fristerne regnes
        fra modtagelsen.
      </p>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}

      <ErrorSummary items={items} revision={revision} />

      <section className="panel" aria-labelledby="step-citizen">
        <h2 id="step-citizen" className="panel__title">
          1. Borger
        </h2>
        <CitizenPicker citizenId={citizenId} onSelect={selectCitizen} error={fieldErrors.citizen_id} />
        {!citizenId ? (
          <p className="panel__aside">
            Er borgeren ikke oprettet? <Link to="/borgere/ny">Opret borger</Link>
          </p>
        ) : null}
      </section>

      <form className="panel form" noValidate onSubmit={submit} aria-labelledby="step-referral">
        <h2 id="step-referral" className="panel__title">
          2. Henvendelsen
        </h2>
        <RadioGroup
          id={idFor('legal_basis')}
          name="legal_basis"
          legend="Lovgrundlag"
          value={values.legal_basis}
          onChange={(code) => setValues((v) => chooseLegalBasis(v, code, legalBases.data ?? []))}
          options={legalBasisOptions(legalBases.data ?? [])}
          error={fieldErrors.legal_basis ?? (legalBases.isError ? 'Lovgrundlagene kunne ikke hentes.' : undefined)}
        />
        <SelectField
          id={idFor('site_id')}
          name="site_id"
          label="Matrikel"
          value={values.site_id}
          onChange={set('site_id')}
          placeholder={sites.isPending ? 'Henter matrikler …' : 'Vælg matrikel'}
          options={(sites.data ?? []).map((s) => ({ value: s.id, label: `${s.name} – ${s.address}` }))}
          error={fieldErrors.site_id ?? (sites.isError ? 'Matriklerne kunne ikke hentes.' : undefined)}
        />
        <TextField
          id={idFor('received_at')}
          name="received_at"
          type="datetime-local"
          label="Modtaget"
          hint="Dato og klokkeslæt (dansk tid) for modtagelsen. Dag 1 er den første hverdag derefter."
          width="medium"
          max={`${today}T23:59`}
          value={values.received_at}
          onChange={set('received_at')}
          error={fieldErrors.received_at}
        />
        <TextAreaField
          id={idFor('condition')}
          name="condition"
          label="Lidelse/tilstand"
          hint="Kort beskrivelse, fx “Hoftealloplastik, venstre side”."
          value={values.condition}
          onChange={set('condition')}
          error={fieldErrors.condition}
        />

        {isRehabPlan(values) ? (
          <fieldset className="subform">
            <legend className="subform__legend">Genoptræningsplan</legend>
            <TextField
              id={idFor('hospital')}
              name="hospital"
              label="Hospital"
              width="full"
              value={values.hospital}
              onChange={set('hospital')}
              error={fieldErrors.hospital}
            />
            <TextField
              id={idFor('department')}
              name="department"
              label="Afdeling"
              width="full"
              value={values.department}
              onChange={set('department')}
              error={fieldErrors.department}
            />
            <SelectField
              id={idFor('plan_type')}
              name="plan_type"
              label="Plantype"
              value={values.plan_type}
              onChange={set('plan_type')}
              placeholder="Vælg plantype"
              options={optionsOf(PLAN_TYPE_LABELS)}
              error={fieldErrors.plan_type}
            />
            <TextField
              id={idFor('discharge_date')}
              name="discharge_date"
              type="date"
              label="Udskrivelsesdato"
              width="medium"
              value={values.discharge_date}
              onChange={set('discharge_date')}
              error={fieldErrors.discharge_date}
            />
            <TextField
              id={idFor('health_start_date')}
              name="health_start_date"
              type="date"
              label="Senere startdato af helbredsmæssige årsager"
              hint="Kun hvis planen angiver, at træningen først kan starte senere. Fristen for frit valg regnes så fra denne dato."
              width="medium"
              optional
              value={values.health_start_date}
              onChange={set('health_start_date')}
              error={fieldErrors.health_start_date}
            />
          </fieldset>
        ) : null}

        {isApplication(values) ? (
          <fieldset className="subform">
            <legend className="subform__legend">Ansøgning</legend>
            <SelectField
              id={idFor('channel')}
              name="channel"
              label="Kanal"
              hint="Hvordan ansøgningen kom ind."
              value={values.channel}
              onChange={set('channel')}
              placeholder="Vælg kanal"
              options={optionsOf(CHANNEL_LABELS)}
              error={fieldErrors.channel}
            />
            <RadioGroup
              id={idFor('submitter')}
              name="submitter"
              legend="Indsendt af"
              value={values.submitter}
              onChange={set('submitter')}
              options={optionsOf(SUBMITTER_LABELS)}
              error={fieldErrors.submitter}
            />
          </fieldset>
        ) : null}

        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Registrerer …' : 'Registrér henvendelse'}
          </button>
          <Link to="/" className="button button--link">
            Annullér
          </Link>
        </div>
      </form>
    </div>
  );
}
