"""The built SPA at `/` (client routes fall back to index.html) and the API docs.

The docs page loads Swagger UI's files (copied from the swagger-ui-dist package by the SPA
build) and a start script from this server, never from a CDN, and runs no inline script, so
it works under the strict Content-Security-Policy and behind a municipal proxy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.context import logged_in

DOCS_ASSETS = "swagger-ui"

_DOCS_HTML = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Træningscenter Ishøj-Vallensbæk – API</title>
<link rel="stylesheet" href="/{DOCS_ASSETS}/swagger-ui.css">
<link rel="icon" href="/{DOCS_ASSETS}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/{DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
"""

_DOCS_INIT = """window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout'
});
"""


def install(app: FastAPI, dist: Path, *, protect_docs: bool) -> None:
    guard: list[Any] = [Depends(logged_in)] if protect_docs else []

    @app.get("/api/openapi.json", include_in_schema=False, dependencies=guard)
    async def schema() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/api/docs", include_in_schema=False, dependencies=guard)
    async def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_HTML)

    @app.get("/api/docs/init.js", include_in_schema=False, dependencies=guard)
    async def docs_init() -> Response:
        return Response(_DOCS_INIT, media_type="text/javascript")

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
