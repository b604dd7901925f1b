"""Casework's bodies: referrals, the case and its steps, the worklist. JSON field names are
the glossary's code names."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel,
    Field,
    StrictBool,
    computed_field,
)

from api.centre import LegalBasisNames, SiteRef
from api.citizens import CitizenRef
from api.fields import (
    CalendarDate,
    Condition,
    FilledNote,
    FilledShortNote,
    Integer,
    Moment,
    Name,
    Note,
    Reasons,
    Reference,
    SearchName,
    ShortNote,
    Summary,
)
from api.letters import LetterOut
from api.schemas import BETWEEN_RECEIPT_AND_TODAY, Body
from api.training import CourseOut
from domain.casework.case_lifecycle import CaseEvent, CaseState, is_open
from domain.casework.deadlines import CaseDeadlineStatus, DeadlineStatus
from domain.casework.decision import MeetingPlace, SendingChannel, receipt_awaited
from domain.casework.eligibility import Outcome
from domain.casework.kl_codes import kl_display
from domain.casework.referral import (
    APPLICATION_BASES,
    LEGAL_BASES,
    REHAB_PLAN_BASES,
    Channel,
    PlanType,
    Submitter,
    Training,
)
from domain.casework.worklist import WorklistSort
from domain.centre import LimitKind
from domain.training import CourseForm, Discipline

# The last row of a worklist page, where the next page starts: in due order its due date (days
# after 2000-01-01) and its deadline's id; in another order a letter for the order (n: name,
# r: received) and the deadline's id. Never a name: the row's key is looked up by the id.
WORKLIST_CURSOR_PATTERN = r"^([0-9]{1,5}|[nr])\.[0-9a-f]{32}$"
WORKLIST_SORT_DESCRIPTION = (
    "The order: due (nearest deadline first, the default), name (the citizen's name) or"
    " received (the day the case was received); a leading '-' reverses it. Ties go by the"
    " deadline, so pages never overlap."
)

# The referral bodies' tags: the legal bases of each kind, as the domain names them.
if TYPE_CHECKING:
    RehabPlanBasis = str
    ApplicationBasis = str
else:
    RehabPlanBasis = Literal[REHAB_PLAN_BASES]
    ApplicationBasis = Literal[APPLICATION_BASES]


class _ReferralCommon(Body):
    citizen_id: uuid.UUID
    site_id: uuid.UUID
    received_at: Moment = Field(
        description="The moment of receipt, with its offset; not in the future, and its day "
        "in Copenhagen within the working-day calendar's years (2000-2100)."
    )
    condition: Condition = Field(description="The condition (lidelse). Health data.")
    sender_reference: Reference | None = Field(
        default=None,
        description="The sender's own reference for the referral (the ESDH journal number). "
        "A second referral with the same reference from the same sender system opens no new "
        "case: it is answered 200 with the case the first one opened.",
    )
    sender_system: Reference | None = Field(
        default=None,
        description="The system the reference belongs to; the calling API key's name (or the "
        "staff member's username) when left out. Only with `sender_reference`.",
    )


class RehabPlanIn(_ReferralCommon):
    """A hospital's genoptræningsplan (Sundhedsloven § 140)."""

    legal_basis: RehabPlanBasis
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

    legal_basis: ApplicationBasis
    channel: Channel
    submitter: Submitter


ReferralIn = Annotated[RehabPlanIn | ApplicationIn, Field(discriminator="legal_basis")]


REFERRAL_TAGS = frozenset(LEGAL_BASES)


class RehabPlanOut(BaseModel):
    hospital: str
    department: str
    plan_type: PlanType
    kl_codes: list[str]
    discharge_date: date
    health_start_date: date | None
    free_choice_date: date

    @computed_field(description="The Danish names of `kl_codes`, in their order.")  # type: ignore[prop-decorator]
    @property
    def kl_code_names(self) -> list[str]:
        return [kl_display(code) for code in self.kl_codes]


class ApplicationOut(BaseModel):
    channel: Channel
    submitter: Submitter


class DeadlineOut(BaseModel):
    kind: LimitKind
    due_date: date
    working_days_left: int = Field(
        description="Working days from today (a met deadline: from the day it was met; one "
        "no longer running: from the day the case closed) to the due date; negative when "
        "later."
    )
    status: CaseDeadlineStatus = Field(
        description="on_track, due_soon or overdue while it runs; met on `met_on`; "
        "not_running when the case closed before it was met."
    )
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
    undone_by: uuid.UUID | None = Field(
        description="The correction that undid this event; what it recorded no longer counts."
    )


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
    outside_hours_reason: FilledShortNote | None = Field(
        default=None,
        description="Why, when the conversation lies outside the therapist's working hours or "
        "during an absence.",
    )


