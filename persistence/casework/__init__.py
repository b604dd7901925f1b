"""Casework's tables and repositories: cases, their events, the visitation steps. The names
other capabilities use.
"""

from persistence.casework.models import (
    Application,
    Assessment,
    Case,
    CaseEventRow,
    Complaint,
    Decision,
    Invitation,
    RehabPlan,
)

# Tables first: the repositories below import other capabilities' tables from their
# packages, which may be importing this one.
# isort: split
from persistence.casework.visitation import CaseDetails

__all__ = [
    "Application",
    "Assessment",
    "Case",
    "CaseDetails",
    "CaseEventRow",
    "Complaint",
    "Decision",
    "Invitation",
    "RehabPlan",
]
