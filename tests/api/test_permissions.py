"""Every route declares its permission: anonymous callers get 401, others without it 403."""

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from api.security.authentication import api_key_text
from api.security.secrets import digest, new_token
from domain.access.permissions import ROLE_PERMISSIONS, Permission, Role
from persistence.access.models import ApiKey
from tests.api.helpers import CITIZEN, application, create_citizen, register, site_ids
from tests.conftest import add_staff, count_rows, log_in, make_client

SPEC = create_app().openapi()
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]
# Reachable without a login, and only these.
# The staff feed is opened by its secret token, as calendar programs fetch it: no login.
PUBLIC = {
    "health-alive", "health-ready", "auth-login", "working_days-add", "working_days-count",
    "calendar-staff_feed",
}  # fmt: skip
# Any logged-in caller: their own session and password.
LOGGED_IN = {"auth-session", "auth-logout", "auth-change_password"}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


async def _api_key(
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    name: str,
    scopes: tuple[str, ...] = ("access_log.read",),
) -> str:
    """A key with one unrelated scope unless others are given, made directly in the database."""
    secret, prefix = new_token(), uuid.uuid4().hex[:12]
    async with engine.begin() as connection:
        await connection.execute(
            insert(ApiKey).values(
                centre_id=centre_id, name=name, prefix=prefix,
                secret_hash=digest(secret), scopes=list(scopes),
            )
        )  # fmt: skip
    return f"Bearer {api_key_text(prefix, secret)}"


def _fill(path: str) -> str:
    parts = [str(uuid.uuid4()) if p.startswith("{") else p for p in path.split("/")]
    return "/".join(parts)


def test_every_operation_declares_a_permission_or_is_public() -> None:
    for method, path, operation in OPERATIONS:
        declared = operation.get("x-permission")
        assert declared, f"{method} {path} declares no permission"
        if declared == "public":
            assert operation["operationId"] in PUBLIC, f"{method} {path} is public"
        elif declared == "logged_in":
            assert operation["operationId"] in LOGGED_IN, f"{method} {path} needs only a login"
        else:
            assert Permission(declared)
    declared = {op["operationId"]: op["x-permission"] for _, _, op in OPERATIONS}
    assert {name for name, value in declared.items() if value == "public"} == PUBLIC
    assert {name for name, value in declared.items() if value == "logged_in"} == LOGGED_IN


@pytest.mark.parametrize(
    ("method", "path"),
    [o[:2] for o in OPERATIONS if o[2]["operationId"] in LOGGED_IN],
)
async def test_own_session_operations_need_a_login(
    anonymous: httpx.AsyncClient, method: str, path: str
) -> None:
    response = await anonymous.request(method, path, json={} if method in UNSAFE else None)
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [o for o in OPERATIONS if o[2]["operationId"] not in PUBLIC | LOGGED_IN],
    ids=[o[2]["operationId"] for o in OPERATIONS if o[2]["operationId"] not in PUBLIC | LOGGED_IN],
)
async def test_anonymous_gets_401_and_a_role_without_the_permission_gets_403(
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    method: str,
    path: str,
    operation: dict[str, Any],
) -> None:
    needed = Permission(operation["x-permission"])
    lacking = [role for role, granted in ROLE_PERMISSIONS.items() if needed not in granted]
    url = _fill(path)
    body = {} if method in UNSAFE else None
    async with make_client(app) as client:
        anonymous = await client.request(method, url, json=body)
        assert anonymous.status_code == 401, (method, path, anonymous.text)
        assert anonymous.headers["content-type"] == "application/problem+json"
        if lacking:
            await add_staff(engine, centre_id, password_hash, username="uden",
                            roles=[lacking[0].value])  # fmt: skip
            await log_in(client, "uden")
        else:  # every role holds it (centre.read): an integration client without the scope
            client.headers["Authorization"] = await _api_key(engine, centre_id, "uden")
        refused = await client.request(method, url, json=body)
        assert refused.status_code == 403, (method, path, lacking, refused.text)
    # A refused attempt on citizens' data is logged in a transaction of its own.
    if operation.get("x-citizen-data"):
        async with engine.connect() as connection:
            outcomes = (
                await connection.execute(text("SELECT outcome, actor FROM access_log"))
            ).all()
        assert sorted(outcomes) == [("refused", "anonymous"), ("refused", "uden")]


async def test_public_operations_answer_without_a_login(anonymous: httpx.AsyncClient) -> None:
    assert (await anonymous.get("/api/v1/health")).status_code == 200
    assert (await anonymous.get("/api/v1/ready")).status_code == 200
    added = await anonymous.get(
        "/api/v1/working-days/add", params={"start": "2026-03-02", "days": 1}
    )
    assert added.status_code == 200
    counted = await anonymous.get(
        "/api/v1/working-days/count", params={"from": "2026-03-02", "to": "2026-03-03"}
    )
    assert counted.json()["working_days"] == 1


