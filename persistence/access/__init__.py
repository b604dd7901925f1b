"""Access's tables and repositories: staff, sessions, API keys, failed logins, the access log.
The names other capabilities use.
"""

from persistence.access.models import AccessLogEntry, ApiKey, StaffUser
from persistence.access.reads import entry, fetch, logged_read

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from persistence.access.access_log import CITIZEN_TARGETS, citizens_named, record_access
from persistence.access.staff import (
    add_api_key,
    add_user,
    api_key_by_prefix,
    get_user,
    list_users,
    revoke_api_key,
    session_with_user,
    touch_api_key,
    touch_session,
)

__all__ = [
    "CITIZEN_TARGETS",
    "AccessLogEntry",
    "ApiKey",
    "StaffUser",
    "add_api_key",
    "add_user",
    "api_key_by_prefix",
    "citizens_named",
    "entry",
    "fetch",
    "get_user",
    "list_users",
    "logged_read",
    "record_access",
    "revoke_api_key",
    "session_with_user",
    "touch_api_key",
    "touch_session",
]
