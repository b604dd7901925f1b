"""Process settings, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    # The centre whose staff use this process, until logins say whose they are (issue 3).
    centre_code: str = field(
        default_factory=lambda: os.environ.get("CENTRE_CODE", "ishoj-vallensbaek")
    )
    spa_dist: Path = field(
        default_factory=lambda: Path(
            os.environ.get("SPA_DIST", str(PROJECT_ROOT / "frontend" / "dist"))
        )
    )
    # In production the API docs and schema are shown only to staff who are logged in.
    production: bool = field(
        default_factory=lambda: os.environ.get("TRAENING_ENV", "") == "production"
    )
    # Proxies (addresses or networks) whose X-Forwarded-For and -Proto are believed; none by
    # default, so no client can claim another address. Comma-separated in the environment.
    trusted_proxies: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            proxy.strip()
            for proxy in os.environ.get("TRAENING_TRUSTED_PROXIES", "").split(",")
            if proxy.strip()
        )
    )
    max_body_bytes: int = 1_048_576
    # Worker processes that render letters, each job with a time limit (api/letters/workers.py).
    letter_workers: int = field(
        default_factory=lambda: int(os.environ.get("TRAENING_LETTER_WORKERS", "2"))
    )
    # Processes serving requests (`make run WORKERS=n`); each has its own connection pool.
    workers: int = field(
        default_factory=lambda: int(os.environ.get("TRAENING_WORKERS", "0")) or os.cpu_count() or 1
    )
    # Connections per process; None: as many as fit (persistence.database.pool_size_for).
    pool_size: int | None = field(
        default_factory=lambda: (
            int(os.environ["TRAENING_POOL_SIZE"]) if os.environ.get("TRAENING_POOL_SIZE") else None
        )
    )
    # Freeze the start-up heap and collect young garbage less often (api.app); the server
    # turns this on, tests leave the collector alone.
    steady_gc: bool = field(default_factory=lambda: os.environ.get("TRAENING_STEADY_GC") == "1")
    # The hot reads answered without FastAPI's dependency solving (api.lean_route); off,
    # FastAPI's own handler answers them (the reference the tests compare them with).
    lean_routes: bool = field(
        default_factory=lambda: os.environ.get("TRAENING_LEAN_ROUTES", "1") != "0"
    )
    # The service's own role, never the owner's (persistence/roles.py). None:
    # SERVICE_DATABASE_URL, else DATABASE_URL (or the embedded server) as traening_app.
    database_url: str | None = None
