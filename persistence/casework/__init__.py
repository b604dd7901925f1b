"""Casework's tables and repositories: cases, their events, the visitation steps. The names
other capabilities use.
"""

from persistence.casework.models import Case, Complaint, Decision, Invitation

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from persistence.casework.cases import get_legal_basis
from persistence.casework.visitation import (
    add_template,
    current_templates,
    get_decision,
    get_letter,
)

__all__ = [
    "Case",
    "Complaint",
    "Decision",
    "Invitation",
    "add_template",
    "current_templates",
    "get_decision",
    "get_legal_basis",
    "get_letter",
]
