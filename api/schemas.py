"""Request and response bodies. JSON field names are the glossary's code names."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)

from api.fields import (
    REFUSED_MESSAGE,
    Address,
    CalendarDate,
    Condition,
    Cpr,
    Day,
    Declared,
    FilledNote,
    FilledShortNote,
    Integer,
    KeyName,
    Line,
    Moment,
    MunicipalityCode,
    Name,
    NewPassword,
    Note,
    Phone,
    Reason,
    Reasons,
    SearchName,
    ShortNote,
    Summary,
    TemplateText,
    has_refused_characters,
)
from domain.access import API_KEY_SCOPES, Permission, Role
from domain.casework import (
    CaseEvent,
    CaseState,
    Channel,
    DeadlineStatus,
    MeetingPlace,
    Outcome,
    PlanType,
    SendingChannel,
    Submitter,
)
from domain.centre import LimitKind, LimitUnit
from domain.training import CourseForm, Discipline

BETWEEN_RECEIPT_AND_TODAY = "Between the case's day of receipt and today."
# The legal bases the centre knows (a referral names one by its tag, below).
LegalBasisCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z0-9_]{1,40}$"),
    Declared(pattern="^(?:SEL_86_1|SEL_86_2|SUL_140)$"),
]
# The scopes an API key may hold (domain.access.API_KEY_SCOPES; the route refuses others).
ApiKeyScope = Annotated[
    Permission,
    WithJsonSchema({"type": "string", "enum": sorted(scope.value for scope in API_KEY_SCOPES)}),
]
MAX_SITES = 50


class Body(BaseModel):
    # Numbers and truth values are StrictInt and StrictBool, dates and times api.fields's
    # Day, CalendarDate and Moment: a field takes the JSON type it declares, nothing else.
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_refused_characters(cls, value: object) -> object:
        # Control and bidirectional formatting characters, in any field; the text types of
        # api.fields also refuse them before stripping white space, and declare the rule.
        if has_refused_characters(value):
            raise ValueError(REFUSED_MESSAGE)
        return value


# --- working days ---------------------------------------------------------------------------


class WorkingDaysAdded(BaseModel):
    start: date
    days: int
    date: date


class WorkingDaysCounted(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from", serialization_alias="from")
    to: date
    working_days: int


# --- the centre -----------------------------------------------------------------------------


class SiteOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    address: str
    phone: str


class SiteRef(BaseModel):
    id: uuid.UUID
    code: str
    name: str


class TherapistOut(BaseModel):
    id: uuid.UUID
    display_name: str
    site_ids: list[uuid.UUID]


class ClosureDayIn(Body):
    day: CalendarDate
    reason: Reason


class ClosureDayOut(BaseModel):
    id: uuid.UUID
    day: date
    reason: str


class LegalBasisOut(BaseModel):
    code: str
    referral_kind: Literal["rehab_plan", "application"]
    name: str


class LimitOut(BaseModel):
    legal_basis: str
    kind: LimitKind
    value: int
    unit: LimitUnit
    effective_from: date


# --- citizens -------------------------------------------------------------------------------

CPR_DESCRIPTION = (
    "DDMMÅÅ-SSSS or ten digits (ASCII); the birth date it names must exist and not lie in "
    "the future. Personal data."
)


class CitizenIn(Body):
    cpr: Cpr = Field(description=CPR_DESCRIPTION)
    name: Name
    address: Address
    municipality_code: MunicipalityCode = Field(
        description="The official three-digit code of one of the 98 municipalities."
    )
    phone: Phone | None = None
    general_practitioner: Line | None = None


class CitizenOut(BaseModel):
    id: uuid.UUID
    cpr: str
    birth_date: date
    name: str
    address: str
    municipality_code: str
    municipality_name: str
    other_municipality: bool
    phone: str | None
    general_practitioner: str | None


class CitizenSearch(Body):
    """Search by CPR number (an exact look-up) or by part of the name, not both; a POST so
    the number never stands in a URL."""

    cpr: Cpr | None = Field(default=None, description=CPR_DESCRIPTION)
    name: SearchName | None = None


class CitizenMatch(BaseModel):
    """A citizen found. Need to know: `record` is null for a citizen the caller may not see
    (no case at their sites or assigned to them, without cases.all_sites), whom only an
    exact CPR look-up finds: their id and name, so nobody is registered twice."""

    id: uuid.UUID
    name: str
    record: CitizenOut | None


class CitizenList(BaseModel):
    items: list[CitizenMatch]


class CitizenRef(BaseModel):
    id: uuid.UUID
    name: str


# --- referrals and cases --------------------------------------------------------------------


class _ReferralCommon(Body):
    citizen_id: uuid.UUID
    site_id: uuid.UUID
    received_at: Moment = Field(
        description="The moment of receipt, with its offset; not in the future, and its day "
        "in Copenhagen within the working-day calendar's years (2000-2100)."
    )
    condition: Condition = Field(description="The condition (lidelse). Health data.")


class RehabPlanIn(_ReferralCommon):
    """A hospital's genoptræningsplan (Sundhedsloven § 140)."""

    legal_basis: Literal["SUL_140"]
    hospital: Name
    department: Name
    plan_type: PlanType
    discharge_date: CalendarDate
    health_start_date: CalendarDate | None = Field(
        default=None,
        description="A later start date the plan names for health reasons; not before the "
        "discharge.",
    )


