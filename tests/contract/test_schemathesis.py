"""Schemathesis over every operation of the app's own OpenAPI document.

The app runs in this process (uvicorn on a thread, loopback only) against the test database.
Every check Schemathesis has runs, on data that fits the document and data that does not:
zero server errors, zero answers outside the documented schema, schema-valid data accepted
and invalid data refused (so the document declares the rules the server enforces), 405 with
the whole `Allow` header for a method an address does not take, and no operation that takes
a request without its declared authentication.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, seed, settings
from schemathesis import checks
from schemathesis.checks import CHECKS, CheckContext, is_check_class, load_all_checks
from schemathesis.core.transport import Response
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.app import create_app
from api.security.secrets import hash_password
from api.settings import Settings
from persistence.access import staff
from persistence.centre.centres import provision_centre
from persistence.database import create_engine
from tests.conftest import CENTRE, PASSWORD, TABLES, service_database_url

SEED = int(os.environ.get("SCHEMATHESIS_SEED") or random.SystemRandom().randrange(2**32))
ANSWERS: Counter[int] = Counter()
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))

# Logging out would end the session the other operations run in; its own tests cover it.
schema = schemathesis.openapi.from_dict(create_app().openapi()).exclude(operation_id="auth-logout")
# The run logs in itself (see live_server): no made-up cookies, CSRF tokens or API keys, which
# would stand in for its session. The ignored_auth check still sends requests without them.
schema.config.generation.with_security_parameters = False

# Schema-valid data can break a rule JSON Schema cannot state: one that depends on today, on
# the records stored, or on another field. The server refuses it with 422 and the rule's own
# problem type (never `validation`, which comes from the declared shape). For these
# operations only, and for that answer only, positive_data_acceptance stands aside; anything
# else it finds there still fails, and every other operation gets the check unchanged.
RULES_BEYOND_THE_SCHEMA = {
    "working_days-add": "the result, start plus days, must lie in the calendar's years",
    "citizens-create": "the CPR number's birth date must exist and not lie in the future",
    "citizens-search": "a CPR number as on create; one of CPR number, name and phone",
    "citizens-edit": "a CPR number as on create",
    "cases-register_referral": "the citizen and the site must exist, the receipt be past",
    "centre-add_service_standard_version": "from today on; each kind once, in its own unit",
    "letters-add_template": "the template's variables and filters must exist",
    "letters-preview_template": "the template's variables and filters must exist",
    "access_log-search": "`to` may not lie before `from`",
    "access_log-citizen_report": "the citizen must exist",
    "access_log-find_citizens": "one of CPR number and name; a CPR number as on create",
    "centre-add_closure_day": "the day may not lie in the past",
    "cases-assign": "the user must be active, with a clinical role at the case's site",
    "admin-create_user": "the sites must exist; the password may not be common or plain",
    "auth-change_password": "the current password must be the caller's own",
    "courses-set_plan": "the planned end not before the start; the therapists must exist",
    "courses-add_goal": "the target date not before the course's start",
    "courses-change_goal": "a change must change the goal",
    "courses-set_services": "the codes must be FSIII training services, each once",
    "courses-add_note": "a correction corrects a note of the same course",
    "courses-add_frequency_exception": "another reason is written out; the end after the start",
    "scheduling-set_working_hours": "each stretch ends after it starts; a day's do not overlap",
    "scheduling-add_absence": "the last day not before the first",
    "scheduling-add_room": "a site's room names are its own",
    "scheduling-staff_appointments": "`last` not before `first`, at most six weeks on",
    "scheduling-book": "the course's period, the provider's time, the place, the week's limit",
    "scheduling-change_absence": "the last day not before the first",
    "visitation-start_training": "the responsible therapists hold a clinical role",
    "visitation-rebook_invitation_clash": "not before today; the therapist's time, the place",
    "visitation-set_health_start_date": "not before the discharge; before training started",
    "intake-receive_ggop": "a MedCom GGOP message: well-formed, its namespace, root and id",
    "worklist-list": "a cursor is read in the order (`sort`) it was made in",
    "worklist-search": "a cursor is read in the order (`sort`) it was made in",
    "scheduling-propose": "the course's legal basis needs a service standard in force that day",
    "scheduling-book_series": "a booked date follows every rule of a single booking",
    "scheduling-move": "the new time follows every rule of a booking",
    "calendar-entries": "`last` not before `first`, at most six weeks on; one filter given",
    "teams-create": "a room of the site holding the capacity; times once a day; within a year",
    "teams-move_occurrence": "not on a closure day, the same day, over no other booking",
    "teams-change_rest_of_series": "the day within the team's period; times once a day",
    "teams-cancel_rest_of_series": "the day within the team's period",
    "teams-take_seat": "an open course of the team's site and discipline, the week's limit",
    "teams-join_waiting_list": "an open course of the team's site and discipline",
    "teams-offer_seat": "a seat must be free",
    "teams-decline_seat": "a seat must have been offered to the course",
    "attendance-register_class": "each seat once per request; the class's rules",
    "attendance-transport_compliance": "`to` not before `from` (today by default), a year at most",
    "cases-list": "`received_to` not before `received_from`; a cursor this list made",
}


def _refused_by_a_rule(response: Response) -> bool:
    if response.status_code != 422:
        return False
    problem_type = str(response.json().get("type", ""))
    return problem_type != "urn:traening:problem:validation"


def positive_data_acceptance(
    ctx: CheckContext, response: Response, case: schemathesis.Case
) -> bool | None:
    """Schemathesis' own check, but for a rule of RULES_BEYOND_THE_SCHEMA."""
    operation_id = case.operation.definition.raw.get("operationId")
    if operation_id in RULES_BEYOND_THE_SCHEMA and _refused_by_a_rule(response):
        return None
    result: bool | None = checks.positive_data_acceptance(ctx, response, case)
    return result