class InvitationClashOut(BaseModel):
    """An invitation from before bookings whose conversation could not enter the calendar:
    its time met another booking of the therapist or the citizen."""

    id: uuid.UUID
    invitation_id: uuid.UUID
    case_id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    meeting_at: datetime
    place: MeetingPlace
    site_id: uuid.UUID | None
    therapist_id: uuid.UUID
    therapist_name: str
    resource: Literal["staff", "citizen"] = Field(
        description="Whose other booking it met: the therapist's or the citizen's."
    )
    clashing_appointment_id: uuid.UUID | None
    clashing_starts_at: datetime | None
    clashing_ends_at: datetime | None
    found_at: datetime


class ClashRebookIn(Body):
    """A new time (and perhaps another therapist) for the conversation, booked with every
    check of a booking; the citizen is told of it by the caller."""

    meeting_at: Moment = Field(description="Not before today.")
    therapist_id: uuid.UUID | None = Field(
        default=None, description="Another therapist; the invitation's when left out."
    )
    outside_hours_reason: FilledShortNote | None = Field(
        default=None,
        description="Why, when the conversation lies outside the therapist's working hours or "
        "during an absence.",
    )


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
    appointment_id: uuid.UUID | None = Field(
        description="The conversation in the therapist's calendar; null only for an invitation "
        "made before bookings whose time clashed with another booking when it was moved into "
        "the calendar (kept as it was, its clash recorded for rebooking)."
    )


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


class EndingDecisionIn(Body):
    """The decision to end a § 86 course other than at the citizen's wish: its letter gives
    the reasons and the complaint guidance."""

    sent_on: CalendarDate = Field(
        description="The day the decision letter was sent. " + BETWEEN_RECEIPT_AND_TODAY
    )
    channel: Literal["letter", "digital_post"]
    received_on: CalendarDate | None = Field(
        default=None,
        description="The day the citizen received it; Digital Post: the sent day. Between "
        "the sent day and today.",
    )
    reasons: Reasons | None = Field(
        default=None, description="Required: the reasoned text of the decision."
    )


class DecisionOut(BaseModel):
    id: uuid.UUID
    outcome: Literal["grant", "refuse", "end"] = Field(
        description="`end`: a § 86 course ended by a decision."
    )
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