async def test_administrator_actions_are_refused_to_a_team_leader(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/api/v1/admin/users",
        json={"username": "ny", "display_name": "Ny", "roles": ["administrator"],
              "password": "Blaa-Cykel-Over-Broen"},
    )  # fmt: skip
    assert response.status_code == 403


class TestSites:
    """A therapist of site Nord sees Nord's cases, and Syd's only when assigned to them."""

    @pytest.fixture
    async def cases(self, client: httpx.AsyncClient) -> dict[str, Any]:
        sites = await site_ids(client)
        citizen = await create_citizen(client)
        other = await create_citizen(client, cpr="020280-2222", name="Syd Borger")
        nord = (await register(client, **application(citizen["id"], sites["nord"]))).json()
        syd = (await register(client, **application(other["id"], sites["syd"]))).json()
        return {"nord": nord, "syd": syd, "sites": sites}

    @pytest.fixture
    async def therapist(
        self, app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
    ) -> Any:
        user_id = await add_staff(engine, centre_id, password_hash, username="nord-terapeut",
                                  roles=["therapist"], sites=["nord"])  # fmt: skip
        async with make_client(app) as client:
            await log_in(client, "nord-terapeut")
            client.user_id = user_id  # type: ignore[attr-defined]
            yield client

    async def test_a_nord_therapist_cannot_read_a_syd_case_by_guessing_its_id(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        before = await count_rows(engine, "access_log")
        response = await therapist.get(f"/api/v1/cases/{cases['syd']['id']}")
        assert response.status_code == 404
        assert response.json()["detail"] == "Sagen findes ikke."
        async with engine.connect() as connection:
            last = (
                await connection.execute(
                    text("SELECT outcome, citizen_ids FROM access_log ORDER BY id DESC LIMIT 1")
                )
            ).one()
        assert await count_rows(engine, "access_log") == before + 1
        assert last.outcome == "refused"
        assert [str(i) for i in last.citizen_ids] == [cases["syd"]["citizen"]["id"]]
        assert (await therapist.get(f"/api/v1/cases/{cases['nord']['id']}")).status_code == 200

    async def test_the_worklist_shows_own_sites_and_assigned_cases(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        listed = (await therapist.get("/api/v1/worklist")).json()["items"]
        assert [item["case_id"] for item in listed] == [cases["nord"]["id"]]
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE cases SET assigned_to = :user WHERE id = :case"),
                {"user": therapist.user_id, "case": cases["syd"]["id"]},  # type: ignore[attr-defined]
            )
        listed = (await therapist.get("/api/v1/worklist")).json()["items"]
        assert sorted(item["case_id"] for item in listed) == sorted(
            [cases["nord"]["id"], cases["syd"]["id"]]
        )
        assert (await therapist.get(f"/api/v1/cases/{cases['syd']['id']}")).status_code == 200

    async def test_a_nord_therapist_cannot_register_on_syd(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient
    ) -> None:
        body = application(cases["nord"]["citizen"]["id"], cases["sites"]["syd"])
        response = await register(therapist, **body)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["site_id"]


def test_roles_keep_citizen_data_from_administrators_and_auditors() -> None:
    citizen_permissions = {Permission.CITIZENS_READ, Permission.CASES_READ}
    assert not ROLE_PERMISSIONS[Role.ADMINISTRATOR] & citizen_permissions
    assert not ROLE_PERMISSIONS[Role.AUDITOR] & citizen_permissions
    assert Permission.CASES_ALL_SITES not in ROLE_PERMISSIONS[Role.THERAPIST]


# A valid body for each operation about one citizen that takes a body, so the need-to-know
# walk below reaches the rule rather than the input's validation. A new operation on
# /citizens/{citizen_id} with a body needs an entry here.
CITIZEN_BODIES: dict[str, Any] = {
    "citizens-record_earlier_course": {"legal_basis": "SEL_86_1", "ended_on": "2025-01-31"},
    "citizens-edit": {
        **CITIZEN,
        "name": "Syd Borger",
        "phone": "87654321",
        "relative": {"name": "Pia Borger", "relation": "datter"},
    },
}
ABOUT_ONE_CITIZEN = [o for o in OPERATIONS if "{citizen_id}" in o[1]]


class TestCitizensNeedToKnow:
    """Need to know: a therapist of Syd sees, searches and writes about the citizens with a
    case at Syd or assigned to them; of a citizen whose only case is at Nord, an exact CPR
    look-up answers the id and name, so nobody is registered twice."""

    @pytest.fixture
    async def citizens(self, client: httpx.AsyncClient) -> dict[str, Any]:
        sites = await site_ids(client)
        nord = await create_citizen(client, cpr="020280-2222", name="Nord Borger")
        syd = await create_citizen(client, name="Syd Borger")
        nord_case = (await register(client, **application(nord["id"], sites["nord"]))).json()
        assert (await register(client, **application(syd["id"], sites["syd"]))).status_code == 201
        return {"nord": nord, "syd": syd, "nord_case": nord_case, "sites": sites}

    @pytest.fixture
    async def therapist(
        self, app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
    ) -> Any:
        user_id = await add_staff(engine, centre_id, password_hash, username="syd-terapeut",
                                  roles=["therapist"], sites=["syd"])  # fmt: skip
        async with make_client(app) as client:
            await log_in(client, "syd-terapeut")
            client.user_id = user_id  # type: ignore[attr-defined]
            yield client

    @staticmethod
    async def _citizen_row(engine: AsyncEngine, citizen_id: str) -> Any:
        async with engine.connect() as connection:
            return (
                await connection.execute(
                    text("SELECT phone, relative_name FROM citizens WHERE id = :id"),
                    {"id": citizen_id},
                )
            ).one()

    @staticmethod
    async def _last_entry(engine: AsyncEngine) -> Any:
        async with engine.connect() as connection:
            return (
                await connection.execute(
                    text(
                        "SELECT operation, use, outcome, criterion, citizen_ids, actor"
                        " FROM access_log ORDER BY id DESC LIMIT 1"
                    )
                )
            ).one()

    async def test_a_name_search_finds_only_the_citizens_of_cases_within_reach(
        self, citizens: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        found = await therapist.post("/api/v1/citizens/search", json={"name": "borger"})
        assert found.status_code == 200
        assert [(m["name"], m["record"]["cpr"]) for m in found.json()["items"]] == [
            ("Syd Borger", "010170-1234")
        ]
        assert "Nord" not in found.text
        assert "020280" not in found.text
        entry = await self._last_entry(engine)
        assert (entry.use, entry.criterion, entry.outcome) == ("search", "name:borger", "allowed")
        assert [str(i) for i in entry.citizen_ids] == [citizens["syd"]["id"]]
        # Both have the phone number 12345678: a phone search finds only the one within reach.
        by_phone = await therapist.post("/api/v1/citizens/search", json={"phone": "12345678"})
        assert [m["id"] for m in by_phone.json()["items"]] == [citizens["syd"]["id"]]
        entry = await self._last_entry(engine)
        assert (entry.use, entry.criterion) == ("search", "phone")

    @pytest.mark.parametrize(
        ("method", "path", "operation"),
        ABOUT_ONE_CITIZEN,
        ids=[o[2]["operationId"] for o in ABOUT_ONE_CITIZEN],
    )
    async def test_another_sites_citizen_is_not_found_and_the_attempt_is_logged(
        self,
        citizens: dict[str, Any],
        therapist: httpx.AsyncClient,
        engine: AsyncEngine,
        method: str,
        path: str,
        operation: dict[str, Any],
    ) -> None:
        """Every operation on one citizen: the record, their courses, writes about them."""
        name = operation["operationId"]
        assert method == "GET" or name in CITIZEN_BODIES, f"{name}: add a body to CITIZEN_BODIES"
        url = path.replace("{citizen_id}", citizens["nord"]["id"])
        written = ("courses", "citizen_changes")
        before = {table: await count_rows(engine, table) for table in ("access_log", *written)}
        response = await therapist.request(method, url, json=CITIZEN_BODIES.get(name))
        assert response.status_code == 404, response.text
        assert response.json()["detail"] == "Borgeren findes ikke."  # as for no such citizen
        assert "Nord" not in response.text
        for table in written:
            assert await count_rows(engine, table) == before[table], table  # nothing written
        nord = await self._citizen_row(engine, citizens["nord"]["id"])
        assert (nord.phone, nord.relative_name) == (CITIZEN["phone"], None)
        assert await count_rows(engine, "access_log") == before["access_log"] + 1
        entry = await self._last_entry(engine)
        assert (entry.operation, entry.outcome, entry.actor) == (name, "refused", "syd-terapeut")
        assert [str(i) for i in entry.citizen_ids] == [citizens["nord"]["id"]]
        own = path.replace("{citizen_id}", citizens["syd"]["id"])
        allowed = await therapist.request(method, own, json=CITIZEN_BODIES.get(name))
        assert allowed.status_code in (200, 201), allowed.text

    async def test_an_exact_cpr_look_up_answers_id_and_name_and_is_logged(
        self, citizens: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        found = await therapist.post("/api/v1/citizens/search", json={"cpr": "0202802222"})
        assert found.status_code == 200
        assert found.json()["items"] == [
            {"id": citizens["nord"]["id"], "name": "Nord Borger", "record": None}
        ]
        entry = await self._last_entry(engine)
        assert (entry.use, entry.criterion, entry.outcome) == ("search", "cpr", "allowed")
        assert [str(i) for i in entry.citizen_ids] == [citizens["nord"]["id"]]
        own = await therapist.post("/api/v1/citizens/search", json={"cpr": "010170-1234"})
        assert own.json()["items"][0]["record"]["address"] == citizens["syd"]["address"]
        both = await therapist.post(
            "/api/v1/citizens/search", json={"cpr": "0202802222", "name": "Nord"}
        )
        assert both.status_code == 422

    async def test_a_case_assigned_to_the_therapist_opens_its_citizen(
        self, citizens: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        nord_id = citizens["nord"]["id"]
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE cases SET assigned_to = :user WHERE id = :case"),
                {"user": therapist.user_id, "case": citizens["nord_case"]["id"]},  # type: ignore[attr-defined]
            )
        assert (await therapist.get(f"/api/v1/citizens/{nord_id}")).json() == citizens["nord"]
        found = await therapist.post("/api/v1/citizens/search", json={"name": "borger"})
        assert [m["name"] for m in found.json()["items"]] == ["Nord Borger", "Syd Borger"]
        course = await therapist.post(
            f"/api/v1/citizens/{nord_id}/courses",
            json=CITIZEN_BODIES["citizens-record_earlier_course"],
        )
        assert course.status_code == 201, course.text

    @pytest.mark.parametrize("role", ["visitator", "team_leader"])
    async def test_cases_all_sites_sees_every_citizen(
        self,
        citizens: dict[str, Any],
        app: FastAPI,
        engine: AsyncEngine,
        centre_id: uuid.UUID,
        password_hash: str,
        role: str,
    ) -> None:
        # Of no site: cases.all_sites alone opens every citizen.
        await add_staff(engine, centre_id, password_hash, username="alle", roles=[role])
        async with make_client(app) as client:
            await log_in(client, "alle")
            found = await client.post("/api/v1/citizens/search", json={"name": "borger"})
            assert [m["record"]["name"] for m in found.json()["items"]] == [
                "Nord Borger",
                "Syd Borger",
            ]
            nord = await client.get(f"/api/v1/citizens/{citizens['nord']['id']}")
            assert nord.json() == citizens["nord"]

    async def test_a_citizen_registered_by_a_therapist_is_referred_to_their_site(
        self, citizens: dict[str, Any], therapist: httpx.AsyncClient
    ) -> None:
        """The referral form: look up the CPR number, register the citizen if unknown,
        register the referral. Until the referral, the new citizen has no case to be seen by."""
        created = await therapist.post(
            "/api/v1/citizens", json={**CITIZEN, "cpr": "030390-3333", "name": "Ny Borger"}
        )
        assert created.status_code == 201
        assert created.json()["address"] == CITIZEN["address"]  # the answer to its creator
        citizen_id = created.json()["id"]
        assert (await therapist.get(f"/api/v1/citizens/{citizen_id}")).status_code == 404
        looked_up = await therapist.post("/api/v1/citizens/search", json={"cpr": "0303903333"})
        assert looked_up.json()["items"] == [
            {"id": citizen_id, "name": "Ny Borger", "record": None}
        ]
        referred = await register(therapist, **application(citizen_id, citizens["sites"]["syd"]))
        assert referred.status_code == 201, referred.text
        assert (await therapist.get(f"/api/v1/citizens/{citizen_id}")).json() == created.json()

    async def test_api_keys_see_citizens_with_cases_all_sites_only(
        self, citizens: dict[str, Any], app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID
    ) -> None:
        """An integration has no sites and is never assigned a case."""
        nord_id = citizens["nord"]["id"]
        async with make_client(app) as esdh:
            esdh.headers["Authorization"] = await _api_key(
                engine, centre_id, "uden-alle", ("citizens.read", "cases.read")
            )
            looked_up = await esdh.post("/api/v1/citizens/search", json={"cpr": "0202802222"})
            assert looked_up.json()["items"] == [
                {"id": nord_id, "name": "Nord Borger", "record": None}
            ]
            by_name = await esdh.post("/api/v1/citizens/search", json={"name": "borger"})
            assert by_name.json()["items"] == []
            assert (await esdh.get(f"/api/v1/citizens/{nord_id}")).status_code == 404
            esdh.headers["Authorization"] = await _api_key(
                engine, centre_id, "alle", ("citizens.read", "cases.all_sites")
            )
            by_name = await esdh.post("/api/v1/citizens/search", json={"name": "borger"})
            assert len(by_name.json()["items"]) == 2
            assert (await esdh.get(f"/api/v1/citizens/{nord_id}")).json() == citizens["nord"]
