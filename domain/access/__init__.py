"""Access: staff roles, permissions, the reach of a member of staff, and passwords. The names
other capabilities use.
"""

from domain.access.passwords import MAX_LENGTH, MIN_LENGTH, check_password
from domain.access.permissions import (
    API_KEY_SCOPES,
    CLINICAL_ROLES,
    CaseReach,
    Permission,
    Principal,
    Role,
    check_discipline,
    permissions_of,
)

__all__ = [
    "API_KEY_SCOPES",
    "CLINICAL_ROLES",
    "MAX_LENGTH",
    "MIN_LENGTH",
    "CaseReach",
    "Permission",
    "Principal",
    "Role",
    "check_discipline",
    "check_password",
    "permissions_of",
]
