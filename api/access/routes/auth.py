"""Logging in and out, the current session, and changing one's own password."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response, status

from api.access import use_cases
from api.access.schemas import SessionOut, SessionUser
from api.context import LOGGED_IN, PUBLIC, Session
from api.fields import NewPassword, Password, Username
from api.schemas import Body
from api.security.authentication import SESSION_COOKIE, SessionPolicy, check_origin
from api.unit_of_work import Work
from domain.access.permissions import Role, permissions_of

router = APIRouter(prefix="/auth", tags=["auth"])

LOGIN_SLOTS = 4


class LoginIn(Body):
    username: Username
    password: Password


class PasswordChangeIn(Body):
    current_password: Password
    new_password: NewPassword


def _session_out(user: use_cases.StaffUser, csrf_token: str, expires_at: datetime) -> SessionOut:
    roles = [Role(role) for role in user.roles]
    return SessionOut(
        user=SessionUser(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            roles=roles,
            site_ids=list(user.site_ids),
            permissions=sorted(permissions_of(roles)),
        ),
        csrf_token=csrf_token,
        expires_at=expires_at,
        idle_timeout_seconds=int(SessionPolicy().idle.total_seconds()),
    )


@router.post(
    "/login",
    operation_id="auth-login",
    responses={
        401: {"description": "Wrong username or password"},
        429: {"description": "Slow down"},
    },
    **PUBLIC,
)
async def login(
    body: LoginIn, request: Request, response: Response, session: Session
) -> SessionOut:
    """Start a browser session: an HttpOnly, SameSite=Strict cookie and a CSRF token."""
    check_origin(request)
    # The client's address as the trusted proxy saw it (see api.app), else the peer's.
    address = request.client.host if request.client else "unknown"
    # Logins queue in the process's LOGIN_SLOTS rather than in the pool.
    done = await use_cases.login(
        session,
        username=body.username,
        password=body.password,
        address=address,
        now=request.app.state.clock.now(),
        slots=request.app.state.login_slots,
    )
    response.set_cookie(
        SESSION_COOKIE,
        done.token,
        max_age=int(SessionPolicy().absolute.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=not _plain_localhost(request),
        path="/",
    )
    return _session_out(done.user, done.csrf_token, done.expires_at)


def _plain_localhost(request: Request) -> bool:
    # The Secure flag would keep the cookie from ever being sent over plain http on localhost.
    return request.url.scheme == "http" and request.url.hostname in ("localhost", "127.0.0.1")


@router.get("/session", operation_id="auth-session", **LOGGED_IN)
async def current_session(work: Work) -> SessionOut:
    """The logged-in user, their permissions and the CSRF token for this session."""
    return _session_out(*await use_cases.current_session(work))


@router.post(
    "/logout", operation_id="auth-logout", status_code=status.HTTP_204_NO_CONTENT, **LOGGED_IN
)
async def logout(work: Work) -> Response:
    """End this browser session."""
    await use_cases.logout(work)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.post("/password", operation_id="auth-change_password", status_code=204, **LOGGED_IN)
async def change_password(body: PasswordChangeIn, work: Work) -> Response:
    """Change one's own password; the user's other sessions end."""
    await use_cases.change_password(work, body.current_password, body.new_password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
