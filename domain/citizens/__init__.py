"""Citizens (borgere): the CPR number and the municipality a citizen lives in. The names other
capabilities use.
"""

from domain.citizens.cpr import Cpr
from domain.citizens.municipality import MUNICIPALITIES, is_other_municipality
from domain.citizens.record import RECORD_FIELDS, FieldChange, changes

__all__ = [
    "MUNICIPALITIES",
    "RECORD_FIELDS",
    "Cpr",
    "FieldChange",
    "changes",
    "is_other_municipality",
]
