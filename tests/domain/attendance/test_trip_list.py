"""The daily trip list for the transport service: the order the cars go, Danish clock times,
the needs in Danish, and no cell a spreadsheet would run as a formula."""

from datetime import UTC, datetime

from domain.attendance import TRIP_LIST_HEADER, TripListLine, trip_list_paragraphs, trip_list_rows
from domain.calendar import COPENHAGEN

ROUTE = ("Vej 1, 2635 Ishøj", "Centret")


def _line(name: str, starts: int, pickup: int | None = None, **changes: object) -> TripListLine:
    values: dict[str, object] = {
        # Tuesday 1 December 2026: UTC+1, so 09:00 UTC is 10.00 in Copenhagen.
        "session_starts": datetime(2026, 12, 1, starts, tzinfo=UTC),
        "session_ends": datetime(2026, 12, 1, starts + 1, tzinfo=UTC),
        "agreed_pickup": datetime(2026, 12, 1, pickup, 15, tzinfo=UTC) if pickup else None,
        "citizen_name": name,
        "from_address": "Vej 1, 2635 Ishøj",
        "to_address": "Centret",
        "needs": (),
        "training": "Individuel træning",
        **changes,
    }
    return TripListLine(**values)  # type: ignore[arg-type]


def test_the_list_runs_by_pick_up_or_start_in_copenhagen_time() -> None:
    rows = trip_list_rows(
        [
            _line("Bent", 11, pickup=10),  # picked up 11.15 for 12.00
            _line("Anna", 9, needs=("wheelchair", "escort"), training="Knæholdet"),
            _line("Carl", 9, pickup=8),  # picked up 09.15 for 10.00
        ],
        COPENHAGEN,
    )
    assert rows == [
        TRIP_LIST_HEADER,
        ("09.15", "10.00", "11.00", "Carl", *ROUTE, "", "Individuel træning"),
        ("", "10.00", "11.00", "Anna", *ROUTE, "kørestol, ledsager", "Knæholdet"),
        ("11.15", "12.00", "13.00", "Bent", *ROUTE, "", "Individuel træning"),
    ]  # fmt: skip


def test_no_cell_starts_a_formula() -> None:
    [_, row] = trip_list_rows(
        [_line('=HYPERLINK("x")', 9, from_address="+45 vej", to_address="@centret")], COPENHAGEN
    )
    assert row[3:6] == ('\'=HYPERLINK("x")', "'+45 vej", "'@centret")


def test_the_printed_list_says_so_when_there_are_no_trips() -> None:
    assert trip_list_paragraphs([], COPENHAGEN) == ["Ingen kørsler denne dag."]
    [paragraph] = trip_list_paragraphs([_line("Anna", 9, needs=("walker",))], COPENHAGEN)
    assert paragraph.splitlines() == [
        "Kl. 10.00-11.00: Individuel træning (afhentning ikke aftalt endnu)",
        "Borger: Anna",
        "Afhentes på: Vej 1, 2635 Ishøj",
        "Køres til: Centret",
        "Behov: rollator",
    ]
