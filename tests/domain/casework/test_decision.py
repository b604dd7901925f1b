"""Decisions and invitations: sent between receipt and today, in writing, received after sent;
free choice's KL status reasons; a new version of the service standard."""

from datetime import UTC, date, datetime

import pytest

from domain.casework.decision import (
    SendingChannel,
    check_meeting,
    check_sent_on,
    decision_received_on,
)
from domain.casework.free_choice import FRIT_VALG, FRIT_VALG_AFSLAAET, kl_status_reason
from domain.centre.service_standard import Limit, LimitKind, LimitUnit, check_new_version
from domain.errors import RuleViolation

RECEIVED, TODAY = date(2026, 11, 16), date(2026, 11, 23)


@pytest.mark.parametrize("sent", [date(2026, 11, 15), date(2026, 11, 24)])
def test_a_letter_is_sent_between_receipt_and_today(sent: date) -> None:
    with pytest.raises(RuleViolation) as raised:
        check_sent_on(sent, received=RECEIVED, today=TODAY, field="sent_on")
    assert raised.value.field == "sent_on"


def test_a_letter_sent_on_the_day_of_receipt_or_today_is_fine() -> None:
    check_sent_on(RECEIVED, received=RECEIVED, today=TODAY, field="sent_on")
    check_sent_on(TODAY, received=RECEIVED, today=TODAY, field="sent_on")


def test_the_meeting_is_not_before_the_invitation_in_copenhagen_time() -> None:
    # 23:30 UTC on 17 November is 00:30 on 18 November in Copenhagen: the day it was sent.
    check_meeting(datetime(2026, 11, 17, 23, 30, tzinfo=UTC), sent_on=date(2026, 11, 18))
    with pytest.raises(RuleViolation) as raised:
        check_meeting(datetime(2026, 11, 17, 22, 30, tzinfo=UTC), sent_on=date(2026, 11, 18))
    assert raised.value.field == "meeting_at"


def test_digital_post_is_received_the_day_it_is_sent() -> None:
    assert decision_received_on(SendingChannel.DIGITAL_POST, TODAY, None) == TODAY


def test_a_posted_letter_is_received_on_the_day_recorded_or_unknown() -> None:
    assert decision_received_on(SendingChannel.LETTER, TODAY, None) is None
    assert decision_received_on(SendingChannel.LETTER, TODAY, date(2026, 11, 25)) == date(
        2026, 11, 25
    )
    with pytest.raises(RuleViolation) as raised:
        decision_received_on(SendingChannel.LETTER, TODAY, date(2026, 11, 20))
    assert raised.value.field == "received_on"


def test_a_decision_is_never_given_by_phone_alone() -> None:
    with pytest.raises(RuleViolation) as raised:
        decision_received_on(SendingChannel.PHONE, TODAY, None)
    assert raised.value.field == "channel"


@pytest.mark.parametrize(
    ("offered", "choice", "reason"),
    [
        (True, "private", FRIT_VALG),
        (True, "municipal", FRIT_VALG_AFSLAAET),
        (True, None, None),  # offered, not yet chosen
        (False, None, None),  # a start in time: no free choice
        (None, None, None),
    ],
)
def test_free_choice_gives_kls_status_reason(
    offered: bool | None, choice: str | None, reason: str | None
) -> None:
    assert kl_status_reason(offered, choice) == reason


def _limit(kind: LimitKind, unit: LimitUnit, since: date = TODAY) -> Limit:
    return Limit("SEL_86_1", kind, 8, unit, since)


def test_a_new_standard_version_takes_effect_today_or_later() -> None:
    check_new_version([_limit(LimitKind.INVITATION, LimitUnit.WORKING_DAYS)], today=TODAY)
    with pytest.raises(RuleViolation) as raised:
        check_new_version(
            [_limit(LimitKind.INVITATION, LimitUnit.WORKING_DAYS, date(2026, 11, 22))],
            today=TODAY,
        )
    assert raised.value.field == "effective_from"


def test_a_limit_keeps_its_unit_and_comes_once_in_a_version() -> None:
    with pytest.raises(RuleViolation) as wrong_unit:
        check_new_version([_limit(LimitKind.QUARANTINE, LimitUnit.CALENDAR_DAYS)], today=TODAY)
    assert wrong_unit.value.field == "limits.0.unit"
    twice = [_limit(LimitKind.DECISION, LimitUnit.WORKING_DAYS)] * 2
    with pytest.raises(RuleViolation) as repeated:
        check_new_version(twice, today=TODAY)
    assert repeated.value.field == "limits.1.kind"