load_all_checks()
ALL_CHECKS = [
    positive_data_acceptance if check is checks.positive_data_acceptance else check
    for check in CHECKS.get_all()
    if not is_check_class(check)  # none are built in; a class would be a custom check
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(database_url: str) -> Iterator[tuple[str, dict[str, str]]]:
    """The app on loopback, and the headers of a session holding every role."""

    async def prepare() -> None:
        engine = create_engine(database_url, pool_size=1)
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {TABLES} CASCADE"))
            session = AsyncSession(bind=connection)
            centre = await provision_centre(session, CENTRE)
            await staff.add_user(
                session, centre, username="fuzzer", display_name="Fuzzer",
                password_hash=await hash_password(PASSWORD),
                roles=["team_leader", "administrator", "auditor"], site_ids=[],
            )  # fmt: skip
        await engine.dispose()

    # The session's event loop is busy with async fixtures: prepare on a loop of our own.
    preparing = threading.Thread(target=lambda: asyncio.run(prepare()))
    preparing.start()
    preparing.join()
    port = _free_port()
    # The fixtures above write as the owner; the app runs as the service's role.
    app = create_app(Settings(centre_code=CENTRE, database_url=service_database_url(database_url)))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/api/v1/ready").status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    login = httpx.post(
        f"{base}/api/v1/auth/login", json={"username": "fuzzer", "password": PASSWORD}
    )
    login.raise_for_status()
    headers = {
        "Cookie": f"tc_session={login.cookies['tc_session']}",
        "X-CSRF-Token": login.json()["csrf_token"],
    }
    yield base, headers
    server.should_exit = True
    thread.join(timeout=10)


@schema.parametrize()
@seed(SEED)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_every_operation_answers_within_its_schema(
    case: schemathesis.Case, live_server: tuple[str, dict[str, str]]
) -> None:
    print(f"Schemathesis seed: {SEED} (rerun with SCHEMATHESIS_SEED={SEED})")
    base, headers = live_server
    _fresh_idempotency_key(case)
    response = case.call_and_validate(
        base_url=base,
        headers=headers,
        checks=ALL_CHECKS,
    )
    ANSWERS[response.status_code // 100] += 1


def _fresh_idempotency_key(case: schemathesis.Case) -> None:
    """Each generated request its own key: the fuzzer repeats short keys with other bodies,
    which the API rightly refuses as a key used before (422; tests/api/test_idempotency.py).
    A key that is valid stays valid and unique; an invalid one is left to be refused."""
    key = (case.headers or {}).get("Idempotency-Key")
    if key and re.fullmatch(r"[A-Za-z0-9._:~+/=-]{1,150}", key):
        case.headers["Idempotency-Key"] = f"{key}-{uuid.uuid4().hex}"


def test_the_fuzzing_ran_logged_in() -> None:
    """Guards the run above: answers of every kind, and never a refused login."""
    assert ANSWERS[2] >= 100, ANSWERS
    assert ANSWERS[4] >= 100, ANSWERS
    assert ANSWERS[5] == 0


def test_every_check_of_schemathesis_runs() -> None:
    assert {check.__name__ for check in ALL_CHECKS} == set(CHECKS.get_all_names())
    assert {"negative_data_rejection", "unsupported_method", "ignored_auth"} <= set(
        CHECKS.get_all_names()
    )
