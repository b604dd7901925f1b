"""The built SPA at `/` (client routes fall back to index.html) and local API-docs assets."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

DOCS_ASSETS = "swagger-ui"  # copied from the swagger-ui-dist package by the SPA build


def install(app: FastAPI, dist: Path) -> None:
    @app.get("/api/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="Træningscenter Ishøj-Vallensbæk – API",
            swagger_js_url=f"/{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"/{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"/{DOCS_ASSETS}/favicon-32x32.png",
        )

    root = dist.resolve()

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str) -> Response:
        if path.startswith("api/") or path == "api":
            raise StarletteHTTPException(status_code=404)
        index = root / "index.html"
        if not index.is_file():
            return PlainTextResponse("Brugerfladen er ikke bygget (make run bygger den).", 503)
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            return FileResponse(candidate)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
