"""Sundhedsloven § 140, stk. 4: a start with no offer recorded is the offer; its undo."""

from __future__ import annotations

from datetime import date

from domain.casework.free_choice import (
    NO_OFFER,
    StartOffer,
    start_as_offer,
    start_within_limit,
    undo_start_as_offer,
)

STARTED = date(2026, 11, 20)


def test_a_start_with_no_offer_recorded_is_the_offer_without_free_choice() -> None:
    assert start_as_offer(NO_OFFER, STARTED) == StartOffer(STARTED, STARTED, False)


def test_a_recorded_offer_stands() -> None:
    recorded = StartOffer(date(2026, 11, 18), date(2026, 11, 18), True)
    assert start_as_offer(recorded, STARTED) is None


def test_undoing_the_start_takes_back_the_offer_it_stood_for() -> None:
    assert undo_start_as_offer(StartOffer(STARTED, STARTED, False), STARTED) == NO_OFFER


def test_undoing_the_start_keeps_an_offer_recorded_on_its_own() -> None:
    assert undo_start_as_offer(StartOffer(STARTED, STARTED, True), STARTED) is None
    assert undo_start_as_offer(NO_OFFER, STARTED) is None
    earlier = date(2026, 11, 18)
    assert undo_start_as_offer(StartOffer(earlier, earlier, False), STARTED) is None


def test_the_start_is_within_the_limit_on_or_before_the_free_choice_date() -> None:
    assert start_within_limit(None, STARTED) is None
    assert start_within_limit(STARTED, STARTED) is True
    assert start_within_limit(date(2026, 11, 23), STARTED) is False
