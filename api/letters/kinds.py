"""The letters the centre sends, and which of them are decisions."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    INVITATION = "invitation"
    """Indkaldelse til indledende samtale og undersøgelse."""
    GRANT = "grant"
    """Afgørelse: bevilling af et træningsforløb."""
    REFUSAL = "refusal"
    """Afgørelse: afslag."""
    REASSESSMENT_UPHELD = "reassessment_upheld"
    """Revurdering: afgørelsen fastholdes, og klagen sendes til Ankestyrelsen."""
    FINAL_STATUS = "final_status"
    """Slutstatus efter genoptræning, til borgerens praktiserende læge."""
    COURSE_ENDING = "course_ending"
    """Afgørelse: et forløb efter serviceloven § 86 afsluttes (ikke på borgerens ønske)."""
    TRAINING_PLAN = "training_plan"
    """Træningsplan: borgerens kommende træningstider med sted og adresse."""


DECISION_KINDS: frozenset[LetterKind] = frozenset(
    {
        LetterKind.GRANT,
        LetterKind.REFUSAL,
        LetterKind.REASSESSMENT_UPHELD,
        LetterKind.COURSE_ENDING,
    }
)
"""Every letter of these kinds carries the complaint guidance (klagevejledning)."""

SUBJECTS: dict[LetterKind, str] = {
    LetterKind.INVITATION: "Indkaldelse til indledende samtale og undersøgelse",
    LetterKind.GRANT: "Afgørelse: Du er bevilget træning",
    LetterKind.REFUSAL: "Afgørelse: Afslag på træning",
    LetterKind.REASSESSMENT_UPHELD: "Revurdering: Vi fastholder afgørelsen",
    LetterKind.FINAL_STATUS: "Slutstatus efter genoptræning",
    LetterKind.COURSE_ENDING: "Afgørelse: Dit træningsforløb afsluttes",
    LetterKind.TRAINING_PLAN: "Din træningsplan",
}
"""The subject line the layout prints above the body; the template cannot change it."""

LABELS: dict[LetterKind, str] = {
    LetterKind.INVITATION: "indkaldelse",
    LetterKind.GRANT: "bevilling",
    LetterKind.REFUSAL: "afslag",
    LetterKind.REASSESSMENT_UPHELD: "revurdering",
    LetterKind.FINAL_STATUS: "slutstatus",
    LetterKind.COURSE_ENDING: "afslutning af forløb",
    LetterKind.TRAINING_PLAN: "træningsplan",
}
"""The kind's short Danish name, for messages to staff."""
