"""Liveness and readiness."""

from __future__ import annotations

from typing import Literal

from alembic.config import Config
from alembic.script import ScriptDirectory
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from api.context import PUBLIC
from api.problems import RETRY_AFTER_SECONDS, problem
from api.settings import PROJECT_ROOT
from persistence.database import database_unreachable


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    schema_revision: str


router = APIRouter(tags=["health"])
_RETRY = {"Retry-After": str(RETRY_AFTER_SECONDS)}


def head_revision() -> str:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


@router.get("/health", operation_id="health-alive", **PUBLIC)
async def alive() -> Health:
    """The process is alive (no database call)."""
    return Health(status="ok")


@router.get(
    "/ready",
    operation_id="health-ready",
    response_model=Readiness,
    **PUBLIC,
    responses={503: {"description": "Database unreachable or schema not at the newest migration"}},
)
async def ready(request: Request) -> Readiness | JSONResponse:
    """The database answers and its schema is at the newest migration."""
    try:
        async with request.app.state.engine.connect() as connection:
            current = await connection.scalar(text("SELECT version_num FROM alembic_version"))
    except Exception as error:
        if not database_unreachable(error):
            raise
        return problem(503, "Databasen svarer ikke.", slug="not-ready", headers=_RETRY)
    expected = request.app.state.head_revision
    if current != expected:
        return problem(
            503, "Databasen er ikke migreret til nyeste version.", slug="not-ready", headers=_RETRY
        )
    return Readiness(status="ready", schema_revision=current)
