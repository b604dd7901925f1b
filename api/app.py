"""The FastAPI application: API under /api/v1, docs under /api/docs, the SPA at /."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from uvicorn import Config as ServerConfig
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api import examples, health, lean_route, methods, problems, spa
from api.access import LOGIN_SLOTS, access_log_router, admin_router, auth_router
from api.attendance import attendance_router
from api.caches import Caches
from api.calendar import calendar_router, calendar_views_router
from api.casework import (
    DECISION_TAGS,
    REFERRAL_TAGS,
    assignment_router,
    cases_router,
    visitation_router,
    worklist_router,
)
from api.centre import centre_router, working_days_router
from api.citizens import citizens_router
from api.clock import Clock
from api.intake import intake_router
from api.letters import LetterWorkers, letters_router
from api.middleware import RequestMiddleware
from api.scheduling import (
    appointments_router,
    assistant_router,
    moves_router,
    resources_router,
    teams_router,
    training_plans_router,
)
from api.security import openapi as security_schemes
from api.settings import Settings
from api.training import courses_router
from persistence.database import (
    LEAN_POOL,
    POOL_SIZE,
    close_lean_pool,
    create_engine,
    create_lean_pool,
    service_url,
)

API_PREFIX = "/api/v1"
# Young collections after this many new container objects (Python's default is 700): a
# request allocates a few thousand, so most of them die before a collection looks at them.
GC_THRESHOLDS = (10_000, 10, 10)


def steady_garbage_collection() -> None:
    """Keep full collections off the start-up heap, which never becomes garbage.

    Without it a full collection walks the ~200,000 objects of the imported modules and the
    app every few hundred requests (about 100 ms here: the p99 spikes in docs/benchmarks.md).
    `gc.freeze` moves them to a generation the collector ignores; called once per worker
    process, after start-up.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _operation_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(
    settings: Settings | None = None,
    *,
    engine: AsyncEngine | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Build the app. Tests pass their own engine and clock; the service builds its own."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = engine is None
        app.state.engine = engine or create_engine(
            settings.database_url or service_url(), pool_size=settings.pool_size or POOL_SIZE
        )
        lean_pool = await create_lean_pool(app.state.engine)
        app.state.session_factory = async_sessionmaker(
            app.state.engine, expire_on_commit=False, info={LEAN_POOL: lean_pool}
        )
        # Letters render in worker processes, started when the first letter needs one.
        app.state.letter_workers = LetterWorkers(settings.letter_workers)
        app.state.caches.start(app.state.engine)
        if settings.steady_gc:
            steady_garbage_collection()
        try:
            yield
        finally:
            await app.state.caches.stop()
            await app.state.letter_workers.close()
            await close_lean_pool(lean_pool)
            if owned:
                await app.state.engine.dispose()

    app = FastAPI(
        title="Træningscenter Ishøj-Vallensbæk",
        version="0.1.0",
        description=(
            "Case management for municipal rehabilitation and maintenance training "
            "(Sundhedsloven § 140, Serviceloven § 86). Errors are RFC 9457 problem documents. "
            "CPR numbers never appear in URLs: search citizens with a POST."
        ),
        lifespan=lifespan,
        openapi_url=None,  # served by api.spa, behind login in production
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=_operation_id,
        # No OpenTelemetry here: without this FastAPI asks on every request whether a
        # tracer, meter or logger provider has been configured since.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    app.state.settings = settings
    app.state.clock = clock or Clock()
    app.state.centre_id = None
    app.state.caches = Caches()
    app.state.login_slots = asyncio.Semaphore(LOGIN_SLOTS)
    from api.health import head_revision

    app.state.head_revision = head_revision()

    # Routes are matched one by one in this order (FastAPI walks every included router), so
    # the pages staff open all day come first: the worklist, a case, a citizen; then what the
    # hospitals' systems send all day (intake's three routes).
    for router in (
        worklist_router,
        cases_router,
        citizens_router,
        intake_router,
        health.router,
        auth_router,
        working_days_router,
        centre_router,
        courses_router,
        appointments_router,
        attendance_router,
        resources_router,
        teams_router,
        assistant_router,
        training_plans_router,
        moves_router,
        calendar_router,
        calendar_views_router,
        assignment_router,
        visitation_router,
        letters_router,
        admin_router,
        access_log_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    problems.install(app, discriminator_tags=REFERRAL_TAGS | DECISION_TAGS)
    problems.document(app)
    security_schemes.document(app)
    examples.document(app)
    spa.install(app, settings.spa_dist, protect_docs=settings.production)
    lean_route.install(app)  # it reads every route
    methods.install(app)  # last: it reads every route
    if settings.trusted_proxies:
        # The client's address and scheme from the named proxies only; the server itself
        # trusts no forwarded header (api.__main__ runs uvicorn with proxy_headers off).
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    app.add_middleware(RequestMiddleware, max_body_bytes=settings.max_body_bytes)
    logging.getLogger("api").setLevel(logging.INFO)
    return app


LOG_LEVEL = "warning"  # no access log: a mistyped path could hold a CPR number


def server_config(app: FastAPI, *, host: str, port: int) -> ServerConfig:
    """How a test serves the app over TCP (`serve` below runs the service)."""
    return ServerConfig(
        app,
        host=host,
        port=port,
        log_level=LOG_LEVEL,
        # uvicorn would believe X-Forwarded-For from any local peer; the app believes it
        # only from the proxies named in settings (see create_app).
        proxy_headers=False,
    )


def serve(*, host: str, port: int, workers: int, pool_size: int) -> None:
    """`workers` processes on one socket, each building its app (and its connection pool of
    `pool_size`) from the environment, with the start-up heap frozen."""
    os.environ["TRAENING_POOL_SIZE"] = str(pool_size)
    os.environ["TRAENING_STEADY_GC"] = "1"
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=LOG_LEVEL,
        proxy_headers=False,  # as in server_config
        # uvicorn's fast paths (its "standard" extras): the C HTTP parser and the libuv event
        # loop cost a fraction of the CPU per request of h11 and asyncio's own loop.
        loop="uvloop",
        http="httptools",
    )
