"""Citizens (borgere): the CPR number and the municipality a citizen lives in. The names other
capabilities use.
"""

from domain.citizens.municipality import MUNICIPALITIES, is_other_municipality

__all__ = [
    "MUNICIPALITIES",
    "is_other_municipality",
]
