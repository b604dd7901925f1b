"""CPR numbers: form, a real and past birth date, the century from the 7th digit."""

from datetime import date

import pytest

from domain.citizens.cpr import Cpr
from domain.errors import RuleViolation

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("010170-1234", date(1970, 1, 1)),  # 7th digit 1: the 1900s
        ("0101701234", date(1970, 1, 1)),  # without the hyphen
        (" 010170-1234 ", date(1970, 1, 1)),
        ("010120-4000", date(2020, 1, 1)),  # 4 with year 00-36: the 2000s
        ("010140-4000", date(1940, 1, 1)),  # 4 with year 37-99: the 1900s
        ("010160-5000", date(1860, 1, 1)),  # 5-8 with year 58-99: the 1800s
        ("010110-5000", date(2010, 1, 1)),  # 5-8 with year 00-57: the 2000s
        ("010140-9000", date(1940, 1, 1)),  # 9 with year 37-99: the 1900s
        ("010120-9000", date(2020, 1, 1)),  # 9 with year 00-36: the 2000s
        ("290296-3000", date(1996, 2, 29)),  # a leap day
    ],
)
def test_the_century_comes_from_the_seventh_digit(text: str, born: date) -> None:
    assert Cpr.parse(text, today=TODAY).birth_date == born


def test_modulus_11_is_never_required() -> None:
    # 4*0+3*1+2*0+7*1+6*7+5*0+4*1+3*2+2*3+1*4 = 72, and 72 mod 11 = 6: fails the old check.
    assert Cpr.parse("010170-1234", today=TODAY).digits == "0101701234"


@pytest.mark.parametrize(
    "text",
    ["01017-01234", "010170_1234", "abcdefghij", "010170-123", "0101701234567", ""],
)
def test_malformed_numbers_are_refused_on_the_cpr_field(text: str) -> None:
    with pytest.raises(RuleViolation) as raised:
        Cpr.parse(text, today=TODAY)
    assert raised.value.field == "cpr"


@pytest.mark.parametrize("text", ["310270-1234", "290297-3000", "011370-1234", "000170-1234"])
def test_impossible_birth_dates_are_refused(text: str) -> None:
    with pytest.raises(RuleViolation, match="fødselsdato"):
        Cpr.parse(text, today=TODAY)


def test_a_birth_date_in_the_future_is_refused() -> None:
    # 7th digit 4 and year 30: 1 Jan 2030.
    with pytest.raises(RuleViolation, match="fremtiden"):
        Cpr.parse("010130-4000", today=TODAY)
    # Born today is fine.
    assert Cpr.parse("231126-4000", today=TODAY).birth_date == TODAY


def test_the_number_stays_out_of_its_text_forms() -> None:
    cpr = Cpr.parse("010170-1234", today=TODAY)
    assert "1234" not in repr(cpr)
    assert "010170" not in str(cpr)
    assert cpr.formatted() == "010170-1234"


@pytest.mark.parametrize(
    "text",
    [
        "０１０１７０-１２３４",  # full-width digits
        "٠١٠١٧٠-١٢٣٤",  # Arabic-Indic digits
        "۰۱۰۱۷۰۱۲۳۴",  # extended Arabic-Indic, without the hyphen
        "०१०१७०-१२३४",  # Devanagari
        "010170-123４",  # one full-width digit among ASCII ones
        "010170-1234\n1",  # a second line
    ],
)
def test_only_ascii_digits_make_a_cpr_number(text: str) -> None:
    with pytest.raises(RuleViolation, match="formen") as raised:
        Cpr.parse(text, today=TODAY)
    assert raised.value.field == "cpr"
