"""Python CPU per request, each hot page called in-process, as the request path's issue
measured it: the app called as an ASGI application, with neither an HTTP server nor a load
generator in the process, so the figure is the framework's and the endpoint's own work
(routing, dependencies, authentication from the cache, the use case, the driver, JSON).

    .venv/bin/python -m bench.cpu --reuse       (make bench-cpu)

The same database and requests as bench/run.py (its --database, seeded by bench/seed.py).
For each page, each of its paths is called in turn, `--requests` requests a round; CPU time
(`getrusage`: user and kernel time of this process) over a round divided by its requests;
the report gives the median and the best of `--rounds` rounds after a warm-up, the heap frozen
as the service freezes it after start-up.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import statistics
import sys
import uuid
from collections.abc import MutableMapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import uvloop
from fastapi import FastAPI

from bench.pages import PAGES, Context, today
from bench.run import sample_cases, site_ids
from bench.seed import DATABASE, BenchKey, log, prepare_database
from domain.calendar import WorkingDayCalendar
from persistence.database import (
    SERVICE_LOGIN,
    embedded_running,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)

TARGET_MS = 1.0  # the target for the worklist


def _request(spec: str, key: BenchKey) -> tuple[dict[str, Any], bytes]:
    """An ASGI scope and body for a bench path (`GET` path, or `POST\\tpath\\tbody`)."""
    method, body = "GET", b""
    target = spec
    if spec.startswith("POST\t"):
        _, target, text = spec.split("\t", 2)
        method, body = "POST", text.encode()
    parts = urlsplit(target)
    headers = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")]
    headers += [(name.lower().encode(), value.encode()) for name, value in key.headers().items()]
    headers.append((b"content-length", str(len(body)).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": parts.path,
        "raw_path": parts.path.encode(),
        "query_string": parts.query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    return scope, body


async def _call(app: FastAPI, scope: dict[str, Any], body: bytes) -> int:
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(dict(scope), receive, send)
    return status


@dataclass(frozen=True, slots=True)
class Round:
    """CPU milliseconds per request over one round: in all, and in user and kernel mode."""

    total: float
    user: float
    system: float


async def _round(
    app: FastAPI, calls: Sequence[tuple[dict[str, Any], bytes]], requests: int
) -> Round:
    before = resource.getrusage(resource.RUSAGE_SELF)
    for index in range(requests):
        scope, body = calls[index % len(calls)]
        await _call(app, scope, body)
    after = resource.getrusage(resource.RUSAGE_SELF)
    user = (after.ru_utime - before.ru_utime) / requests * 1000
    system = (after.ru_stime - before.ru_stime) / requests * 1000
    return Round(user + system, user, system)


async def measure_page(
    apps: Sequence[FastAPI], paths: Sequence[str], key: BenchKey, requests: int, rounds: int
) -> list[list[Round]]:
    """CPU milliseconds per request, one figure per round, for each app; the apps' rounds
    take turns, so a change in the machine's load falls on each of them alike."""
    calls = [_request(path, key) for path in paths]
    for app in apps:
        for scope, body in calls:  # warm-up, and every path must answer
            status = await _call(app, scope, body)
            if status != 200:
                raise SystemExit(f"{scope['method']} {scope['path']} answered {status}")
        for _ in range(requests):
            for scope, body in calls:
                await _call(app, scope, body)
    figures: list[list[Round]] = [[] for _ in apps]
    for _ in range(rounds):
        for index, app in enumerate(apps):
            figures[index].append(await _round(app, calls, requests))
    return figures


# The hot routes' two handlers (api.lean_route): the lean one the service runs, and
# FastAPI's own (dependency solving), the reference it is compared with.
VARIANTS = {"lean": True, "reference": False}


async def run(options: argparse.Namespace, key: BenchKey, context: Context) -> list[str]:
    from api.app import create_app
    from api.settings import Settings

    variants = options.variant or list(VARIANTS)
    apps = [create_app(Settings(lean_routes=VARIANTS[name])) for name in variants]
    lines = [
        "| page | handler | requests a round | rounds | CPU ms/request, median | best "
        "| user, median | kernel, median | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    async with AsyncExitStack() as stack:
        for app in apps:
            await stack.enter_async_context(app.router.lifespan_context(app))
        gc.collect()
        gc.freeze()
        for name in options.page or list(PAGES):
            paths = PAGES[name].paths(context, [])
            log(f"{name}: {len(paths)} paths ...")
            figures = await measure_page(apps, paths, key, options.requests, options.rounds)
            target = f"< {TARGET_MS:.1f} ms" if name == "worklist" else "-"
            for variant, found in zip(variants, figures, strict=True):
                totals = [figure.total for figure in found]
                user = statistics.median(figure.user for figure in found)
                system = statistics.median(figure.system for figure in found)
                lines.append(
                    f"| {name} | {variant} | {options.requests} | {options.rounds} | "
                    f"{statistics.median(totals):.2f} | {min(totals):.2f} | {user:.2f} | "
                    f"{system:.2f} | {target} |"
                )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cpu", description=__doc__)
    parser.add_argument("--page", choices=sorted(PAGES), action="append")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="keep a seeded --database")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--variant", choices=sorted(VARIANTS), action="append")
    options = parser.parse_args(argv)
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    try:
        url = with_database(server_url(), options.database)
        key = prepare_database(url, options.cases, options.reuse)
        sites = asyncio.run(site_ids(url))
        cases = asyncio.run(sample_cases(url))
        # The app serves as the service's login, as `make run` does; no access log is skipped.
        os.environ["SERVICE_DATABASE_URL"] = with_user(url, SERVICE_LOGIN)
        os.environ.setdefault("TRAENING_POOL_SIZE", "10")
        context = Context(
            uuid.UUID(int=0), sites, WorkingDayCalendar(()), today(), key.id, case_ids=cases
        )
        lines = uvloop.run(run(options, key, context))  # the service's event loop
        print("\n".join(lines), flush=True)
    finally:
        if started_here and embedded_running():
            stop_embedded()
    return 0


if __name__ == "__main__":
    sys.exit(main())
