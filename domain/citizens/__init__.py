"""Citizens (borgere): the CPR number and the municipality a citizen lives in. The names other
capabilities use.
"""

from domain.citizens.cpr import Cpr
from domain.citizens.municipality import MUNICIPALITIES, is_other_municipality

__all__ = [
    "MUNICIPALITIES",
    "Cpr",
    "is_other_municipality",
]
