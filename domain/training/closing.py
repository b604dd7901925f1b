"""Ending a course (afslutning), its reason, whether it is a decision, and the final status.

The reasons follow the service standards. A course on application under Serviceloven § 86
that ends other than at the citizen's wish is a decision (afgørelse), with the complaint
window of every decision; a hospital plan (§ 140) is a right and its end no decision. The
final status (slutstatus) is written for genoptræning only, and goes to the citizen's GP.
The end date is the one the 5-month quarantine on renewed applications counts from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.casework import LegalBasis, ReferralKind, Training
from domain.errors import RuleViolation
from domain.training.course import OPEN_STATUSES, CourseEnding, CourseStatus, ending

NOTE_MAX = 2000
REASONS_MAX = 10000  # a decision's reasoned text, as the decisions on applications


class EndReason(StrEnum):
    NO_FURTHER_PROGRESS = "no_further_progress"  # ingen yderligere fremgang
    THERAPIST_NO_LONGER_NEEDED = "therapist_no_longer_needed"  # træning med terapeut ikke nødvendig
    MAINTAINS_ALONE = "maintains_alone"  # kan selv varetage den vedligeholdende træning
    AFTER_ABSENCES = "after_absences"  # afsluttet efter afbud eller udeblivelser
    CITIZEN_WISH = "citizen_wish"  # borgerens ønske
    MOVED = "moved"  # fraflyttet
    DIED = "died"  # død
    OTHER = "other"


END_REASON_DANISH = {
    EndReason.NO_FURTHER_PROGRESS: "Ingen yderligere fremgang",
    EndReason.THERAPIST_NO_LONGER_NEEDED: "Træning med terapeut er ikke længere nødvendig",
    EndReason.MAINTAINS_ALONE: "Borgeren kan selv vedligeholde færdighederne",
    EndReason.AFTER_ABSENCES: "Afsluttet efter afbud eller udeblivelser",
    EndReason.CITIZEN_WISH: "Borgerens ønske",
    EndReason.MOVED: "Fraflyttet kommunen",
    EndReason.DIED: "Borgeren er død",
    EndReason.OTHER: "Anden årsag",
}

# The reasons that belong to one kind of training only.
_ONLY_FOR = {
    EndReason.NO_FURTHER_PROGRESS: Training.REHABILITATION,
    EndReason.THERAPIST_NO_LONGER_NEEDED: Training.REHABILITATION,
    EndReason.MAINTAINS_ALONE: Training.MAINTENANCE,
}


class EndingRefused(RuleViolation):
    """An ending without its reason or note, with a reason of the other kind of training, or
    dated before the start or in the future."""


@dataclass(frozen=True, slots=True)
class CourseClosure:
    """What to store when a course ends, and what follows from it."""

    ending: CourseEnding
    reason: EndReason
    note: str | None
    is_decision: bool  # a letter with complaint guidance goes to the citizen
    final_status_expected: bool  # genoptræning: the therapist writes the final status


def end_course(
    basis: LegalBasis,
    status: CourseStatus,
    *,
    reason: EndReason | None,
    note: str | None,
    started_on: date | None,
    ended_on: date,
    today: date,
) -> CourseClosure:
    """End an open course for a reason of its kind of training. A § 86 course (on
    application) ended other than at the citizen's wish is a decision; one whose citizen
    died is not (there is no one to send it to)."""
    if status not in OPEN_STATUSES:
        raise EndingRefused(
            "Forløbet er allerede afsluttet.", field="course_id", rule="course_open"
        )
    if reason is None:
        raise EndingRefused("Vælg årsagen til afslutningen.", field="reason", rule="end_reason")
    text = (note or "").strip() or None
    if text is not None and len(text) > NOTE_MAX:
        raise EndingRefused(
            f"Notatet må højst have {NOTE_MAX} tegn.", field="note", rule="end_note"
        )
    if reason is EndReason.OTHER and text is None:
        raise EndingRefused(
            "Skriv årsagen, når den ikke er en af de faste.", field="note", rule="end_reason"
        )
    only = _ONLY_FOR.get(reason)
    if only is not None and only is not basis.training:
        raise EndingRefused(
            "Årsagen hører til en anden slags træning end forløbets.",
            field="reason", rule="end_reason_training",
        )  # fmt: skip
    if ended_on > today:
        raise EndingRefused(
            "Forløbet kan ikke afsluttes med en dato i fremtiden.",
            field="ended_on", rule="end_date",
        )  # fmt: skip
    if started_on is not None and ended_on < started_on:
        raise EndingRefused(
            "Forløbet kan ikke slutte, før det begyndte.", field="ended_on", rule="end_date"
        )
    decision = basis.referral_kind is ReferralKind.APPLICATION and reason not in (
        EndReason.CITIZEN_WISH,
        EndReason.DIED,
    )
    return CourseClosure(
        ending(started_on, ended_on),
        reason,
        text,
        is_decision=decision,
        final_status_expected=basis.rehabilitation and reason is not EndReason.DIED,
    )


class FinalStatusNotPossible(RuleViolation):
    """A final status is for genoptræning, to a GP on record."""


def check_final_status(basis: LegalBasis, *, general_practitioner_on_record: bool) -> None:
    """The final status goes to the citizen's GP after genoptræning; the error says what is
    missing."""
    if not basis.rehabilitation:
        raise FinalStatusNotPossible(
            "Slutstatus skrives kun efter genoptræning, ikke efter vedligeholdende træning.",
            field="course_id", rule="final_status_rehabilitation",
        )  # fmt: skip
    if not general_practitioner_on_record:
        raise FinalStatusNotPossible(
            "Borgeren har ingen praktiserende læge registreret; tilføj lægen, før "
            "slutstatus sendes.",
            field="general_practitioner", rule="final_status_gp",
        )  # fmt: skip


class NoEndingDecision(RuleViolation):
    """A decision letter about an ending that is no decision: the citizen's wish, a hospital
    plan (§ 140), a death, or a course not ended yet."""


def check_ending_decision(*, ended_on: date | None, is_decision: bool, reasons: str | None) -> str:
    """The reasons of the decision to end a § 86 course, checked: the course is ended (on
    `ended_on`) and the ending is a decision (not the citizen's wish, not a § 140 plan), and
    the letter gives its reasons."""
    if ended_on is None:
        raise NoEndingDecision(
            "Afslut forløbet, før afgørelsen om afslutning sendes.",
            field="course_id", rule="ending_decision_after_end",
        )  # fmt: skip
    if not is_decision:
        raise NoEndingDecision(
            "Afslutningen er ikke en afgørelse (borgerens eget ønske, et forløb efter "
            "sundhedsloven § 140 eller borgerens død); der sendes ingen afgørelse.",
            field="course_id", rule="ending_not_a_decision",
        )  # fmt: skip
    text = (reasons or "").strip()
    if not text or len(text) > REASONS_MAX:
        raise NoEndingDecision(
            f"Skriv begrundelsen for afgørelsen (højst {REASONS_MAX} tegn).",
            field="reasons", rule="ending_decision_reasons",
        )  # fmt: skip
    return text
