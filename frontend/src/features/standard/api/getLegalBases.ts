// Several features use the legal bases (the referral form, the service standard); their query
// lives with the API client.
export { legalBasesQueryOptions, useLegalBases, type LegalBasisInfo } from '../../../api/legalBases';
