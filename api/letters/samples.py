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
    SiteInfo,
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
