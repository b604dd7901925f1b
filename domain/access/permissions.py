"""Who may do what: roles, permissions, and which cases a member of staff may see.

One table maps roles to permissions; every route names the permission it needs. Integration
clients (API keys) hold scopes, which are permissions by another name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import RuleViolation


class Role(StrEnum):
    THERAPIST = "therapist"
    VISITATOR = "visitator"
    TEAM_LEADER = "team_leader"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"
    # Trains citizens under a therapist's supervision at their sites: reads courses, is
    # booked, decides nothing in a case.
    TRAINING_ASSISTANT = "training_assistant"


class Permission(StrEnum):
    CITIZENS_READ = "citizens.read"
    CITIZENS_WRITE = "citizens.write"
    CASES_READ = "cases.read"
    CASES_WRITE = "cases.write"
    CASES_ALL_SITES = "cases.all_sites"  # beyond one's own sites and assigned cases
    WORKLIST_READ = "worklist.read"
    CENTRE_READ = "centre.read"
    CENTRE_MANAGE = "centre.manage"  # closure days, the service standard
    USERS_MANAGE = "users.manage"
    API_KEYS_MANAGE = "api_keys.manage"
    ACCESS_LOG_READ = "access_log.read"
    COURSES_READ = "courses.read"  # a course, its records and appointments, one's own day
    COURSES_WRITE = "courses.write"  # plan, goals, journal, content, bookings
    SCHEDULING_MANAGE = "scheduling.manage"  # rooms, working hours, absences, home helpers


_CASEWORK = frozenset(
    {
        Permission.CITIZENS_READ,
        Permission.CITIZENS_WRITE,
        Permission.CASES_READ,
        Permission.CASES_WRITE,
        Permission.WORKLIST_READ,
        Permission.CENTRE_READ,
        Permission.COURSES_READ,
        Permission.COURSES_WRITE,
    }
)

# Administrators and auditors keep the system and its log; they read no citizen's case.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.THERAPIST: _CASEWORK,
    Role.VISITATOR: _CASEWORK | {Permission.CASES_ALL_SITES},
    Role.TEAM_LEADER: _CASEWORK
    | {Permission.CASES_ALL_SITES, Permission.CENTRE_MANAGE, Permission.SCHEDULING_MANAGE},
    Role.ADMINISTRATOR: frozenset(
        {Permission.CENTRE_READ, Permission.USERS_MANAGE, Permission.API_KEYS_MANAGE}
    ),
    Role.AUDITOR: frozenset({Permission.CENTRE_READ, Permission.ACCESS_LOG_READ}),
    Role.TRAINING_ASSISTANT: frozenset({Permission.CENTRE_READ, Permission.COURSES_READ}),
}

# Roles that meet citizens: an initial conversation is booked with one of them.
CLINICAL_ROLES = frozenset({Role.THERAPIST, Role.VISITATOR, Role.TEAM_LEADER})


def check_discipline(roles: Iterable[str], has_discipline: bool) -> None:
    """Only staff who meet citizens (therapists, visitators, team leaders) have a discipline
    (fysioterapeut or ergoterapeut)."""
    if has_discipline and not CLINICAL_ROLES & {Role(role) for role in roles}:
        raise RuleViolation(
            "Kun terapeuter har en faggruppe: vælg en rolle, der møder borgere, eller ingen"
            " faggruppe.",
            field="discipline",
            rule="discipline_clinical",
        )


# What an integration client (the ESDH system, a script) may be granted.
API_KEY_SCOPES = frozenset(
    _CASEWORK - {Permission.COURSES_READ, Permission.COURSES_WRITE} | {Permission.CASES_ALL_SITES}
)


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


@dataclass(frozen=True, slots=True)
class Principal:
    """The member of staff or integration client behind a request."""

    kind: str  # "user" or "api_key"
    id: uuid.UUID
    centre_id: uuid.UUID
    name: str
    permissions: frozenset[Permission]
    roles: tuple[Role, ...] = ()
    site_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @property
    def user_id(self) -> uuid.UUID | None:
        """The member of staff, for records that name who did it; None for an API key."""
        return self.id if self.kind == "user" else None

    @property
    def api_key_id(self) -> uuid.UUID | None:
        return self.id if self.kind == "api_key" else None

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def may_see_case(self, site_id: uuid.UUID, assigned_to: uuid.UUID | None) -> bool:
        """A therapist sees the cases of their own sites and those assigned to them."""
        if not self.may(Permission.CASES_READ):
            return False
        reach = self.case_reach()
        return reach is None or reach.covers(site_id, assigned_to)

    def case_reach(self) -> CaseReach | None:
        """The cases within the caller's reach; None for every case of the centre.

        Without cases.all_sites: the cases of their own sites and those assigned to them. An
        API key has neither (no sites, never assigned): it needs cases.all_sites to see any.
        """
        if self.may(Permission.CASES_ALL_SITES):
            return None
        return CaseReach(self.site_ids, self.user_id)

    def may_see_citizen(self, cases: Iterable[tuple[uuid.UUID, uuid.UUID | None]]) -> bool:
        """Need to know: a citizen's record, history and search hits are seen through one of
        their cases, given as (site, assigned to), within the caller's reach. A citizen with
        no case yet is seen with cases.all_sites only; others find them by exact CPR number
        (id and name) to register the referral. `persistence.citizens.repository.within_reach`
        is this rule in SQL; the route's guard checks the permission itself.
        """
        reach = self.case_reach()
        return reach is None or any(reach.covers(site, assigned) for site, assigned in cases)


@dataclass(frozen=True, slots=True)
class CaseReach:
    """The cases a caller without cases.all_sites may see: their sites' and their own."""

    site_ids: frozenset[uuid.UUID]
    user_id: uuid.UUID | None  # None for an API key, which no case is assigned to

    def covers(self, site_id: uuid.UUID, assigned_to: uuid.UUID | None) -> bool:
        return site_id in self.site_ids or (
            self.user_id is not None and assigned_to == self.user_id
        )