class HealthStartIn(Body):
    """The later start date a hospital's plan names for health reasons, set by staff where
    the plan gave it as free text (a received GGOP's `start_text`)."""

    health_start_date: CalendarDate = Field(
        description="Not before the discharge; moves the start target and the free-choice "
        "date. Only before training started and before free choice was recorded."
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

    @computed_field(description="The Danish name of `kl_status_reason`.")  # type: ignore[prop-decorator]
    @property
    def kl_status_reason_name(self) -> str | None:
        return kl_display(self.kl_status_reason) if self.kl_status_reason else None


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


class CaseOut(BaseModel):
    id: uuid.UUID
    citizen: CitizenRef
    legal_basis: str
    legal_basis_names: LegalBasisNames
    need_test: Training | None = Field(
        description="Which need the assessment asks about, from the legal basis: none for a "
        "hospital plan (a right), else the training it grants."
    )
    quarantine_applies: bool = Field(
        description="Whether the re-application quarantine applies to the legal basis, so the "
        "assessment may override it (genoptræning on application)."
    )
    site: SiteRef
    received_at: datetime
    received_date: date
    condition: str
    status: CaseState
    allowed_events: list[CaseEvent] = Field(
        description="Every step the state allows; those with details have their own operation."
    )
    events: list[CaseEventOut]
    correctable_event_id: uuid.UUID | None = Field(
        description="The event a correction would undo now: the newest one no correction has "
        "undone (none when nothing is left to undo)."
    )
    flags: list[str]
    sender_system: str | None = Field(description="Who sent the referral, with its reference.")
    sender_reference: str | None = Field(description="The sender's own reference.")
    possible_duplicate_of: uuid.UUID | None = Field(
        description="An earlier case of the same citizen, legal basis and day of receipt: "
        "the referral may have been sent twice (Mulig dublet). Flagged for staff, never refused."
    )
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

    @computed_field(  # type: ignore[prop-decorator]
        description="The Danish names of `kl_status_reasons`, in their order."
    )
    @property
    def kl_status_reason_names(self) -> list[str]:
        return [kl_display(code) for code in self.kl_status_reasons]

    # What the page may offer beyond `allowed_events`, decided by the domain from the answer.
    @computed_field(  # type: ignore[prop-decorator]
        description="Whether something is still asked of the centre (the case is on the worklist)."
    )
    @property
    def open(self) -> bool:
        return is_open(self.status)

    @computed_field(  # type: ignore[prop-decorator]
        description="Whether the day the citizen received the latest decision can be recorded "
        "(a letter whose receipt is not yet recorded)."
    )
    @property
    def can_record_decision_receipt(self) -> bool:
        if not self.decisions:
            return False
        latest = self.decisions[-1]
        return receipt_awaited(SendingChannel(latest.channel), latest.received_on)

    @computed_field(  # type: ignore[prop-decorator]
        description="Whether the start offered and the free choice (Sundhedsloven § 140, "
        "stk. 4) can be recorded: an almen hospital plan while the case is open."
    )
    @property
    def can_record_free_choice(self) -> bool:
        return self.free_choice is not None and is_open(self.status)


class StaffRef(BaseModel):
    id: uuid.UUID
    display_name: str


class AssignmentIn(Body):
    user_id: uuid.UUID | None = Field(
        description="A user with a clinical role at the case's site; null to unassign."
    )


class AssignmentOut(BaseModel):
    case_id: uuid.UUID
    assignee: StaffRef | None


class WorklistItem(BaseModel):
    case_id: uuid.UUID
    citizen_name: str
    legal_basis: str
    legal_basis_names: LegalBasisNames
    site: SiteRef
    received_at: datetime
    deadline_kind: LimitKind
    due_date: date
    working_days_left: int
    status: DeadlineStatus
    assignee: StaffRef | None = Field(description="The therapist the case is assigned to.")
    possible_duplicate_of: uuid.UUID | None = Field(
        description="An earlier case of the same citizen, legal basis and day of receipt "
        "(Mulig dublet)."
    )


class WorklistCounts(BaseModel):
    overdue: int = Field(description="Nearest deadline before today.")
    due_today: int = Field(description="Nearest deadline today.")
    due_soon: int = Field(description="Nearest deadline after today, within 3 working days.")


class WorklistSearch(Body):
    """The worklist of the citizens whose name holds `name`, with the list's own filters and
    order: a POST, so the name never stands in a URL."""

    name: SearchName = Field(description="Part of the citizen's name: at least two characters.")
    legal_basis: str | None = Field(default=None, max_length=40, pattern=r"^[A-Z0-9_]+$")
    site_id: uuid.UUID | None = None
    status: DeadlineStatus | None = None
    mine: StrictBool = Field(default=False, description="Only the cases assigned to the caller.")
    sort: WorklistSort = Field(default=WorklistSort.DUE, description=WORKLIST_SORT_DESCRIPTION)
    limit: Integer = Field(default=50, ge=1, le=200)
    cursor: str | None = Field(
        default=None, pattern=WORKLIST_CURSOR_PATTERN, description="A page's `next_cursor`."
    )


class Worklist(BaseModel):
    items: list[WorklistItem]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


CASE_LIST_CURSOR_PATTERN = r"^[0-9]{1,6}\.[0-9a-f]{32}$"
CASE_LIST_MAX_PAGE = 500


class CaseListItem(BaseModel):
    """A case as a list or an export shows it: no CPR number, no health data."""

    case_id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    legal_basis: str
    legal_basis_short_name: str
    referral_kind: str = Field(description="rehab_plan or application.")
    site: SiteRef
    status: CaseState
    received_at: datetime
    received_date: date = Field(description="The day of receipt in Copenhagen.")
    closed_at: datetime | None
    assignee: StaffRef | None = Field(description="The therapist the case is assigned to.")
    flags: list[str] = Field(description="other_municipality: Anden kommune.")
    possible_duplicate_of: uuid.UUID | None
    sender_system: str | None
    sender_reference: str | None = Field(
        description="The sender's own reference (ESDH journal number, MedCom message id)."
    )


class CaseList(BaseModel):
    items: list[CaseListItem]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")