class ApplicationIn(_ReferralCommon):
    """A citizen's application (Serviceloven § 86, stk. 1 or stk. 2)."""

    legal_basis: Literal["SEL_86_1", "SEL_86_2"]
    channel: Channel
    submitter: Submitter


ReferralIn = Annotated[RehabPlanIn | ApplicationIn, Field(discriminator="legal_basis")]
REFERRAL_TAGS = frozenset({"SUL_140", "SEL_86_1", "SEL_86_2"})


class RehabPlanOut(BaseModel):
    hospital: str
    department: str
    plan_type: PlanType
    kl_codes: list[str]
    discharge_date: date
    health_start_date: date | None
    free_choice_date: date


class ApplicationOut(BaseModel):
    channel: Channel
    submitter: Submitter


class DeadlineOut(BaseModel):
    kind: LimitKind
    due_date: date
    working_days_left: int
    status: DeadlineStatus
    met_on: date | None


class CaseEventIn(Body):
    event: CaseEvent
    occurred_on: CalendarDate | None = Field(
        default=None,
        description="When it happened (the letter or call was sent); today if left out. "
        + BETWEEN_RECEIPT_AND_TODAY,
    )
    note: ShortNote | None = None


class CorrectionIn(Body):
    """Undo the newest event; the reason is kept in the history."""

    event_id: uuid.UUID
    note: FilledShortNote


class CaseEventOut(BaseModel):
    id: uuid.UUID
    event: CaseEvent | None
    occurred_on: date
    recorded_at: datetime
    actor: str
    corrects: uuid.UUID | None
    note: str | None


class InvitationIn(Body):
    """The booked initial conversation and examination, and how the invitation went out."""

    meeting_at: Moment = Field(
        description="When the conversation is booked; not before the day the invitation went out."
    )
    place: MeetingPlace
    site_id: uuid.UUID | None = Field(default=None, description="Required when place is site.")
    therapist_id: uuid.UUID
    sent_on: CalendarDate = Field(
        description="The day the letter or call went out: meets the deadline. "
        + BETWEEN_RECEIPT_AND_TODAY
    )
    channel: SendingChannel
    note: Note | None = None


class InvitationOut(BaseModel):
    id: uuid.UUID
    meeting_at: datetime
    place: MeetingPlace
    site_id: uuid.UUID | None
    therapist_id: uuid.UUID
    therapist_name: str
    sent_on: date
    channel: SendingChannel
    letter_id: uuid.UUID | None


class QuarantineOverrideIn(Body):
    reason: FilledNote


class AssessmentIn(Body):
    """What the therapist found at the initial assessment. The rules turn it into findings."""

    assessed_on: CalendarDate = Field(description=BETWEEN_RECEIPT_AND_TODAY)
    therapy_elsewhere_same_condition: StrictBool = Field(
        default=False, description="Physio- or occupational therapy elsewhere, same condition."
    )
    trains_elsewhere: StrictBool = Field(default=False, description="Trains anywhere else now.")
    loss_without_hospital_contact: StrictBool | None = Field(
        default=None, description="§ 86 stk. 1: lost function without hospital contact."
    )
    cannot_regain_by_own_effort: StrictBool | None = Field(default=None, description="§ 86 stk. 1.")
    has_physical_psychological_or_social_problems: StrictBool | None = Field(
        default=None, description="§ 86 stk. 2."
    )
    cannot_keep_up_alone: StrictBool | None = Field(default=None, description="§ 86 stk. 2.")
    no_other_training_suffices: StrictBool | None = Field(default=None, description="§ 86 stk. 2.")
    quarantine_override: QuarantineOverrideIn | None = Field(
        default=None, description="Set the 5-month quarantine aside, with a written reason."
    )
    note: Note | None = None


class FindingOut(BaseModel):
    rule: str
    outcome: Outcome
    text: str
    facts: dict[str, object]


class AssessmentOut(BaseModel):
    id: uuid.UUID
    assessed_on: date
    findings: list[FindingOut]
    eligible: bool
    override_reason: str | None


