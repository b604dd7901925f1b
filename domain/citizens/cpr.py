"""CPR numbers (CPR-nummer): DDMMYY-SSSS.

The century comes from the 7th digit together with the year (python-stdnum knows the table).
Since 2007 numbers without the modulus-11 check are issued and valid, so it is never checked.
A CPR number is personal data: error messages never repeat it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError

from domain.errors import RuleViolation

# ASCII digits only: \d would also take full-width, Arabic-Indic and every other script's.
_SHAPE = re.compile(r"[0-9]{6}-?[0-9]{4}")


@dataclass(frozen=True, slots=True)
class Cpr:
    digits: str  # ten digits, no separator

    @classmethod
    def parse(cls, text: str, *, today: date) -> Cpr:
        cleaned = text.strip()
        if not _SHAPE.fullmatch(cleaned):
            raise RuleViolation(
                "CPR-nummeret skal have formen DDMMÅÅ-SSSS (10 cifre).", field="cpr"
            )
        digits = stdnum_cpr.compact(cleaned)
        try:
            birth = stdnum_cpr.get_birth_date(digits)
        except ValidationError:
            raise RuleViolation("CPR-nummerets fødselsdato findes ikke.", field="cpr") from None
        if birth > today:
            raise RuleViolation("CPR-nummerets fødselsdato ligger i fremtiden.", field="cpr")
        return cls(digits)

    @property
    def birth_date(self) -> date:
        birth: date = stdnum_cpr.get_birth_date(self.digits)
        return birth

    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    def __repr__(self) -> str:  # keep the number out of tracebacks and logs
        return "Cpr(******-****)"

    __str__ = __repr__
