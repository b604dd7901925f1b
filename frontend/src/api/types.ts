// Named types taken from the generated schema by path and status code, so they do not
// depend on how the backend names its component schemas.
import type { paths } from './schema';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

type Get<P extends keyof paths> = paths[P] extends { get: infer Op } ? Op : never;
type Post<P extends keyof paths> = paths[P] extends { post: infer Op } ? Op : never;

type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Created<Op> = Op extends { responses: { 201: infer R } } ? JsonOf<R> : never;
type Body<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export type Site = Ok<Get<'/api/v1/sites'>>[number];
export type Citizen = Ok<Get<'/api/v1/citizens/{citizen_id}'>>;
export type CitizenCreate = Body<Post<'/api/v1/citizens'>>;
export type CitizenSearch = Body<Post<'/api/v1/citizens/search'>>;
export type ReferralCreate = Body<Post<'/api/v1/referrals'>>;
export type Case = Ok<Get<'/api/v1/cases/{case_id}'>>;
export type CaseCreated = Created<Post<'/api/v1/referrals'>>;
export type Deadline = Case['deadlines'][number];
export type WorklistPage = Ok<Get<'/api/v1/worklist'>>;
export type WorklistItem = WorklistPage['items'][number];
export type WorklistQuery = NonNullable<Get<'/api/v1/worklist'> extends { parameters: { query?: infer Q } } ? Q : never>;

export type LegalBasis = Case['legal_basis'];
export type DeadlineStatus = Deadline['status'];
export type DeadlineKind = Deadline['kind'];
