"""Sundhedsloven § 140, stk. 4: free choice of a private provider, and KL's status reasons.

When the municipality cannot offer a start of almen genoptræning within the free-choice
date, the citizen may choose a private provider. National reporting reads KL's codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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


@dataclass(frozen=True, slots=True)
class StartOffer:
    """What a hospital plan records of the start offered (None while nothing is recorded)."""

    start_offered_on: date | None
    first_start_offered: date | None
    free_choice_offered: bool | None


NO_OFFER = StartOffer(None, None, None)


def start_as_offer(offer: StartOffer, started_on: date) -> StartOffer | None:
    """A start nobody recorded an offer for is itself the offer (with no free choice offered),
    judged against the free-choice date like any other; None when an offer is recorded."""
    if offer.start_offered_on is not None:
        return None
    return StartOffer(started_on, started_on, False)


def undo_start_as_offer(offer: StartOffer, started_on: date) -> StartOffer | None:
    """A corrected start takes back the offer it stood for, not one recorded on its own;
    None when there is nothing to take back."""
    if offer.free_choice_offered is not False:
        return None
    if offer.start_offered_on == offer.first_start_offered == started_on:
        return NO_OFFER
    return None


def start_within_limit(first_start_offered: date | None, free_choice_date: date) -> bool | None:
    """Whether the first start offered is on or before the free-choice date (None until one
    is offered)."""
    if first_start_offered is None:
        return None
    return first_start_offered <= free_choice_date
