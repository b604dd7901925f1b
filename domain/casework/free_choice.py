"""Sundhedsloven § 140, stk. 4: free choice of a private provider, and KL's status reasons.

When the municipality cannot offer a start of almen genoptræning within the free-choice
date, the citizen may choose a private provider. National reporting reads KL's codes.
"""

from __future__ import annotations

# KL's status reasons of a received plan (CODES.md).
FRIT_VALG = "3796fa11-305f-47d6-b164-45b05489afb2"
FRIT_VALG_AFSLAAET = "46a6bc1f-bfe8-4390-a71f-44ad4a384b9d"


def kl_status_reason(free_choice_offered: bool | None, citizen_choice: str | None) -> str | None:
    """Frit valg when the citizen chose a private provider; Frit valg afslået when free
    choice was offered and the citizen stayed with the municipality."""
    if not free_choice_offered:
        return None
    if citizen_choice == "private":
        return FRIT_VALG
    if citizen_choice == "municipal":
        return FRIT_VALG_AFSLAAET
    return None
