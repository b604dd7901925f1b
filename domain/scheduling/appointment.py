"""Individual appointments (aftaler): who meets whom, where and when, and the rules a booking
meets before it is kept.

Clashes (one member of staff, one citizen, one room beyond its capacity) are held by the
database; this module names them and counts a room's peak use.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.access import CLINICAL_ROLES, Role
from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import Conflict, RuleViolation

LONGEST_SESSION = timedelta(hours=8)
# The initial conversation and examination, as the invitation books it.
CONVERSATION_LENGTH = timedelta(hours=1)


class PlaceKind(StrEnum):
    SITE = "site"  # a room at one of the training sites
    HOME = "home"  # the citizen's home
    NEARBY = "nearby"  # nærmiljø: near the citizen's home


PLACE_DANISH = {
    PlaceKind.SITE: "i træningscentret",
    PlaceKind.HOME: "i borgerens hjem",
    PlaceKind.NEARBY: "i borgerens nærmiljø",
}


class ProviderKind(StrEnum):
    """Who gives the session."""

    THERAPIST = "therapist"  # a physio- or occupational therapist (a staff account)
    TRAINING_ASSISTANT = "training_assistant"  # a staff account with a site-bound role
    HOME_HELPER = "home_helper"  # recorded by name and home-care unit, no account


@dataclass(frozen=True, slots=True)
class Place:
    kind: PlaceKind
    site_id: uuid.UUID | None = None
    room_id: uuid.UUID | None = None


def check_place(place: Place, *, room_required: bool = True) -> Place:
    """At a site: the site and one of its rooms (a booking made before rooms were recorded,
    such as an invitation's, may name the site only). At home or nearby: neither."""
    if place.kind is PlaceKind.SITE:
        if place.site_id is None:
            raise RuleViolation("Vælg træningscentret.", field="place.site_id", rule="place_site")
        if place.room_id is None and room_required:
            raise RuleViolation("Vælg et lokale.", field="place.room_id", rule="place_site")
    elif place.site_id is not None or place.room_id is not None:
        raise RuleViolation(
            "En tid i hjemmet eller nærmiljøet har intet center eller lokale.",
            field="place.kind", rule="place_away",
        )  # fmt: skip
    return place


def check_times(starts_at: datetime, ends_at: datetime, *, calendar: WorkingDayCalendar) -> None:
    """A session starts and ends the same Copenhagen day, lasts at most 8 hours and does not
    fall on a holiday or closure day (weekends are for working hours to decide)."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise RuleViolation("Tidspunktet skal angives med tidszone.", field="starts_at")
    if ends_at <= starts_at:
        raise RuleViolation(
            "Tiden skal slutte efter den begynder.", field="ends_at", rule="appointment_times"
        )
    start, end = starts_at.astimezone(COPENHAGEN), ends_at.astimezone(COPENHAGEN)
    if start.date() != end.date() or ends_at - starts_at > LONGEST_SESSION:
        raise RuleViolation(
            "En tid ligger inden for én dag og varer højst 8 timer.",
            field="ends_at", rule="appointment_times",
        )  # fmt: skip
    day = start.date()
    if day.isoweekday() <= 5 and not calendar.is_working_day(day):
        raise RuleViolation(
            "Træningscentret har lukket den dag (helligdag eller lukkedag).",
            field="starts_at", rule="closure_day",
        )  # fmt: skip


def check_supervision(
    provider: ProviderKind, *, maintenance: bool, supervisor_id: uuid.UUID | None
) -> None:
    """A training assistant or a home helper gives only vedligeholdende sessions, each under
    a therapist's supervision that is recorded; a therapist needs no supervisor."""
    if provider is ProviderKind.THERAPIST:
        if supervisor_id is not None:
            raise RuleViolation(
                "En terapeut har ingen superviserende terapeut på tiden.",
                field="supervisor_id", rule="supervision",
            )  # fmt: skip
        return
    if not maintenance:
        raise RuleViolation(
            "Kun vedligeholdende træning kan gives af en terapeutassistent eller hjemmehjælper.",
            field="provider", rule="supervision_maintenance_only",
        )  # fmt: skip
    if supervisor_id is None:
        raise RuleViolation(
            "Angiv den terapeut, der superviserer.", field="supervisor_id", rule="supervision"
        )


def check_provider_role(provider: ProviderKind, roles: Iterable[str]) -> None:
    """The member of staff gives the session in a role they hold: a therapist's session by
    a therapist, visitator or team leader, an assistant's by a training assistant."""
    held = set(roles)
    if provider is ProviderKind.THERAPIST:
        allowed = {role.value for role in CLINICAL_ROLES}
    else:
        allowed = {Role.TRAINING_ASSISTANT.value}
    if not held & allowed:
        raise RuleViolation(
            "Medarbejderen har ikke den rolle, tiden gives i.", field="staff_id",
            rule="provider_role",
        )  # fmt: skip


def check_assistant_site(
    provider: ProviderKind, staff_site_ids: Iterable[uuid.UUID], course_site_id: uuid.UUID | None
) -> None:
    """A training assistant's role is bound to their sites: they give the sessions of the
    courses of those sites only (a course without a site asks for none)."""
    if provider is not ProviderKind.TRAINING_ASSISTANT or course_site_id is None:
        return
    if course_site_id not in set(staff_site_ids):
        raise RuleViolation(
            "Terapeutassistenten er ikke tilknyttet forløbets træningscenter.",
            field="staff_id", rule="assistant_site",
        )  # fmt: skip


def providers_for(
    roles: Iterable[str],
    site_ids: Iterable[uuid.UUID],
    *,
    maintenance: bool,
    course_site_id: uuid.UUID | None,
) -> ProviderKind | None:
    """How a member of staff may be booked for a course's session, if at all: a therapist
    (visitator, team leader) always; a training assistant for vedligeholdende training at
    one of their sites, under supervision."""
    held = set(roles)
    if held & {role.value for role in CLINICAL_ROLES}:
        return ProviderKind.THERAPIST
    if Role.TRAINING_ASSISTANT.value in held and maintenance:
        sites = set(site_ids)
        if course_site_id is None or course_site_id in sites:
            return ProviderKind.TRAINING_ASSISTANT
    return None


def check_supervisor_role(roles: Iterable[str]) -> None:
    """The supervisor of an assistant's or a home helper's session is a therapist."""
    if not set(roles) & {role.value for role in CLINICAL_ROLES}:
        raise RuleViolation(
            "Den superviserende skal være terapeut.", field="supervisor_id",
            rule="supervisor_role",
        )  # fmt: skip


class Resource(StrEnum):
    STAFF = "staff"
    CITIZEN = "citizen"
    ROOM = "room"
    HOME_HELPER = "home_helper"


_CLASH_DANISH = {
    Resource.STAFF: "Medarbejderen har allerede en tid, der overlapper.",
    Resource.CITIZEN: "Borgeren har allerede en tid, der overlapper.",
    Resource.ROOM: "Lokalet er fuldt optaget i tidsrummet.",
    Resource.HOME_HELPER: "Hjemmehjælperen har allerede en tid, der overlapper.",
}


class BookingClash(Conflict):
    """The booking overlaps another of the same member of staff or citizen, or fills a room
    beyond its capacity; names the clashing booking."""

    def __init__(self, resource: Resource, clashing_appointment_id: uuid.UUID | None):
        super().__init__(
            _CLASH_DANISH[resource], field="starts_at", rule=f"{resource.value}_double_booked"
        )
        self.resource = resource
        self.clashing_appointment_id = clashing_appointment_id


def clash(resource: Resource, clashing_appointment_id: uuid.UUID | None) -> BookingClash:
    return BookingClash(resource, clashing_appointment_id)


@dataclass(frozen=True, slots=True)
class Slot:
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


def overlapping(starts_at: datetime, ends_at: datetime, slots: Iterable[Slot]) -> list[Slot]:
    """Half-open intervals: a session ending at 10:00 does not meet one starting at 10:00."""
    return [slot for slot in slots if slot.starts_at < ends_at and starts_at < slot.ends_at]


def peak_use(starts_at: datetime, ends_at: datetime, slots: Sequence[Slot]) -> int:
    """The most bookings in use at one moment between `starts_at` and `ends_at`."""
    met = overlapping(starts_at, ends_at, slots)
    moments = {starts_at} | {slot.starts_at for slot in met if slot.starts_at > starts_at}
    return max(
        (sum(1 for slot in met if slot.starts_at <= moment < slot.ends_at) for moment in moments),
        default=0,
    )


@dataclass(frozen=True, slots=True)
class TeamInRoom:
    """A held occurrence of a team in a room: the team has the whole room for its time."""

    occurrence_id: uuid.UUID
    team_name: str
    starts_at: datetime
    ends_at: datetime


class RoomHeldByTeam(Conflict):
    """The room is used by a team's occurrence at the booking's time; names the occurrence."""

    def __init__(self, held: TeamInRoom):
        local = held.starts_at.astimezone(COPENHAGEN)
        end = held.ends_at.astimezone(COPENHAGEN)
        super().__init__(
            f"Lokalet bruges af holdet {held.team_name} {local:%d.%m.%Y}"
            f" kl. {local:%H.%M}-{end:%H.%M}. Vælg et andet lokale eller en anden tid.",
            field="place.room_id",
            rule="room_used_by_team",
        )
        self.occurrence_id = held.occurrence_id


def check_room_free_of_teams(
    starts_at: datetime, ends_at: datetime, teams: Iterable[TeamInRoom]
) -> None:
    """A team's occurrence holds its whole room: a booking meeting one is refused, naming the
    first it meets (half-open: a session may start when the team ends)."""
    met = [t for t in teams if t.starts_at < ends_at and starts_at < t.ends_at]
    if met:
        raise RoomHeldByTeam(min(met, key=lambda held: (held.starts_at, str(held.occurrence_id))))


def check_room_capacity(
    starts_at: datetime, ends_at: datetime, *, capacity: int, booked: Sequence[Slot]
) -> None:
    """A room holds at most `capacity` sessions at once; refused naming a booking it meets."""
    if peak_use(starts_at, ends_at, booked) + 1 > capacity:
        first = min(overlapping(starts_at, ends_at, booked), key=lambda slot: slot.starts_at)
        raise clash(Resource.ROOM, first.id)
