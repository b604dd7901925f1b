"""Access's tables and repositories: staff, sessions, API keys, failed logins, the access log.
The names other capabilities use.
"""

from persistence.access.models import AccessLogEntry, ApiKey, StaffUser

# Tables first: the repositories below import other capabilities' tables from their
# packages, which may be importing this one.
# isort: split
from persistence.access.access_log import record_access

__all__ = [
    "AccessLogEntry",
    "ApiKey",
    "StaffUser",
    "record_access",
]
