// FSIII training services (Fælles Sprog III, KL) a course's content is chosen from. The API has
// no list of them yet; these are the national codes the server accepts, by legal-basis group.

export interface TrainingServiceOption {
  code: string;
  display: string;
  group: 'health_act_140' | 'social_services_act_86';
}

export const TRAINING_SERVICES: readonly TrainingServiceOption[] = [
  { code: '1130ad70-6553-490d-87f8-5e8941687a0c', display: 'Terapeutfaglig udredning', group: 'health_act_140' },
  { code: '2abe20c7-c0b4-41c1-b397-52acf36499ef', display: 'Fysisk træning', group: 'health_act_140' },
  { code: '2c661159-1bb3-4af2-bdf1-f3a9927a99e2', display: 'Kognitiv træning', group: 'health_act_140' },
  { code: '571fa7da-a155-4a84-b780-ef19170d48a0', display: 'Opfølgning', group: 'health_act_140' },
  { code: '58293f63-00d7-4730-8dbc-c784d40f9e23', display: 'Funktionstræning', group: 'health_act_140' },
  { code: '66fb32c9-ecc3-484b-be49-f20094be237c', display: 'Vejledning og undervisning', group: 'health_act_140' },
  { code: '7f825e3e-1a5c-4249-bf41-9f7171fb6b8a', display: 'ADL-træning', group: 'health_act_140' },
  { code: '8d714c98-f23a-4722-8a2f-85c162fe4840', display: 'Psykomotorisk træning', group: 'health_act_140' },
  { code: 'ba3e17bd-d4aa-4848-acad-25adc8285c19', display: 'Koordinering og kommunikation', group: 'health_act_140' },
  { code: 'f8ac963c-6ec5-4ec5-bd90-a22fea4e2d16', display: 'Manuel behandling', group: 'health_act_140' },
  { code: 'db582ef3-121c-4061-9569-3dbede361d47', display: '§ 86 stk. 1 Genoptræning (H5)', group: 'social_services_act_86' },
  { code: '49b9601f-eff7-43a4-8263-56296ec82601', display: 'Genoptræning af funktionsnedsættelse (H5.1)', group: 'social_services_act_86' },
  { code: 'ae759142-4006-454f-a585-ca02519e5579', display: '§ 86 stk. 2 Vedligeholdelsestræning (H6)', group: 'social_services_act_86' },
  { code: 'c7d79b23-a53d-4ad5-a536-24d7c7fe8e18', display: 'Vedligehold af færdigheder (H6.1)', group: 'social_services_act_86' },
];

export const SERVICE_GROUP_LABELS: Record<string, string> = {
  health_act_140: 'Genoptræning efter sygehusophold (SUL § 140)',
  social_services_act_86: 'Serviceloven § 86',
};
