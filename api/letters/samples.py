"""A made-up letter context of each kind: templates are checked and previewed against it.

The people are fictitious. Every optional part is filled in, so a template is tried on each of
its branches that depend on a part being present.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from domain.calendar import COPENHAGEN

from .context import (
    DEFAULT_CENTRE,
    CaseInfo,
    CitizenInfo,
    ComplaintInfo,
    DecisionInfo,
    EndingInfo,
    FinalStatusInfo,
    GoalOutcome,
    InvitationInfo,
    LetterContext,
    PlannedSessionInfo,
    SiteInfo,
    TrainingPlanInfo,
)
from .kinds import LetterKind

SAMPLE_SITE = SiteInfo(
    name="Træningscenter Syd", address="Ishøj Boulevard 2A, 2. sal, 2635 Ishøj", phone="21 32 29 79"
)


def sample_context(kind: LetterKind) -> LetterContext:
    """A complete, fictitious context for a letter of `kind`."""
    common = LetterContext(
        centre=DEFAULT_CENTRE,
        site=SAMPLE_SITE,
        citizen=CitizenInfo(name="Else Eksempel", address="Eksempelvej 1, 2635 Ishøj"),
        letter_date=date(2026, 11, 9),
        case=CaseInfo(
            received_date=date(2026, 11, 2),
            legal_basis_name="Genoptræning (Serviceloven § 86, stk. 1)",
            legal_basis_citation="servicelovens § 86, stk. 1",
        ),
    )
    if kind is LetterKind.INVITATION:
        return replace(
            common,
            invitation=InvitationInfo(
                meeting_at=datetime(2026, 11, 16, 10, 30, tzinfo=COPENHAGEN),
                place="site",
                site_name=SAMPLE_SITE.name,
                site_address=SAMPLE_SITE.address,
                therapist_name="Terapeut Eksempel",
                channel="letter",
            ),
        )
    if kind is LetterKind.FINAL_STATUS:
        return replace(
            common,
            final_status=FinalStatusInfo(
                general_practitioner="Læge Eksempel",
                clinic="Lægehuset Eksempel, Eksempelvej 3, 2635 Ishøj",
                started_on=date(2026, 11, 23),
                ended_on=date(2027, 2, 19),
                end_reason="Ingen yderligere fremgang",
                goals=[
                    GoalOutcome("At gå på trapper uden hjælp", "opnået"),
                    GoalOutcome("At gå 1 km uden pause", "ikke opnået"),
                ],
                note="Her står terapeutens sammenfatning.",
            ),
        )
    if kind is LetterKind.COURSE_ENDING:
        return replace(
            common,
            decision=DecisionInfo(
                decided_on=date(2027, 2, 12),
                reasons="Her står terapeutens begrundelse.\n\nDen kan have flere afsnit.",
            ),
            ending=EndingInfo(
                started_on=date(2026, 11, 23),
                ended_on=date(2027, 2, 19),
                reason="Ingen yderligere fremgang",
            ),
            complaint_deadline=date(2027, 3, 12),
            letter_date=date(2027, 2, 12),
        )
    if kind is LetterKind.TRAINING_PLAN:
        return replace(common, training_plan=_sample_plan())
    granted = kind is LetterKind.GRANT
    decision = DecisionInfo(
        decided_on=date(2026, 11, 13),
        disciplines=["fysioterapeut", "ergoterapeut"] if granted else [],
        form="individuel træning i træningscentret" if granted else "",
        transport=granted,
        reasons="Her står terapeutens begrundelse.\n\nDen kan have flere afsnit.",
        findings=[
            "Du har brug for hjælp fra en terapeut til at genvinde dine færdigheder."
            if granted
            else "Du kan genvinde dine færdigheder ved din egen træning."
        ],
    )
    if kind is LetterKind.REASSESSMENT_UPHELD:
        return replace(
            common,
            decision=decision,
            complaint=ComplaintInfo(
                received_on=date(2026, 11, 30),
                reassessed_on=date(2026, 12, 14),
                forwarded_on=date(2026, 12, 15),
            ),
            complaint_deadline=date(2026, 12, 14),
            letter_date=date(2026, 12, 15),
        )
    return replace(
        common,
        decision=decision,
        complaint_deadline=date(2026, 12, 14),
        letter_date=date(2026, 11, 13),
    )


def _sample_plan() -> TrainingPlanInfo:
    """A session of each place: at a site with a room, at one without, at home and nearby."""

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, day, hour, minute, tzinfo=COPENHAGEN)

    return TrainingPlanInfo(
        sessions=[
            PlannedSessionInfo(
                at(16, 10, 30), at(16, 11, 15), "Individuel træning", "site",
                SAMPLE_SITE.name, SAMPLE_SITE.address, "Sal 1",
            ),
            PlannedSessionInfo(
                at(18, 13), at(18, 14), "Hold: Balancetræning", "site",
                SAMPLE_SITE.name, SAMPLE_SITE.address, None,
            ),
            PlannedSessionInfo(at(23, 9), at(23, 9, 45), "Individuel træning", "home"),
            PlannedSessionInfo(at(25, 9), at(25, 10), "Individuel træning", "nearby"),
        ],
        disciplines=["fysioterapeut"],
    )  # fmt: skip
