"""Casework's tables and repositories: cases, their events, the visitation steps, and the
citizens a caller reaches through cases. The names other capabilities use.
"""

from persistence.casework.models import Case, Complaint, Decision, Invitation

# Tables and bodies first: the modules below import other capabilities' packages.
# isort: split
from persistence.casework.case_events import meet_open_deadline
from persistence.casework.clashes import OpenClash, lock_clash, open_clashes, resolve_clash
from persistence.casework.reach import (
    CITIZEN_TARGETS,
    CitizenCase,
    cases_of,
    citizens_named,
    get_visible_citizen,
    look_up_cpr,
    search,
    within_reach,
)
from persistence.casework.visitation import decision_in_force, get_decision

__all__ = [
    "CITIZEN_TARGETS",
    "Case",
    "CitizenCase",
    "Complaint",
    "Decision",
    "Invitation",
    "OpenClash",
    "cases_of",
    "citizens_named",
    "decision_in_force",
    "get_decision",
    "get_visible_citizen",
    "lock_clash",
    "look_up_cpr",
    "meet_open_deadline",
    "open_clashes",
    "resolve_clash",
    "search",
    "within_reach",
]
