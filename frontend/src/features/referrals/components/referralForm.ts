import type { LegalBasisInfo } from '../../../api/legalBases';
import type { ReferralCreate } from '../../../api/types';
import { copenhagenLocalToEpoch, copenhagenLocalToIso } from '../../../lib/dates';

// The body's variants: a hospital plan names its hospital; an application its channel.
type RehabPlanBody = Extract<ReferralCreate, { hospital: string }>;
type ApplicationBody = Exclude<ReferralCreate, RehabPlanBody>;

export type ReferralKind = LegalBasisInfo['referral_kind'];

export interface ReferralFormValues {
  legal_basis: string;
  /** The kind of referral that names the chosen legal basis, from GET /legal-bases; '' until one is chosen. */
  referral_kind: ReferralKind | '';
  site_id: string;
  /** A datetime-local value, read as Copenhagen time. */
  received_at: string;
  condition: string;
  hospital: string;
  department: string;
  plan_type: string;
  discharge_date: string;
  health_start_date: string;
  channel: string;
  submitter: string;
}

export const REFERRAL_FIELDS = [
  'citizen_id',
  'legal_basis',
  'site_id',
  'received_at',
  'condition',
  'hospital',
  'department',
  'plan_type',
  'discharge_date',
  'health_start_date',
  'channel',
  'submitter',
] as const;

export const isRehabPlan = (v: Pick<ReferralFormValues, 'referral_kind'>) => v.referral_kind === 'rehab_plan';
export const isApplication = (v: Pick<ReferralFormValues, 'referral_kind'>) => v.referral_kind === 'application';

/** The legal basis chosen, with the kind of referral the server says names it. */
export function chooseLegalBasis(v: ReferralFormValues, code: string, bases: readonly LegalBasisInfo[]): ReferralFormValues {
  return { ...v, legal_basis: code, referral_kind: bases.find((b) => b.code === code)?.referral_kind ?? '' };
}

export function emptyReferral(receivedAt: string): ReferralFormValues {
  return {
    legal_basis: '',
    referral_kind: '',
    site_id: '',
    received_at: receivedAt,
    condition: '',
    hospital: '',
    department: '',
    plan_type: '',
    discharge_date: '',
    health_start_date: '',
    channel: '',
    submitter: '',
  };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A few minutes' grace for a workstation clock that runs a little behind the server's. */
const FUTURE_GRACE_MS = 5 * 60 * 1000;

/** What the browser can check before sending; messages by body field name. */
export function validateReferral(
  v: ReferralFormValues,
  citizenId: string | null,
  now: number = Date.now(),
): Record<string, string> {
  const e: Record<string, string> = {};
  if (!citizenId) e.citizen_id = 'Find og vælg borgeren.';
  if (!v.legal_basis) e.legal_basis = 'Vælg lovgrundlag.';
  if (!v.site_id) e.site_id = 'Vælg matrikel.';
  const received = v.received_at ? copenhagenLocalToEpoch(v.received_at) : null;
  if (!v.received_at) e.received_at = 'Angiv hvornår henvendelsen blev modtaget.';
  else if (received === null) e.received_at = 'Tidspunktet er ikke gyldigt.';
  else if (received > now + FUTURE_GRACE_MS) e.received_at = 'Modtagelsen kan ikke ligge i fremtiden.';
  if (!v.condition.trim()) e.condition = 'Beskriv lidelsen eller tilstanden.';

  if (isRehabPlan(v)) {
    if (!v.hospital.trim()) e.hospital = 'Skriv hospitalets navn.';
    if (!v.department.trim()) e.department = 'Skriv afdelingen.';
    if (!v.plan_type) e.plan_type = 'Vælg plantype.';
    if (!DATE_RE.test(v.discharge_date)) e.discharge_date = 'Angiv udskrivelsesdatoen.';
    if (v.health_start_date) {
      if (!DATE_RE.test(v.health_start_date)) e.health_start_date = 'Datoen er ikke gyldig.';
      else if (DATE_RE.test(v.discharge_date) && v.health_start_date < v.discharge_date) {
        e.health_start_date = 'Startdatoen kan ikke ligge før udskrivelsesdatoen.';
      }
    }
  }
  if (isApplication(v)) {
    if (!v.channel) e.channel = 'Vælg hvordan ansøgningen kom ind.';
    if (!v.submitter) e.submitter = 'Vælg hvem der har sendt ansøgningen.';
  }
  return e;
}

/** The request body for POST /api/v1/referrals; call only after validateReferral found nothing. */
export function toReferralBody(v: ReferralFormValues, citizenId: string): ReferralCreate {
  const receivedAt = copenhagenLocalToIso(v.received_at);
  if (receivedAt === null) throw new Error('received_at is not a valid local time');
  const common = {
    citizen_id: citizenId,
    site_id: v.site_id,
    received_at: receivedAt,
    condition: v.condition.trim(),
  };
  if (isRehabPlan(v)) {
    const plan: RehabPlanBody = {
      ...common,
      legal_basis: v.legal_basis as RehabPlanBody['legal_basis'],
      hospital: v.hospital.trim(),
      department: v.department.trim(),
      // The select offers only the API's codes; the server rejects anything else.
      plan_type: v.plan_type as RehabPlanBody['plan_type'],
      discharge_date: v.discharge_date,
      health_start_date: v.health_start_date || null,
    };
    return plan;
  }
  const application: ApplicationBody = {
    ...common,
    legal_basis: v.legal_basis as ApplicationBody['legal_basis'],
    channel: v.channel as ApplicationBody['channel'],
    submitter: v.submitter as ApplicationBody['submitter'],
  };
  return application;
}
