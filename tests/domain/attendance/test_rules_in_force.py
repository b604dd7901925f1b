"""The cancellation and no-show limits come from the service standard's version in force."""

from datetime import date

from domain.attendance import AttendanceRules, rules_in_force
from domain.centre import Limit, LimitKind, LimitUnit, ServiceStandard

FIRST = date(2000, 1, 1)
LATER = date(2027, 1, 1)


def _limit(kind: LimitKind, value: int, effective_from: date = FIRST) -> Limit:
    return Limit("SEL_86_1", kind, value, LimitUnit.COUNT, effective_from)


def test_the_version_in_force_on_the_day_sets_the_limits() -> None:
    standard = ServiceStandard(
        [
            _limit(LimitKind.CANCELLATIONS_ALLOWED, 2),
            _limit(LimitKind.NO_SHOWS_ALLOWED, 2),
            _limit(LimitKind.NO_SHOWS_ALLOWED, 1, LATER),
        ]
    )
    before = standard.in_force("SEL_86_1", date(2026, 12, 31))
    assert rules_in_force(before) == AttendanceRules(2, 2)
    assert rules_in_force(standard.in_force("SEL_86_1", LATER)) == AttendanceRules(2, 1)


def test_a_version_without_the_limits_keeps_more_than_two() -> None:
    assert rules_in_force({}) == AttendanceRules(2, 2)
    only_no_shows = {LimitKind.NO_SHOWS_ALLOWED: _limit(LimitKind.NO_SHOWS_ALLOWED, 4)}
    assert rules_in_force(only_no_shows) == AttendanceRules(2, 4)
