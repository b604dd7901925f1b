"""The life of a case, as an explicit table of allowed transitions.

Every transition is a dated event with its actor; history is never edited. A mistaken event
is undone by a later correcting event, which returns the case to the state before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.casework.referral import ReferralKind
from domain.errors import Conflict


class CaseState(StrEnum):
    RECEIVED = "received"
    INVITED = "invited"
    ASSESSED = "assessed"
    GRANTED = "granted"  # § 86: a course was granted
    REFUSED = "refused"  # § 86: a reasoned refusal
    WITHDRAWN = "withdrawn"  # § 86: the citizen withdrew the application
    STARTED = "started"  # § 140: training started
    DECLINED = "declined"  # § 140: the citizen declined
    FREE_CHOICE_TAKEN = "free_choice_taken"  # § 140, stk. 4: a private provider (Frit valg)
    OTHER_MUNICIPALITY = "other_municipality"  # KL: Anden kommune
    SENT_BY_MISTAKE = "sent_by_mistake"  # KL: Fejl (fejlafsendt GGOP)
    SPECIALISED = "specialised"  # the hospital delivers it; recorded only
    COMPLAINED = "complained"  # § 86: the citizen complained about the decision
    UPHELD = "upheld"  # the reassessment upheld the decision; to go to Ankestyrelsen
    FORWARDED = "forwarded"  # the complaint was sent to Ankestyrelsen
    ENDED = "ended"  # § 86: the course was ended by a decision (not at the citizen's wish)


class CaseEvent(StrEnum):
    INVITE = "invite"
    ASSESS = "assess"
    GRANT = "grant"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"
    START = "start"
    DECLINE = "decline"
    TAKE_FREE_CHOICE = "take_free_choice"
    MARK_OTHER_MUNICIPALITY = "mark_other_municipality"
    MARK_SENT_BY_MISTAKE = "mark_sent_by_mistake"
    MARK_SPECIALISED = "mark_specialised"
    RECEIVE_COMPLAINT = "receive_complaint"
    UPHOLD = "uphold"  # the reassessment upholds the decision
    FORWARD = "forward"  # the upheld complaint is sent to Ankestyrelsen
    POSTPONE = "postpone"  # § 140: the start waits; the citizen lacks the energy now (Udskudt)
    END_COURSE = "end_course"  # § 86: the decision to end the course, with its letter


_S, _E = CaseState, CaseEvent
_OPEN = (_S.RECEIVED, _S.INVITED, _S.ASSESSED)

# (kind, state, event) -> next state. Anything not here is refused with the current state.
TRANSITIONS: dict[tuple[ReferralKind, CaseState, CaseEvent], CaseState] = {
    **{
        (ReferralKind.APPLICATION, state, event): target
        for state, event, target in (
            (_S.RECEIVED, _E.INVITE, _S.INVITED),
            (_S.INVITED, _E.ASSESS, _S.ASSESSED),
            (_S.ASSESSED, _E.GRANT, _S.GRANTED),
            (_S.ASSESSED, _E.REFUSE, _S.REFUSED),
            *((state, _E.WITHDRAW, _S.WITHDRAWN) for state in _OPEN),
            # A complaint reopens the case: the reassessment changes the decision (a new
            # grant or refusal) or upholds it, and an upheld complaint goes to Ankestyrelsen.
            (_S.GRANTED, _E.RECEIVE_COMPLAINT, _S.COMPLAINED),
            (_S.REFUSED, _E.RECEIVE_COMPLAINT, _S.COMPLAINED),
            (_S.COMPLAINED, _E.GRANT, _S.GRANTED),
            (_S.COMPLAINED, _E.REFUSE, _S.REFUSED),
            (_S.COMPLAINED, _E.UPHOLD, _S.UPHELD),
            (_S.UPHELD, _E.FORWARD, _S.FORWARDED),
            # Ending the course other than at the citizen's wish is a decision: it can be
            # complained about like the grant, and the reassessment may grant anew.
            (_S.GRANTED, _E.END_COURSE, _S.ENDED),
            (_S.FORWARDED, _E.END_COURSE, _S.ENDED),
            (_S.ENDED, _E.RECEIVE_COMPLAINT, _S.COMPLAINED),
        )
    },
    **{
        (ReferralKind.REHAB_PLAN, state, event): target
        for state, event, target in (
            (_S.RECEIVED, _E.INVITE, _S.INVITED),
            (_S.INVITED, _E.ASSESS, _S.ASSESSED),
            (_S.ASSESSED, _E.START, _S.STARTED),
            (_S.RECEIVED, _E.MARK_OTHER_MUNICIPALITY, _S.OTHER_MUNICIPALITY),
            (_S.RECEIVED, _E.MARK_SENT_BY_MISTAKE, _S.SENT_BY_MISTAKE),
            (_S.RECEIVED, _E.MARK_SPECIALISED, _S.SPECIALISED),
            *((state, _E.DECLINE, _S.DECLINED) for state in _OPEN),
            *((state, _E.TAKE_FREE_CHOICE, _S.FREE_CHOICE_TAKEN) for state in _OPEN),
            # Postponed, the plan stays where it was; KL's status reason records it.
            *((state, _E.POSTPONE, state) for state in _OPEN),
        )
    },
}

# KL's status reasons (CODES.md), for national reporting of § 140 plans.
KL_STATUS_REASONS: dict[CaseState, str] = {
    CaseState.FREE_CHOICE_TAKEN: "3796fa11-305f-47d6-b164-45b05489afb2",  # Frit valg
    CaseState.OTHER_MUNICIPALITY: "f64b8f5e-8ced-4a8b-ab73-8994fb524915",  # Anden kommune
    CaseState.SENT_BY_MISTAKE: "8ac7be88-5d16-4dbd-a61a-ab02673f4b34",  # Fejl
}
UDSKUDT = "a8632e22-bf0c-4f5a-92a7-70977ba104d5"


def kl_status_reasons(state: CaseState, live_events: Iterable[CaseEvent]) -> list[str]:
    """The status reasons a plan's state and live events give (Frit valg afslået comes from
    the free-choice record, not from a step)."""
    reasons = [UDSKUDT] if CaseEvent.POSTPONE in set(live_events) else []
    if state in KL_STATUS_REASONS:
        reasons.append(KL_STATUS_REASONS[state])
    return reasons


_DANISH = {
    CaseState.RECEIVED: "modtaget", CaseState.INVITED: "indkaldt",
    CaseState.ASSESSED: "vurderet", CaseState.GRANTED: "visiteret",
    CaseState.REFUSED: "afslået", CaseState.WITHDRAWN: "trukket tilbage",
    CaseState.STARTED: "træning startet", CaseState.DECLINED: "takket nej",
    CaseState.FREE_CHOICE_TAKEN: "frit valg", CaseState.OTHER_MUNICIPALITY: "anden kommune",
    CaseState.SENT_BY_MISTAKE: "fejlsendt", CaseState.SPECIALISED: "specialiseret",
    CaseState.COMPLAINED: "påklaget", CaseState.UPHELD: "fastholdt efter klage",
    CaseState.FORWARDED: "sendt til Ankestyrelsen",
    CaseState.ENDED: "afsluttet ved afgørelse",
}  # fmt: skip


def allowed_events(kind: ReferralKind, state: CaseState) -> list[CaseEvent]:
    """What the case page may offer now."""
    return [event for (k, s, event) in TRANSITIONS if k is kind and s is state]


def next_state(kind: ReferralKind, state: CaseState, event: CaseEvent) -> CaseState:
    try:
        return TRANSITIONS[(kind, state, event)]
    except KeyError:
        raise Conflict(
            f"Handlingen kan ikke udføres, når sagen er {_DANISH[state]}.",
            rule=f"state:{state.value}",
        ) from None


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    id: uuid.UUID
    event: CaseEvent | None  # None for a correction
    at: datetime
    actor: str
    corrects: uuid.UUID | None = None  # the event a correction undoes


def replay(kind: ReferralKind, history: Iterable[RecordedEvent]) -> CaseState:
    """The state after a history of events, corrections undoing the newest live event."""
    states = [CaseState.RECEIVED]
    live: list[uuid.UUID] = []
    for recorded in history:
        if recorded.corrects is not None:
            if not live or live[-1] != recorded.corrects:
                raise Conflict("Kun den seneste hændelse kan rettes.", rule="correction")
            live.pop()
            states.pop()
            continue
        assert recorded.event is not None
        states.append(next_state(kind, states[-1], recorded.event))
        live.append(recorded.id)
    return states[-1]


@dataclass(frozen=True, slots=True)
class Corrections:
    """What the corrections in a history did: which events they undid, and which event a
    correction would undo now (the newest live one; None when nothing is left to undo)."""

    undone_by: dict[uuid.UUID, uuid.UUID]  # an undone event's id -> its correction's id
    correctable: uuid.UUID | None

    def is_live(self, event_id: uuid.UUID) -> bool:
        return event_id not in self.undone_by


def corrections(history: Iterable[RecordedEvent]) -> Corrections:
    """The history read as `replay` reads it: a correction undoes the newest live event."""
    live: list[uuid.UUID] = []
    undone_by: dict[uuid.UUID, uuid.UUID] = {}
    for recorded in history:
        if recorded.corrects is None:
            live.append(recorded.id)
            continue
        undone_by[recorded.corrects] = recorded.id
        if live and live[-1] == recorded.corrects:
            live.pop()
    return Corrections(undone_by, live[-1] if live else None)


def meets(state: CaseState, event: CaseEvent) -> str | None:
    """The deadline an event meets, on the date it happened (the letter or call was sent).

    After a complaint the new decision, or the upholding, is the reassessment.
    """
    if state is CaseState.COMPLAINED and event in (CaseEvent.GRANT, CaseEvent.REFUSE,
                                                   CaseEvent.UPHOLD):  # fmt: skip
        return "reassessment"
    return _MEETS.get(event)


_MEETS: dict[CaseEvent, str] = {
    CaseEvent.INVITE: "invitation",
    CaseEvent.START: "training_start",
    CaseEvent.GRANT: "decision",
    CaseEvent.REFUSE: "decision",
}

# Events with details of their own (a booking, findings, a decision letter): recorded through
# their own operations, which take the case the same step.
DETAILED_EVENTS = frozenset(
    {
        CaseEvent.INVITE,
        CaseEvent.ASSESS,
        CaseEvent.GRANT,
        CaseEvent.REFUSE,
        CaseEvent.START,
        CaseEvent.RECEIVE_COMPLAINT,
        CaseEvent.UPHOLD,
        CaseEvent.FORWARD,
        CaseEvent.END_COURSE,
    }
)

# States in which nothing more is asked of the centre: the case leaves the worklist.
CLOSED_STATES = frozenset(
    {
        CaseState.GRANTED,
        CaseState.REFUSED,
        CaseState.WITHDRAWN,
        CaseState.STARTED,
        CaseState.DECLINED,
        CaseState.FREE_CHOICE_TAKEN,
        CaseState.OTHER_MUNICIPALITY,
        CaseState.SENT_BY_MISTAKE,
        CaseState.SPECIALISED,
        CaseState.FORWARDED,
        CaseState.ENDED,
    }
)


def is_open(state: CaseState) -> bool:
    """Something is still asked of the centre (the case is on the worklist)."""
    return state not in CLOSED_STATES