class GrantIn(Body):
    outcome: Literal["grant"]
    sent_on: CalendarDate = Field(
        description="The day the decision letter was sent. " + BETWEEN_RECEIPT_AND_TODAY
    )
    channel: Literal["letter", "digital_post"]
    received_on: CalendarDate | None = Field(
        default=None,
        description="The day the citizen received it; Digital Post: the sent day. Between "
        "the sent day and today.",
    )
    disciplines: list[Discipline] = Field(min_length=1, max_length=2)
    form: CourseForm
    transport_needed: StrictBool = False
    course_start: CalendarDate | None = Field(default=None, description="The course's first day.")
    reasons: Reasons | None = Field(default=None, description="Text for the letter.")


class RefusalIn(Body):
    outcome: Literal["refuse"]
    sent_on: CalendarDate = Field(description=BETWEEN_RECEIPT_AND_TODAY)
    channel: Literal["letter", "digital_post"]
    received_on: CalendarDate | None = Field(
        default=None, description="Between the sent day and today."
    )
    reasons: Reasons = Field(description="The reasoned text of the refusal; edit the findings.")


DecisionIn = Annotated[GrantIn | RefusalIn, Field(discriminator="outcome")]
DECISION_TAGS = frozenset({"grant", "refuse"})


class DecisionReceiptIn(Body):
    received_on: CalendarDate = Field(description="Between the sent day and today.")


class DecisionOut(BaseModel):
    id: uuid.UUID
    outcome: Literal["grant", "refuse"]
    sent_on: date
    channel: Literal["letter", "digital_post"]
    received_on: date | None
    complaint_window_ends: date | None
    disciplines: list[Discipline]
    form: CourseForm | None
    transport_needed: bool
    reasons: str | None
    findings: list[FindingOut]
    after_complaint: bool
    letter_id: uuid.UUID | None


class TrainingStartIn(Body):
    """§ 140: training started. A citizen with an active course continues it or ends it."""

    started_on: CalendarDate = Field(description=BETWEEN_RECEIPT_AND_TODAY)
    form: CourseForm
    disciplines: list[Discipline] = Field(min_length=1, max_length=2)
    transport_needed: StrictBool = False
    active_course: Literal["continue", "end"] | None = Field(
        default=None, description="Required when the citizen already has an active course."
    )


class FreeChoiceIn(Body):
    """Sundhedsloven § 140, stk. 4: the start offered, or free choice offered and chosen."""

    offered_on: CalendarDate = Field(
        description="The day the offer was made to the citizen. " + BETWEEN_RECEIPT_AND_TODAY
    )
    first_start_offered: CalendarDate | None = Field(
        default=None,
        description="The first day of training the centre offered; not before the offer.",
    )
    free_choice_offered: StrictBool
    citizen_choice: Literal["municipal", "private"] | None = None


class FreeChoiceOut(BaseModel):
    free_choice_date: date
    offered_on: date | None
    first_start_offered: date | None
    start_within_limit: bool | None
    free_choice_offered: bool | None
    citizen_choice: Literal["municipal", "private"] | None
    kl_status_reason: str | None = Field(description="KL's status reason code, if any.")


class ComplaintIn(Body):
    received_on: CalendarDate = Field(
        description="Between the day the decision was sent and today."
    )
    summary: Summary = Field(description="What the citizen complains about.")


class ReassessmentIn(Body):
    """The centre upholds the decision; a changed decision is a new decision instead."""

    reassessed_on: CalendarDate = Field(
        description="Between the day the complaint was received and today."
    )
    sent_on: CalendarDate | None = Field(default=None, description="When the citizen was told.")
    channel: Literal["letter", "digital_post"] = "digital_post"
    note: Reasons


class ForwardIn(Body):
    forwarded_on: CalendarDate = Field(description="Between the reassessment and today.")


class ComplaintOut(BaseModel):
    id: uuid.UUID
    decision_id: uuid.UUID
    received_on: date
    window_ends: date | None
    late: bool
    reassessment_due: date
    summary: str
    outcome: Literal["upheld", "changed"] | None
    reassessed_on: date | None
    reassessment_note: str | None
    forwarded_on: date | None
    bundle_letter_id: uuid.UUID | None


class CourseOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID | None
    legal_basis: str
    site_id: uuid.UUID | None
    status: Literal["active", "ended", "cancelled"]
    started_on: date | None
    ended_on: date | None
    earlier: bool
    note: str | None


class EarlierCourseIn(Body):
    """A municipal course from before this system, so the quarantine rule sees it."""

    legal_basis: LegalBasisCode
    started_on: Day | None = Field(default=None, description="Not after the end.")
    ended_on: Day = Field(description="Not after today.")
    note: Note | None = None


class LetterOut(BaseModel):
    id: uuid.UUID
    kind: str
    template_version: int | None
    content_hash: str
    created_at: datetime
    created_by: str


