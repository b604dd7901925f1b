"""The Danish filters: long dates, Copenhagen clock times, lists and paragraphs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from api.letters.filters import clock_time, enumeration, long_date, paragraphs, weekday


def test_dato_writes_the_danish_long_date() -> None:
    assert long_date(date(2026, 11, 16)) == "16. november 2026"
    assert long_date(date(2027, 3, 1)) == "1. marts 2027"


def test_dato_of_a_time_is_its_date_in_copenhagen() -> None:
    # 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    assert long_date(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == "1. januar 2027"


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2026, 11, 16, 9, 30, tzinfo=UTC), "kl. 10.30"),  # winter time, UTC+1
        (datetime(2026, 6, 1, 6, 5, tzinfo=UTC), "kl. 8.05"),  # summer time, UTC+2
    ],
)
def test_klokken_writes_copenhagen_time(at: datetime, expected: str) -> None:
    assert clock_time(at) == expected


def test_klokken_refuses_a_time_without_a_zone() -> None:
    with pytest.raises(ValueError, match="time zone"):
        clock_time(datetime(2026, 11, 16, 10, 30))


def test_ugedag_names_the_day() -> None:
    assert weekday(date(2026, 11, 16)) == "mandag"
    assert weekday(date(2026, 11, 22)) == "søndag"


def test_opremsning_joins_with_og() -> None:
    assert enumeration([]) == ""
    assert enumeration(["fysioterapeut"]) == "fysioterapeut"
    assert enumeration(["a", "b", "c"]) == "a, b og c"


def test_afsnit_escapes_and_splits_into_paragraphs() -> None:
    assert paragraphs("a <b>\nc\r\n\r\n\nd") == "<p>a &lt;b&gt;<br>c</p><p>d</p>"
    assert paragraphs("  ") == ""
