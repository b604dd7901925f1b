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
    max_body_bytes: int = 1_048_576
    database_url: str | None = None  # None: DATABASE_URL, else the embedded server
