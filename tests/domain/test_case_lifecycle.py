"""The case life cycle: every allowed transition, a sample of forbidden ones, corrections."""

import uuid
from datetime import UTC, datetime

import pytest

from domain.case_lifecycle import (
    TRANSITIONS,
    CaseEvent,
    CaseState,
    RecordedEvent,
    allowed_events,
    next_state,
    replay,
)
from domain.errors import Conflict
from domain.referral import ReferralKind

APP, PLAN = ReferralKind.APPLICATION, ReferralKind.REHAB_PLAN
S, E = CaseState, CaseEvent
AT = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "state", "event", "target"),
    [
        (APP, S.RECEIVED, E.INVITE, S.INVITED),
        (APP, S.INVITED, E.ASSESS, S.ASSESSED),
        (APP, S.ASSESSED, E.GRANT, S.GRANTED),
        (APP, S.ASSESSED, E.REFUSE, S.REFUSED),
        (APP, S.RECEIVED, E.WITHDRAW, S.WITHDRAWN),
        (APP, S.INVITED, E.WITHDRAW, S.WITHDRAWN),
        (APP, S.ASSESSED, E.WITHDRAW, S.WITHDRAWN),
        (PLAN, S.RECEIVED, E.INVITE, S.INVITED),
        (PLAN, S.INVITED, E.ASSESS, S.ASSESSED),
        (PLAN, S.ASSESSED, E.START, S.STARTED),
        (PLAN, S.RECEIVED, E.DECLINE, S.DECLINED),
        (PLAN, S.INVITED, E.DECLINE, S.DECLINED),
        (PLAN, S.ASSESSED, E.DECLINE, S.DECLINED),
        (PLAN, S.RECEIVED, E.TAKE_FREE_CHOICE, S.FREE_CHOICE_TAKEN),
        (PLAN, S.INVITED, E.TAKE_FREE_CHOICE, S.FREE_CHOICE_TAKEN),
        (PLAN, S.ASSESSED, E.TAKE_FREE_CHOICE, S.FREE_CHOICE_TAKEN),
        (PLAN, S.RECEIVED, E.MARK_OTHER_MUNICIPALITY, S.OTHER_MUNICIPALITY),
        (PLAN, S.RECEIVED, E.MARK_SENT_BY_MISTAKE, S.SENT_BY_MISTAKE),
        (PLAN, S.RECEIVED, E.MARK_SPECIALISED, S.SPECIALISED),
    ],
)
def test_every_allowed_transition(
    kind: ReferralKind, state: CaseState, event: CaseEvent, target: CaseState
) -> None:
    assert next_state(kind, state, event) is target


def test_the_table_holds_exactly_the_transitions_tested_above() -> None:
    assert len(TRANSITIONS) == 19


@pytest.mark.parametrize(
    ("kind", "state", "event"),
    [
        (PLAN, S.ASSESSED, E.REFUSE),  # a hospital plan is a right: never refused
        (PLAN, S.ASSESSED, E.GRANT),
        (APP, S.RECEIVED, E.GRANT),  # no decision before the assessment
        (APP, S.INVITED, E.REFUSE),
        (APP, S.REFUSED, E.GRANT),  # a decision stands; a complaint changes it
        (APP, S.GRANTED, E.WITHDRAW),
        (APP, S.RECEIVED, E.START),
        (PLAN, S.STARTED, E.DECLINE),
        (PLAN, S.INVITED, E.MARK_OTHER_MUNICIPALITY),
    ],
)
def test_a_forbidden_transition_is_a_conflict_naming_the_state(
    kind: ReferralKind, state: CaseState, event: CaseEvent
) -> None:
    with pytest.raises(Conflict) as raised:
        next_state(kind, state, event)
    assert raised.value.rule == f"state:{state.value}"


def test_the_case_page_offers_only_what_the_state_allows() -> None:
    assert set(allowed_events(APP, S.ASSESSED)) == {E.GRANT, E.REFUSE, E.WITHDRAW}
    assert allowed_events(APP, S.REFUSED) == []
    assert E.REFUSE not in allowed_events(PLAN, S.ASSESSED)


def _event(event: CaseEvent | None, corrects: uuid.UUID | None = None) -> RecordedEvent:
    return RecordedEvent(uuid.uuid4(), event, AT, "terapeut", corrects)


def test_a_correction_undoes_the_newest_event_without_editing_history() -> None:
    invite, assess = _event(E.INVITE), _event(E.ASSESS)
    refuse = _event(E.REFUSE)
    history = [invite, assess, refuse]
    assert replay(APP, history) is S.REFUSED
    corrected = [*history, _event(None, corrects=refuse.id)]
    assert replay(APP, corrected) is S.ASSESSED
    assert replay(APP, [*corrected, _event(E.GRANT)]) is S.GRANTED
    with pytest.raises(Conflict):
        replay(APP, [invite, assess, _event(None, corrects=invite.id)])
