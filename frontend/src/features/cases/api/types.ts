// The case page's request and answer types, taken from the generated schema by path (as
// src/api/types.ts does), so they do not depend on how the backend names its schemas.
import type { paths } from '../../../api/schema';
import type { Case } from '../../../api/types';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type PostOf<P extends keyof paths> = paths[P] extends { post: infer Op } ? Op : never;
type BodyOf<P extends keyof paths> =
  PostOf<P> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
type OkOf<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;

export type CaseEventRecord = Case['events'][number];
export type CaseEventCode = Case['allowed_events'][number];
export type CaseStatus = Case['status'];
export type Finding = NonNullable<Case['assessment']>['findings'][number];
export type Assessment = NonNullable<Case['assessment']>;
export type Invitation = NonNullable<Case['invitation']>;
export type Decision = Case['decisions'][number];
export type Complaint = Case['complaints'][number];
export type Course = NonNullable<Case['course']>;
export type FreeChoice = NonNullable<Case['free_choice']>;
export type Letter = Case['letters'][number];

export type InvitationBody = BodyOf<'/api/v1/cases/{case_id}/invitation'>;
export type AssessmentBody = BodyOf<'/api/v1/cases/{case_id}/assessment'>;
export type DecisionBody = BodyOf<'/api/v1/cases/{case_id}/decision'>;
export type GrantBody = Extract<DecisionBody, { outcome: 'grant' }>;
export type RefusalBody = Extract<DecisionBody, { outcome: 'refuse' }>;
export type DecisionReceiptBody = BodyOf<'/api/v1/cases/{case_id}/decision/receipt'>;
export type TrainingStartBody = BodyOf<'/api/v1/cases/{case_id}/training-start'>;
export type FreeChoiceBody = BodyOf<'/api/v1/cases/{case_id}/free-choice'>;
export type ComplaintBody = BodyOf<'/api/v1/cases/{case_id}/complaints'>;
export type ReassessmentBody = BodyOf<'/api/v1/cases/{case_id}/reassessment'>;
export type AppealsBoardBody = BodyOf<'/api/v1/cases/{case_id}/appeals-board'>;
export type CaseEventBody = BodyOf<'/api/v1/cases/{case_id}/events'>;
export type CorrectionBody = BodyOf<'/api/v1/cases/{case_id}/corrections'>;
export type LetterPreview = OkOf<PostOf<'/api/v1/cases/{case_id}/invitation/preview'>>;
export type Therapist = OkOf<paths['/api/v1/therapists']['get']>[number];

export type Discipline = GrantBody['disciplines'][number];
export type CourseForm = GrantBody['form'];
export type SendingChannel = InvitationBody['channel'];
