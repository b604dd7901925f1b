"""Access at the edge: logging in and out, staff and API keys (admin), the access log.
The names the app and other capabilities use.
"""

from api.access.routes.access_log import router as access_log_router
from api.access.routes.admin import router as admin_router
from api.access.routes.auth import LOGIN_SLOTS
from api.access.routes.auth import router as auth_router

__all__ = [
    "LOGIN_SLOTS",
    "access_log_router",
    "admin_router",
    "auth_router",
]
