// Test data: the legal bases as GET /api/v1/legal-bases lists them (hospital plans first).
import type { LegalBasisInfo } from '../api/legalBases';

export const LEGAL_BASES: LegalBasisInfo[] = [
  {
    code: 'SUL_140',
    referral_kind: 'rehab_plan',
    name: 'Genoptræning efter hospitalsophold (Sundhedsloven § 140)',
    short_name: 'SUL § 140',
    service: 'Genoptræning efter hospitalsophold',
  },
  {
    code: 'SEL_86_1',
    referral_kind: 'application',
    name: 'Genoptræning (Serviceloven § 86, stk. 1)',
    short_name: 'SEL § 86, stk. 1',
    service: 'Genoptræning',
  },
  {
    code: 'SEL_86_2',
    referral_kind: 'application',
    name: 'Vedligeholdende træning (Serviceloven § 86, stk. 2)',
    short_name: 'SEL § 86, stk. 2',
    service: 'Vedligeholdende træning',
  },
];

/** The names the server gives a legal basis, by its code (as the case and worklist answers carry them). */
export function legalBasisNames(code: string) {
  const basis = LEGAL_BASES.find((b) => b.code === code);
  if (!basis) throw new Error(`no legal basis ${code} in the test data`);
  return { name: basis.name, short_name: basis.short_name, service: basis.service };
}
