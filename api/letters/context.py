"""What a letter template may read: frozen records, seen in templates as attributes.

Every letter has the centre, the site (or none), the citizen, the date of the letter and the
case. Each kind adds its own part: the invitation, the decision, the complaint. A template sees
exactly the names its kind has (`context_names`), so a name of another kind is refused when the
template is saved, not when a letter is sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from domain.errors import RuleViolation

from .kinds import LetterKind


@dataclass(frozen=True, slots=True)
class CentreInfo:
    """The sender: the training centre, and where complaints go."""

    name: str
    address_lines: tuple[str, ...]
    phone: str
    phone_hours: str
    email: str
    complaint_address_lines: tuple[str, ...]
    complaint_email: str
    complaint_attention: str


DEFAULT_CENTRE = CentreInfo(
    name="Træningscenter Ishøj-Vallensbæk",
    address_lines=(
        "Ishøj Kommune",
        "Ældre og Rehabilitering",
        "Ishøj Store Torv 20, 6. sal",
        "2635 Ishøj",
    ),
    phone="61 14 60 40",
    phone_hours="hverdage kl. 8-9",
    email="traening@ishoj.dk",
    complaint_address_lines=(
        "Ishøj Kommune",
        "Træningscenter Ishøj-Vallensbæk",
        "Ældre og Rehabilitering",
        "Ishøj Store Torv 20, 6. sal",
        "2635 Ishøj",
    ),
    complaint_email="aor@ishoj.dk",
    complaint_attention="træning",
)
"""The centre as the service standards describe it."""


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """The training site that handles the case (Træningscenter Syd or Nord)."""

    name: str
    address: str
    phone: str


@dataclass(frozen=True, slots=True)
class CitizenInfo:
    """The addressee. The CPR number is never part of a letter's context."""

    name: str
    address: str


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """The case the letter is about, with the complaint limits in force for it (in days)."""

    received_date: date
    legal_basis_name: str
    # As a decision cites it: "efter servicelovens § 86, stk. 1".
    legal_basis_citation: str = ""
    complaint_days: int = 28
    reassessment_days: int = 28


@dataclass(frozen=True, slots=True)
class InvitationInfo:
    """The initial conversation and examination (indledende samtale og undersøgelse)."""

    meeting_at: datetime
    place: Literal["site", "home"]
    site_name: str | None
    site_address: str | None
    therapist_name: str
    channel: str

    def __post_init__(self) -> None:
        if self.meeting_at.utcoffset() is None:
            raise ValueError("meeting_at must be an aware datetime")
        if self.place not in ("site", "home"):
            raise ValueError("place must be 'site' or 'home'")
        if self.place == "site" and not (self.site_name and self.site_address):
            raise ValueError("a meeting at a site needs the site's name and address")


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    """A grant or a refusal. Disciplines, form and findings are Danish text for the letter."""

    decided_on: date
    disciplines: Sequence[str] = ()
    form: str = ""
    transport: bool = False
    reasons: str = ""
    findings: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class ComplaintInfo:
    """The citizen's complaint and the centre's reassessment of the decision."""

    received_on: date
    reassessed_on: date
    forwarded_on: date | None = None


@dataclass(frozen=True, slots=True)
class GoalOutcome:
    """A goal of the course and how it went, in Danish."""

    text: str
    outcome: str


@dataclass(frozen=True, slots=True)
class FinalStatusInfo:
    """The final status (slutstatus) after genoptræning, addressed to the citizen's GP."""

    general_practitioner: str
    clinic: str
    started_on: date | None
    ended_on: date
    end_reason: str
    goals: Sequence[GoalOutcome] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class EndingInfo:
    """A § 86 course ended by a decision: when it ran, and the reason in Danish."""

    started_on: date | None
    ended_on: date
    reason: str


@dataclass(frozen=True, slots=True)
class PlannedSessionInfo:
    """One coming session of the citizen's plan: when, what, and where.

    `place` is "site" (a room at a site: its name, address and the room), "home"
    (hjemmebesøg: the therapist comes to the citizen) or "nearby" (nærmiljøet)."""

    starts_at: datetime
    ends_at: datetime
    what: str
    place: Literal["site", "home", "nearby"]
    site_name: str | None = None
    site_address: str | None = None
    room_name: str | None = None

    def __post_init__(self) -> None:
        if self.starts_at.utcoffset() is None or self.ends_at.utcoffset() is None:
            raise ValueError("a session's times must be aware datetimes")
        if self.place not in ("site", "home", "nearby"):
            raise ValueError("place must be 'site', 'home' or 'nearby'")
        if self.place == "site" and not (self.site_name and self.site_address):
            raise ValueError("a session at a site needs the site's name and address")


@dataclass(frozen=True, slots=True)
class TrainingPlanInfo:
    """The citizen's plan (træningsplan): the course's coming sessions, in time order."""

    sessions: Sequence[PlannedSessionInfo]
    disciplines: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class LetterContext:
    """Everything one letter may show. Parts a kind does not use stay None."""

    centre: CentreInfo
    site: SiteInfo | None
    citizen: CitizenInfo
    letter_date: date
    case: CaseInfo
    invitation: InvitationInfo | None = None
    decision: DecisionInfo | None = None
    complaint: ComplaintInfo | None = None
    complaint_deadline: date | None = None
    final_status: FinalStatusInfo | None = None
    ending: EndingInfo | None = None
    training_plan: TrainingPlanInfo | None = None


COMMON_NAMES: tuple[str, ...] = ("centre", "site", "citizen", "letter_date", "case")

KIND_PARTS: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.INVITATION: ("invitation",),
    LetterKind.GRANT: ("decision", "complaint_deadline"),
    LetterKind.REFUSAL: ("decision", "complaint_deadline"),
    LetterKind.REASSESSMENT_UPHELD: ("decision", "complaint", "complaint_deadline"),
    LetterKind.FINAL_STATUS: ("final_status",),
    LetterKind.COURSE_ENDING: ("decision", "ending", "complaint_deadline"),
    LetterKind.TRAINING_PLAN: ("training_plan",),
}
"""The kind-specific names a template of that kind sees, besides the common ones."""

_OPTIONAL_PARTS = frozenset({"complaint_deadline"})
_PART_NAMES = {
    "invitation": "indkaldelsen",
    "decision": "afgørelsen",
    "complaint": "klagen",
    "final_status": "slutstatus",
    "ending": "afslutningen",
    "training_plan": "træningsplanen",
}


def context_names(kind: LetterKind) -> frozenset[str]:
    """The variable names a template of `kind` may use."""
    return frozenset(COMMON_NAMES + KIND_PARTS[kind])


def template_variables(kind: LetterKind, context: LetterContext) -> Mapping[str, object]:
    """The template's variables for `kind`; refuses a context without a part the kind needs."""
    for part in KIND_PARTS[kind]:
        if part not in _OPTIONAL_PARTS and getattr(context, part) is None:
            raise RuleViolation(
                f"Brevet kan ikke dannes: sagen mangler oplysningerne om {_PART_NAMES[part]}.",
                field=part,
                rule="letter-context-missing",
            )
    return {name: getattr(context, name) for name in COMMON_NAMES + KIND_PARTS[kind]}