class LetterPreview(BaseModel):
    html: str


class CaseOut(BaseModel):
    id: uuid.UUID
    citizen: CitizenRef
    legal_basis: str
    site: SiteRef
    received_at: datetime
    received_date: date
    condition: str
    status: CaseState
    allowed_events: list[CaseEvent] = Field(
        description="Every step the state allows; those with details have their own operation."
    )
    events: list[CaseEventOut]
    flags: list[str]
    rehab_plan: RehabPlanOut | None
    application: ApplicationOut | None
    deadlines: list[DeadlineOut]
    invitation: InvitationOut | None
    assessment: AssessmentOut | None
    decisions: list[DecisionOut]
    complaints: list[ComplaintOut]
    course: CourseOut | None
    free_choice: FreeChoiceOut | None
    letters: list[LetterOut]
    kl_status_reasons: list[str] = Field(
        description="KL's status reason codes for national reporting (Udskudt, Frit valg, ...)."
    )


# --- the worklist ---------------------------------------------------------------------------


class WorklistItem(BaseModel):
    case_id: uuid.UUID
    citizen_name: str
    legal_basis: str
    site: SiteRef
    received_at: datetime
    deadline_kind: LimitKind
    due_date: date
    working_days_left: int
    status: DeadlineStatus


class Worklist(BaseModel):
    items: list[WorklistItem]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    schema_revision: str


# --- staff, sessions and integration clients -------------------------------------------------

NewUsername = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[A-Za-z0-9._-]{3,64}$")
]
# A new password is checked against the policy (12 to 64 characters, not common) by the
# domain, so the reason comes back in Danish on the right field; api.fields declares it.


class SessionUser(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    site_ids: list[uuid.UUID]
    permissions: list[Permission]


class SessionOut(BaseModel):
    user: SessionUser
    csrf_token: str = Field(description="Send as X-CSRF-Token on every state-changing request.")
    expires_at: datetime
    idle_timeout_seconds: int


class UserIn(Body):
    username: NewUsername
    display_name: Name
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    site_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_SITES, description="Sites that exist."
    )
    password: NewPassword


class UserChange(Body):
    display_name: Name | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(Role))
    site_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=MAX_SITES, description="Sites that exist."
    )
    active: StrictBool | None = None


class PasswordReset(Body):
    new_password: NewPassword


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    site_ids: list[uuid.UUID]
    active: bool
    created_at: datetime


class RoleOut(BaseModel):
    role: Role
    permissions: list[Permission]


class ApiKeyIn(Body):
    name: KeyName
    scopes: list[ApiKeyScope] = Field(min_length=1, max_length=len(API_KEY_SCOPES))


class ApiKeyOut(BaseModel):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[Permission]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    secret: str = Field(description="The whole key, shown this once: `Authorization: Bearer ...`")


# --- the access log -------------------------------------------------------------------------


class AccessLogEntryOut(BaseModel):
    id: int
    at: datetime
    actor: str
    user_id: uuid.UUID | None
    client: str
    use: str
    operation: str
    citizen_ids: list[uuid.UUID]
    criterion: str | None
    outcome: Literal["allowed", "refused"]
    request_id: str


class AccessLogPage(BaseModel):
    items: list[AccessLogEntryOut]
    next_cursor: str | None


class CitizenReportIn(Body):
    citizen_id: uuid.UUID


class CitizenReportEntry(BaseModel):
    at: datetime
    use: str
    operation: str
    organisation: str


class CitizenReport(BaseModel):
    """GDPR art. 15: the uses of one citizen's data, without the employees' names."""

    citizen_id: uuid.UUID
    entries: list[CitizenReportEntry]


# --- the service standard and letter templates ----------------------------------------------


class LimitValueIn(Body):
    kind: LimitKind
    value: Integer = Field(ge=0, le=366)
    unit: LimitUnit


class ServiceStandardVersionIn(Body):
    """A new version of a legal basis's limits, in force from its date for cases received."""

    legal_basis: LegalBasisCode
    effective_from: CalendarDate = Field(description="Today or later.")
    limits: list[LimitValueIn] = Field(
        min_length=1,
        max_length=len(LimitKind),
        description="Each kind at most once, in its own unit.",
    )


class LetterTemplateIn(Body):
    kind: Literal["invitation", "grant", "refusal", "reassessment_upheld"]
    body: TemplateText = Field(
        description="A template in the letter language; its variables and filters must exist."
    )


class LetterTemplateOut(BaseModel):
    kind: Literal["invitation", "grant", "refusal", "reassessment_upheld"]
    version: int = Field(description="0 is the system's default, never saved.")
    body: str
    created_by: str | None
    created_at: datetime | None
