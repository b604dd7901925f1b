"""Roles, permissions and which cases a member of staff may see."""

import uuid

import pytest

from domain.access.passwords import check_password
from domain.access.permissions import Permission, Principal, Role, permissions_of
from domain.errors import RuleViolation

NORD, SYD = uuid.uuid4(), uuid.uuid4()


def principal(*roles: Role, sites: frozenset[uuid.UUID] = frozenset()) -> Principal:
    return Principal("user", uuid.uuid4(), uuid.uuid4(), "x", permissions_of(roles), roles, sites)


def test_a_therapist_sees_own_sites_and_assigned_cases_only() -> None:
    therapist = principal(Role.THERAPIST, sites=frozenset({NORD}))
    assert therapist.may_see_case(NORD, None)
    assert not therapist.may_see_case(SYD, None)
    assert therapist.may_see_case(SYD, therapist.id)
    assert not therapist.may_see_case(SYD, uuid.uuid4())


def test_visitators_and_team_leaders_see_every_site() -> None:
    assert principal(Role.VISITATOR).may_see_case(SYD, None)
    assert principal(Role.TEAM_LEADER).may_see_case(SYD, None)


def test_administrators_and_auditors_see_no_case() -> None:
    assert not principal(Role.ADMINISTRATOR).may_see_case(SYD, None)
    assert not principal(Role.AUDITOR, sites=frozenset({SYD})).may_see_case(SYD, None)


def test_a_citizen_is_seen_through_one_of_their_cases_within_reach() -> None:
    therapist = principal(Role.THERAPIST, sites=frozenset({NORD}))
    assert therapist.may_see_citizen([(SYD, None), (NORD, None)])
    assert not therapist.may_see_citizen([(SYD, None), (SYD, uuid.uuid4())])
    assert therapist.may_see_citizen([(SYD, therapist.id)])
    assert not therapist.may_see_citizen([])  # no case yet: found by CPR number only
    assert principal(Role.VISITATOR).may_see_citizen([])
    assert principal(Role.TEAM_LEADER).may_see_citizen([(SYD, None)])


def test_an_api_key_sees_citizens_with_cases_all_sites_only() -> None:
    def key(*scopes: Permission) -> Principal:
        return Principal("api_key", uuid.uuid4(), uuid.uuid4(), "esdh", frozenset(scopes))

    without = key(Permission.CITIZENS_READ, Permission.CASES_READ)
    assert not without.may_see_citizen([(SYD, without.id)])  # the key's id is no assignee
    assert key(Permission.CITIZENS_READ, Permission.CASES_ALL_SITES).may_see_citizen([])


def test_roles_add_up() -> None:
    both = permissions_of([Role.AUDITOR, Role.ADMINISTRATOR])
    assert {Permission.ACCESS_LOG_READ, Permission.USERS_MANAGE} <= both
    assert Permission.CASES_READ not in both


@pytest.mark.parametrize(
    "password",
    [
        "kort",  # under 12
        "x" * 65,  # over 64
        "password1234",
        "Password1234!",
        "Sommer2024!!",
        "qwertyuiop12",
        "Adgangskode123",
        "Vallensbæk2026",  # æ folds to ae
        "123456789012",
        "aaaaaaaaaaaa",
        "abababababab",
        "hejhejhejhej",  # a common word repeated
    ],
)
def test_short_long_and_common_passwords_are_refused(password: str) -> None:
    with pytest.raises(RuleViolation) as raised:
        check_password(password)
    assert raised.value.field == "password"


@pytest.mark.parametrize(
    "password",
    [
        "Korrekt-Hest-Batteri-Klips",
        "sommerhus ved vandet",
        "x7#Lq9!mZp2@",
        "Mørk-Kaffe-Om-Morgenen",
    ],
)
def test_long_uncommon_passwords_are_accepted(password: str) -> None:
    check_password(password)
