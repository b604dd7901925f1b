"""The rules of idempotent writes: what makes two requests the same, and what a repeat gets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.intake import KeyState, Outcome, StoredKey, fingerprint, outcome, unquoted_key

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
SAME = fingerprint("POST", "/api/v1/referrals", b'{"a":1}')


def _stored(state: KeyState, *, claimed: timedelta, created: timedelta) -> StoredKey:
    return StoredKey(SAME, state, NOON - claimed, NOON - created)


def test_the_same_json_written_otherwise_is_the_same_request() -> None:
    assert fingerprint("post", "/api/v1/referrals", b'{ "a" : 1 }\n') == SAME
    assert fingerprint("POST", "/api/v1/referrals", b'{"a":1,"b":[1,2]}') == fingerprint(
        "POST", "/api/v1/referrals", b'{"b": [1, 2], "a": 1}'
    )


def test_another_value_path_or_method_is_another_request() -> None:
    assert fingerprint("POST", "/api/v1/referrals", b'{"a":2}') != SAME
    assert fingerprint("POST", "/api/v1/citizens", b'{"a":1}') != SAME
    assert fingerprint("PUT", "/api/v1/referrals", b'{"a":1}') != SAME
    # The parts cannot slide into each other.
    assert fingerprint("POST", "/a", b"b") != fingerprint("POST", "/ab", b"")


def test_a_body_that_is_not_json_counts_by_its_bytes() -> None:
    xml = b"<Emessage><x/></Emessage>"
    assert fingerprint("POST", "/api/v1/intake/ggop", xml) == fingerprint(
        "POST", "/api/v1/intake/ggop", xml
    )
    assert fingerprint("POST", "/api/v1/intake/ggop", xml) != fingerprint(
        "POST", "/api/v1/intake/ggop", xml + b" "
    )


def test_a_finished_request_is_replayed_within_a_day() -> None:
    done = _stored(KeyState.COMPLETED, claimed=timedelta(hours=23), created=timedelta(hours=23))
    assert outcome(done, SAME, now=NOON) is Outcome.REPLAY


def test_a_key_a_day_old_is_new_again() -> None:
    done = _stored(KeyState.COMPLETED, claimed=timedelta(hours=24), created=timedelta(hours=24))
    assert outcome(done, SAME, now=NOON) is Outcome.TAKE_OVER
    other = fingerprint("POST", "/api/v1/referrals", b"{}")
    assert outcome(done, other, now=NOON) is Outcome.TAKE_OVER


def test_the_key_of_another_request_is_refused() -> None:
    done = _stored(KeyState.COMPLETED, claimed=timedelta(hours=1), created=timedelta(hours=1))
    other = fingerprint("POST", "/api/v1/referrals", b"{}")
    assert outcome(done, other, now=NOON) is Outcome.OTHER_REQUEST
    running = _stored(KeyState.IN_PROGRESS, claimed=timedelta(seconds=1), created=timedelta(0))
    assert outcome(running, other, now=NOON) is Outcome.OTHER_REQUEST


def test_a_running_request_is_waited_for_and_a_dead_one_taken_over_after_a_minute() -> None:
    running = _stored(KeyState.IN_PROGRESS, claimed=timedelta(seconds=59), created=timedelta(0))
    assert outcome(running, SAME, now=NOON) is Outcome.IN_PROGRESS
    dead = _stored(KeyState.IN_PROGRESS, claimed=timedelta(seconds=60), created=timedelta(0))
    assert outcome(dead, SAME, now=NOON) is Outcome.TAKE_OVER


def test_the_draft_quotes_the_key_and_a_bare_one_is_taken_too() -> None:
    assert unquoted_key('"8e03978e-40d5"') == "8e03978e-40d5"
    assert unquoted_key("8e03978e-40d5") == "8e03978e-40d5"
    assert unquoted_key('"') == '"'
