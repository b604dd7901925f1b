"""Access's tables and repositories: staff, sessions, API keys, failed logins, the access log.
The names other capabilities use.
"""

from persistence.access.access_log import record_access
from persistence.access.models import AccessLogEntry, ApiKey, StaffUser
from persistence.access.reads import Compiled, entry, fetch, logged_read, run, text_id
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
    "AccessLogEntry",
    "ApiKey",
    "Compiled",
    "StaffUser",
    "add_api_key",
    "add_user",
    "api_key_by_prefix",
    "entry",
    "fetch",
    "get_user",
    "list_users",
    "logged_read",
    "record_access",
    "revoke_api_key",
    "run",
    "session_with_user",
    "text_id",
    "touch_api_key",
    "touch_session",
]
