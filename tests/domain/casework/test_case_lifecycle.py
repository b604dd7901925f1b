"""The case life cycle: every allowed transition, a sample of forbidden ones, corrections."""

import uuid
from datetime import UTC, datetime

import pytest

from domain.casework.case_lifecycle import (
    CLOSED_STATES,
    TRANSITIONS,
    CaseEvent,
    CaseState,
    RecordedEvent,
    allowed_events,
    corrections,
    kl_status_reasons,
    meets,
    next_state,
    replay,
)
from domain.casework.referral import ReferralKind
from domain.errors import Conflict

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
        # Postponed (KL: Udskudt): the plan stays where it was.
        (PLAN, S.RECEIVED, E.POSTPONE, S.RECEIVED),
        (PLAN, S.INVITED, E.POSTPONE, S.INVITED),
        (PLAN, S.ASSESSED, E.POSTPONE, S.ASSESSED),
        # A complaint reopens a § 86 decision; the reassessment changes or upholds it.
        (APP, S.GRANTED, E.RECEIVE_COMPLAINT, S.COMPLAINED),
        (APP, S.REFUSED, E.RECEIVE_COMPLAINT, S.COMPLAINED),
        (APP, S.COMPLAINED, E.GRANT, S.GRANTED),
        (APP, S.COMPLAINED, E.REFUSE, S.REFUSED),
        (APP, S.COMPLAINED, E.UPHOLD, S.UPHELD),
        (APP, S.UPHELD, E.FORWARD, S.FORWARDED),
        # Ending a § 86 course other than at the citizen's wish is a decision: complained
        # about like the grant (even after an earlier complaint went to Ankestyrelsen).
        (APP, S.GRANTED, E.END_COURSE, S.ENDED),
        (APP, S.FORWARDED, E.END_COURSE, S.ENDED),
        (APP, S.ENDED, E.RECEIVE_COMPLAINT, S.COMPLAINED),
    ],
)
def test_every_allowed_transition(
    kind: ReferralKind, state: CaseState, event: CaseEvent, target: CaseState
) -> None:
    assert next_state(kind, state, event) is target


def test_the_table_holds_exactly_the_transitions_tested_above() -> None:
    assert len(TRANSITIONS) == 31


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
        (APP, S.RECEIVED, E.RECEIVE_COMPLAINT),  # no decision, no complaint
        (APP, S.ASSESSED, E.RECEIVE_COMPLAINT),
        (PLAN, S.STARTED, E.RECEIVE_COMPLAINT),  # § 140 has no decision to complain about
        (APP, S.COMPLAINED, E.FORWARD),  # only an upheld decision goes to Ankestyrelsen
        (APP, S.REFUSED, E.UPHOLD),
        (APP, S.FORWARDED, E.RECEIVE_COMPLAINT),
        (APP, S.ASSESSED, E.POSTPONE),  # a course's postponement belongs to the course
        (PLAN, S.STARTED, E.POSTPONE),
        (PLAN, S.STARTED, E.END_COURSE),  # a § 140 course's end is no decision
        (APP, S.REFUSED, E.END_COURSE),  # no course to end
        (APP, S.ENDED, E.END_COURSE),  # sent once
        (APP, S.COMPLAINED, E.END_COURSE),
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
    assert allowed_events(APP, S.REFUSED) == [E.RECEIVE_COMPLAINT]
    assert set(allowed_events(APP, S.COMPLAINED)) == {E.GRANT, E.REFUSE, E.UPHOLD}
    assert allowed_events(APP, S.FORWARDED) == [E.END_COURSE]
    assert allowed_events(APP, S.ENDED) == [E.RECEIVE_COMPLAINT]
    assert allowed_events(PLAN, S.STARTED) == []
    assert E.REFUSE not in allowed_events(PLAN, S.ASSESSED)


@pytest.mark.parametrize(
    ("state", "event", "deadline"),
    [
        (S.RECEIVED, E.INVITE, "invitation"),
        (S.ASSESSED, E.START, "training_start"),
        (S.ASSESSED, E.GRANT, "decision"),
        (S.ASSESSED, E.REFUSE, "decision"),
        # After a complaint the new decision, or the upholding, is the reassessment.
        (S.COMPLAINED, E.GRANT, "reassessment"),
        (S.COMPLAINED, E.REFUSE, "reassessment"),
        (S.COMPLAINED, E.UPHOLD, "reassessment"),
        (S.INVITED, E.ASSESS, None),
        (S.UPHELD, E.FORWARD, None),
    ],
)
def test_the_deadline_each_step_meets(
    state: CaseState, event: CaseEvent, deadline: str | None
) -> None:
    assert meets(state, event) == deadline


def test_only_an_upheld_complaint_closes_the_case_again() -> None:
    assert S.FORWARDED in CLOSED_STATES
    assert S.ENDED in CLOSED_STATES  # nothing owed until the citizen complains
    assert S.COMPLAINED not in CLOSED_STATES  # the reassessment is still owed
    assert S.UPHELD not in CLOSED_STATES  # the forwarding is still owed


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


def test_corrections_name_what_they_undid_and_what_a_correction_would_undo_now() -> None:
    invite, assess, refuse = _event(E.INVITE), _event(E.ASSESS), _event(E.REFUSE)
    assert corrections([]).correctable is None
    assert corrections([invite, assess]).correctable == assess.id
    assert corrections([invite, assess]).undone_by == {}

    # The refusal undone: the assessment is the newest live event again; then it too.
    undo_refusal = _event(None, corrects=refuse.id)
    once = corrections([invite, assess, refuse, undo_refusal])
    assert once.undone_by == {refuse.id: undo_refusal.id}
    assert once.correctable == assess.id
    assert not once.is_live(refuse.id)
    assert once.is_live(assess.id)
    undo_assessment = _event(None, corrects=assess.id)
    twice = corrections([invite, assess, refuse, undo_refusal, undo_assessment])
    assert twice.undone_by == {refuse.id: undo_refusal.id, assess.id: undo_assessment.id}
    assert twice.correctable == invite.id

    # A new step after a correction is the one to undo; everything undone: nothing left.
    grant = _event(E.GRANT)
    assert corrections([invite, assess, refuse, undo_refusal, grant]).correctable == grant.id
    assert corrections([invite, _event(None, corrects=invite.id)]).correctable is None


def test_kl_status_reasons_come_from_the_state_and_a_live_postponement() -> None:
    udskudt, frit_valg = (
        "a8632e22-bf0c-4f5a-92a7-70977ba104d5",
        "3796fa11-305f-47d6-b164-45b05489afb2",
    )
    assert kl_status_reasons(S.INVITED, [E.INVITE]) == []
    assert kl_status_reasons(S.INVITED, [E.POSTPONE, E.INVITE]) == [udskudt]
    assert kl_status_reasons(S.FREE_CHOICE_TAKEN, [E.POSTPONE, E.TAKE_FREE_CHOICE]) == [
        udskudt,
        frit_valg,
    ]
    assert kl_status_reasons(S.OTHER_MUNICIPALITY, []) == ["f64b8f5e-8ced-4a8b-ab73-8994fb524915"]
    assert kl_status_reasons(S.SENT_BY_MISTAKE, []) == ["8ac7be88-5d16-4dbd-a61a-ab02673f4b34"]
