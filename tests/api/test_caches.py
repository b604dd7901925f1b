"""The per-process cache's own rules: a lifetime, and no entry that a change overtook."""

import uuid

from api.caches import ALL, Caches, Expiring
from domain.centre import ServiceStandard
from persistence.changes import AUTH, CALENDAR, REFERENCE, WATCHED


class Ticking:
    def __init__(self) -> None:
        self.at = 100.0

    def __call__(self) -> float:
        return self.at


def test_an_entry_lives_for_its_lifetime_only() -> None:
    clock = Ticking()
    cache: Expiring[str, int] = Expiring(4.0, clock)
    cache.put("key", 1, cache.generation)
    clock.at += 3.9
    assert cache.get("key") == 1
    clock.at += 0.1
    assert cache.get("key") is None


def test_an_entry_read_before_a_change_and_stored_after_it_is_dropped() -> None:
    cache: Expiring[str, int] = Expiring(4.0, Ticking())
    seen = cache.generation  # a request reads the database ...
    cache.clear()  # ... another commits a change meanwhile ...
    cache.put("key", 1, seen)  # ... and the first one's stale answer is not kept
    assert cache.get("key") is None
    cache.put("key", 2, cache.generation)
    assert cache.get("key") == 2


def test_a_topic_clears_only_its_own_caches() -> None:
    caches = Caches()
    caches.api_keys.put("prefix", object(), caches.api_keys.generation)
    caches.sessions.put("hash", object(), caches.sessions.generation)
    caches.changed(CALENDAR)
    assert caches.api_keys.get("prefix") is not None
    caches.changed(AUTH)
    assert caches.api_keys.get("prefix") is None
    assert caches.sessions.get("hash") is None


def test_a_change_of_reference_data_clears_legal_bases_sites_and_standards_only() -> None:
    caches = Caches()
    centre = uuid.uuid4()
    caches.legal_bases.put(ALL, {}, caches.legal_bases.generation)
    caches.sites.put(centre, {"syd": uuid.uuid4()}, caches.sites.generation)
    caches.standards.put(centre, ServiceStandard([]), caches.standards.generation)
    caches.api_keys.put("prefix", object(), caches.api_keys.generation)
    caches.changed(REFERENCE)
    assert caches.legal_bases.get(ALL) is None
    assert caches.sites.get(centre) is None
    assert caches.standards.get(centre) is None
    assert caches.api_keys.get("prefix") is not None


def test_the_reference_tables_are_watched() -> None:
    assert {name for name, topic in WATCHED.items() if topic == REFERENCE} == {
        "legal_bases", "sites", "service_standard_limits"
    }  # fmt: skip
