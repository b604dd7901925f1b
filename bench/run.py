"""A page over HTTP as users feel it, next to its raw ceilings, in one run.

    .venv/bin/python -m bench.run --reuse       (make bench: the worklist, a case, citizen search)

Every variant is a server in its own process on 127.0.0.1, started and stopped in turn, and
driven by the load generator in another process (bench/load.py), with the same paths:

- raw data queries: the page's own data queries alone over raw asyncpg (the data ceiling);
- raw statements: every statement the API sends for the page over raw asyncpg (the ceiling);
- API, 1 worker and API, 2 workers: `uvicorn api.app:create_app` as `make run` serves it;
- API, 1 worker, GC untuned: the same without the frozen heap and thresholds (item 3);
- API, 1 worker, h11 and asyncio: the same on uvicorn's pure-Python HTTP parser and loop;
- API of `--main DIR`, 1 worker: another checkout's code on the same data (before/after).

For each: throughput at saturation (closed loop, `--connections`), then p50/p95/p99 at half of
that rate (open loop, latency from each request's due time). The servers' CPU per request is
read from /proc for the server's process group over the saturated phase. The report
(Markdown) goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from api.__main__ import migrate
from api.security.authentication import api_key_text
from bench import scheduling
from bench.pages import PAGES, SAMPLE_CASES, Context, Page, today
from bench.seed import (
    CENTRE,
    DATABASE,
    BenchError,
    BenchKey,
    api_key,
    connect,
    log,
    prepare_database,
)
from domain.calendar import WorkingDayCalendar
from persistence.database import (
    PROJECT_ROOT,
    SERVICE_LOGIN,
    embedded_running,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)

PYTHON = sys.executable
PORT = 8741
TARGET_RAW, TARGET_DATA, P99_TARGET_MS, CPU_TARGET_MS = 0.6, 0.3, 50.0, 1.0
RAW_DATA, RAW_FULL = "raw data queries", "raw statements"


@dataclass
class Variant:
    name: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path = PROJECT_ROOT
    rounds: list[dict[str, Any]] = field(default_factory=list)

    @property
    def result(self) -> dict[str, Any]:
        """Each figure's median over the rounds."""

        def median(part: str, name: str) -> float:
            return float(statistics.median(one[part][name] for one in self.rounds))

        return {
            "saturation": {
                name: median("saturation", name)
                for name in ("throughput", "generator_cpu_ms", "errors", "p50", "p99")
            },
            "half": {
                name: median("half", name)
                for name in ("throughput", "p50", "p95", "p99", "max", "errors")
            },
            "server_cpu_ms": statistics.median(one["server_cpu_ms"] for one in self.rounds),
            "throughputs": [one["saturation"]["throughput"] for one in self.rounds],
        }


def rate_connections(rate: float) -> int:
    """Connections for the open loop at `rate`: 64, fewer below 16 requests a second so each
    is used again within 4 s (the servers close a keep-alive connection idle for 5 s, and a
    closed one would count as an error and a reconnect)."""
    return min(64, max(8, math.ceil(rate * 4)))


def variants(page: str, service_url: str, main: Path | None) -> list[Variant]:
    raw = [PYTHON, "-m", "bench.raw_server", "--page", page, "--port", str(PORT)]
    raw += ["--url", service_url]
    uvicorn = [PYTHON, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1"]
    uvicorn += ["--port", str(PORT), "--log-level", "warning", "--no-proxy-headers"]
    pure_python = list(uvicorn)
    uvicorn += ["--loop", "uvloop", "--http", "httptools"]  # as `serve` runs it
    api_env = {"SERVICE_DATABASE_URL": service_url, "TRAENING_POOL_SIZE": "10"}
    found = [
        Variant(RAW_DATA, [*raw, "--mode", "data"]),
        Variant(RAW_FULL, [*raw, "--mode", "full"]),
        Variant(
            "API, 1 worker", [*uvicorn, "--workers", "1"], {**api_env, "TRAENING_STEADY_GC": "1"}
        ),
        Variant(
            "API, 2 workers", [*uvicorn, "--workers", "2"], {**api_env, "TRAENING_STEADY_GC": "1"}
        ),
        Variant(
            # The hot routes answered by FastAPI's own handler (api.lean_route's reference).
            "API, 1 worker, reference handler",
            [*uvicorn, "--workers", "1"],
            {**api_env, "TRAENING_STEADY_GC": "1", "TRAENING_LEAN_ROUTES": "0"},
        ),
        Variant("API, 1 worker, GC untuned", [*uvicorn, "--workers", "1"], api_env),
        Variant(
            "API, 1 worker, h11 and asyncio",  # uvicorn's pure-Python paths, as before
            [*pure_python, "--workers", "1", "--loop", "asyncio", "--http", "h11"],
            {**api_env, "TRAENING_STEADY_GC": "1"},
        ),
    ]
    if main is not None:
        found.append(
            Variant(
                f"API of {main.name}, 1 worker",
                [*uvicorn, "--workers", "1"],
                {**api_env, "TRAENING_STEADY_GC": "1"},  # as "API, 1 worker"
                main,
            )
        )
    return found


class Server:
    """A variant's server in a process group of its own (uvicorn's workers included)."""

    def __init__(self, variant: Variant, logs: Path) -> None:
        env = {**os.environ, **variant.env, "PYTHONPATH": str(variant.cwd)}
        self.log = (logs / f"{variant.name.replace(' ', '_').replace(',', '')}.log").open("w")
        self.process = subprocess.Popen(
            variant.command, cwd=variant.cwd, env=env, stdout=self.log, stderr=self.log,
            start_new_session=True,
        )  # fmt: skip

    def wait_ready(self, seconds: float = 60.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise BenchError(f"The server stopped; see {self.log.name}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", PORT)) == 0:
                    time.sleep(1.0)  # a second worker may still be starting
                    return
            time.sleep(0.2)
        raise BenchError("The server did not start listening.")

    def cpu_seconds(self) -> float:
        """User and system CPU of every process in the server's group so far (live ones)."""
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == self.process.pid:  # pgrp: the group we started
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.log.close()


def load(
    paths: Path, key: BenchKey, mode: str, seconds: float, *, reset: Any = None, **more: Any
) -> dict[str, Any]:
    if reset is not None:
        reset()  # a booking page's earlier bookings deleted, so every slot is free again
    command = [PYTHON, "-m", "bench.load", "--port", str(PORT), "--paths", str(paths)]
    command += ["--mode", mode, "--seconds", str(seconds)]
    command += ["--header", f"Authorization: Bearer {api_key_text(key.prefix, key.secret)}"]
    for name, value in more.items():
        command += [f"--{name}", str(value)]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"The load generator failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def cursors(key: BenchKey, first: str, pages: int) -> list[str]:
    """next_cursor of the first `pages` pages, asked of the API (the walk's paths)."""
    found: list[str] = []
    path = first
    headers = {"Authorization": f"Bearer {api_key_text(key.prefix, key.secret)}"}
    for _ in range(pages):
        request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            cursor = json.loads(response.read())["next_cursor"]
        if cursor is None:
            break
        found.append(cursor)
        path = f"{first}&cursor={cursor}"
    return found


async def site_ids(url: str) -> tuple[Any, ...]:
    async with connect(url) as connection:
        rows = await connection.fetch(
            "SELECT s.id FROM sites s JOIN centres c ON c.id = s.centre_id ORDER BY s.code"
        )
        await connection.execute("TRUNCATE access_log")  # the bench's own entries pile up
    return tuple(row["id"] for row in rows)


async def sample_cases(url: str) -> tuple[Any, ...]:
    async with connect(url) as connection:
        rows = await connection.fetch(SAMPLE_CASES)
    return tuple(row["id"] for row in rows)


def measure(
    variant: Variant,
    options: argparse.Namespace,
    paths: Path,
    key: BenchKey,
    logs: Path,
    page: Page | None = None,
) -> None:
    log(f"{variant.name}: starting")
    server = Server(variant, logs)
    more: dict[str, Any] = {}
    if isinstance(page, scheduling.Scheduling):
        url = with_database(server_url(), options.database)
        more = {"expect": page.expect, "reset": lambda: asyncio.run(page.reset(url))}
    try:
        server.wait_ready()
        load(paths, key, "saturate", options.warmup, connections=options.connections, **more)
        cpu = server.cpu_seconds()
        saturated = load(
            paths, key, "saturate", options.seconds, connections=options.connections, **more
        )
        cpu = server.cpu_seconds() - cpu
        rate = saturated["throughput"] / 2
        log(f"{variant.name}: {saturated['throughput']} req/s saturated; now at {rate:.0f}/s")
        steady = load(
            paths, key, "rate", options.seconds, rate=rate, connections=rate_connections(rate),
            **more,
        )  # fmt: skip
        variant.rounds.append(
            {
                "saturation": saturated,
                "half": steady,
                "server_cpu_ms": cpu / max(saturated["requests"], 1) * 1000,
            }
        )
    finally:
        server.stop()


def report(
    page: str, found: Sequence[Variant], options: argparse.Namespace, facts: list[str]
) -> str:
    by_name = {variant.name: variant.result for variant in found}
    raw_full = by_name[RAW_FULL]["saturation"]["throughput"]
    raw_data = by_name.get(RAW_DATA, by_name[RAW_FULL])["saturation"]["throughput"]
    lines = [
        f"## {page}: over HTTP, load generator in its own process", "",
        f"`{' '.join(['.venv/bin/python -m bench.run', *sys.argv[1:]])}`", "", *facts, "",
        "| variant | saturation req/s | ÷ raw statements | ÷ raw data queries "
        "| saturated p50 / p99 ms "
        "| server CPU ms/req | generator CPU ms/req | errors | at req/s | p50 ms | p95 ms "
        "| p99 ms | max ms | req/s by round |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]  # fmt: skip
    for variant in found:
        saturated, half = variant.result["saturation"], variant.result["half"]
        throughput = saturated["throughput"]
        lines.append(
            f"| {variant.name} | {throughput:.0f} "
            f"| {throughput / raw_full:.2f} | {throughput / raw_data:.2f} "
            f"| {saturated['p50']:.1f} / {saturated['p99']:.1f} "
            f"| {variant.result['server_cpu_ms']:.2f} | {saturated['generator_cpu_ms']:.2f} "
            f"| {saturated['errors'] + half['errors']} | {half['throughput']:.0f} "
            f"| {half['p50']:.1f} | {half['p95']:.1f} | {half['p99']:.1f} | {half['max']:.1f} "
            f"| {', '.join(f'{one:.0f}' for one in variant.result['throughputs'])} |"
        )
    if page in scheduling.PAGES:
        lines += ["", *scheduling_verdicts(page, found, raw_full)]
    else:
        lines += ["", *verdicts(found, raw_full, raw_data)]
    return "\n".join(lines)


def verdicts(found: Sequence[Variant], raw_full: float, raw_data: float) -> list[str]:
    lines = []
    for variant in found:
        if not variant.name.startswith("API, "):
            continue
        saturated, half = variant.result["saturation"], variant.result["half"]
        checks = [
            (saturated["throughput"] / raw_full >= TARGET_RAW, f"≥ {TARGET_RAW} × raw statements"),
            (saturated["throughput"] / raw_data >= TARGET_DATA, f"≥ {TARGET_DATA} × raw data"),
            (half["p99"] < P99_TARGET_MS, f"p99 < {P99_TARGET_MS:.0f} ms at half saturation"),
        ]
        if "1 worker" in variant.name:
            checks.append((variant.result["server_cpu_ms"] < CPU_TARGET_MS, "CPU < 1.0 ms/req"))
        said = "; ".join(f"{'meets' if ok else 'misses'} {what}" for ok, what in checks)
        lines.append(f"- {variant.name}: {said}")
    return lines


# The scheduling targets (issue 12): at concurrency 4, at least 0.5 x raw asyncpg running the
# same statements, p99 under 100 ms for a booking and 50 ms for the week.
# The booking assistant's proposals (issue 13): p99 under 200 ms. The staff calendars (issue
# 13's lean reads) are held to the week's bound.
SCHEDULING_RAW = 0.5
SCHEDULING_P99 = {
    "week": 50.0, "booking": 100.0, "clash": 100.0, "proposals": 200.0, "calendar": 50.0,
}  # fmt: skip


def scheduling_verdicts(page: str, found: Sequence[Variant], raw_full: float) -> list[str]:
    lines = []
    bound = SCHEDULING_P99[page]
    for variant in found:
        if not variant.name.startswith("API, "):
            continue
        saturated, half = variant.result["saturation"], variant.result["half"]
        checks = [
            (saturated["throughput"] / raw_full >= SCHEDULING_RAW,
             f"≥ {SCHEDULING_RAW} × raw statements"),
            (saturated["p99"] < bound, f"p99 < {bound:.0f} ms at concurrency 4 (saturated)"),
            (half["p99"] < bound, f"p99 < {bound:.0f} ms at half that rate"),
        ]  # fmt: skip
        said = "; ".join(f"{'meets' if ok else 'misses'} {what}" for ok, what in checks)
        lines.append(f"- {variant.name}: {said}")
    return lines


def environment(options: argparse.Namespace) -> list[str]:
    load1, load5, _ = os.getloadavg()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=PROJECT_ROOT
    ).stdout.strip()
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit `{commit}`",
        f"- Machine: {os.cpu_count()} CPUs ({platform.machine()}), Python "
        f"{platform.python_version()}; load average at the start {load1:.1f} (5 min {load5:.1f})",
        f"- Each variant: {options.warmup:g} s warm-up, {options.seconds:g} s saturated with "
        f"{options.connections} connections, {options.seconds:g} s at half that rate; "
        f"{options.rounds} rounds, a different variant first in each; medians of the rounds",
    ]


def run_page(
    name: str, options: argparse.Namespace, context: Context, service: str, key: BenchKey
) -> str:
    """One page's variants, rounds and report (Markdown)."""
    page: Page
    if options.scheduling:
        page = scheduling.PAGES[name]
        asyncio.run(page.prepare(with_database(server_url(), options.database), context))
    else:
        page = PAGES[name]
    facts = environment(options)
    found = variants(name, service, options.main)
    if options.scheduling:  # the ceilings and the API as served; the week's data query too
        served = [RAW_FULL, "API, 1 worker", "API, 2 workers"]
        served += [RAW_DATA] * (name in ("week", "calendar"))
        found = [v for v in found if v.name in served or v.name.startswith("API of ")]
    if options.only:
        kept = (RAW_DATA, RAW_FULL, *options.only)
        found = [variant for variant in found if variant.name.startswith(kept)]
    found = [variant for variant in found if variant.name not in options.skip]
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        logs = Path(folder)
        paths = logs / "paths.txt"
        # The walk's cursors, asked of the API once (not measured).
        first = page.paths(context, [])[0]
        walk: list[str] = []
        if page.walk > 1:
            server = Server(found[2], logs)
            try:
                server.wait_ready()
                walk = cursors(key, first, page.walk - 1)
            finally:
                server.stop()
        paths.write_text("\n".join(page.paths(context, walk)) + "\n")
        log(f"{len(page.paths(context, walk))} paths: {paths.read_text()}")
        for number in range(options.rounds):
            # A different variant first in each round, so none always runs coldest.
            shift = number % len(found)
            for variant in found[shift:] + found[:shift]:
                measure(variant, options, paths, key, logs, page)
    facts.append(f"- Load average at the end {os.getloadavg()[0]:.1f}")
    return report(name, found, options, facts)


SCHEDULING_DATABASE = "traening_bench_scheduling"
SCHEDULING_CASES = 1000  # the worklist's seed, small: the calendar's own citizens come on top


def prepare_scheduling(url: str, reuse: bool) -> BenchKey:
    """The bench database with the scheduling seed (bench/scheduling.py), reused when asked
    and already seeded."""
    if reuse and asyncio.run(scheduling.seeded(url)):
        log("Reusing the scheduling seed.")
        migrate(url)
        return asyncio.run(api_key(url))
    key = prepare_database(url, SCHEDULING_CASES, False)
    asyncio.run(seed_scheduling(url))
    return key


async def seed_scheduling(url: str) -> None:
    started = time.perf_counter()
    async with connect(url) as connection:
        centre_id = await connection.fetchval("SELECT id FROM centres WHERE code = $1", CENTRE)
    await scheduling.seed(url, centre_id, today())
    found = await scheduling.seeded(url)
    log(f"Seeded {found} appointments in {time.perf_counter() - started:.1f} s.")


def main(argv: Sequence[str] | None = None) -> int:
    global PORT  # the servers', the load generator's and the probes' (--port)
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--page",
        choices=sorted({*PAGES, *scheduling.PAGES}),
        action="append",
        help="this page (default: every one of the set)",
    )
    parser.add_argument(
        "--scheduling",
        action="store_true",
        help="the scheduling pages (week, booking, clash, proposals, calendar) on their own "
        "database, at concurrency 4 unless --connections says otherwise",
    )
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="keep a seeded --database")
    parser.add_argument(
        "--database",
        help="the bench's own database (default: traening_bench, or traening_bench_scheduling)",
    )
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--connections", type=int)
    parser.add_argument("--rounds", type=int, default=2, help="medians over this many")
    parser.add_argument(
        "--port", type=int, default=PORT, help="the servers' port (another bench may hold one)"
    )
    parser.add_argument("--main", type=Path, help="another checkout to measure as a variant")
    parser.add_argument("--only", action="append", help="also run variants whose name starts so")
    parser.add_argument("--skip", action="append", default=[], help="leave out variants named so")
    options = parser.parse_args(argv)
    PORT = options.port
    if options.database is None:
        options.database = SCHEDULING_DATABASE if options.scheduling else DATABASE
    if options.connections is None:
        options.connections = 4 if options.scheduling else 16
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    try:
        url = with_database(server_url(), options.database)
        if options.scheduling:
            key = prepare_scheduling(url, options.reuse)
        else:
            key = prepare_database(url, options.cases, options.reuse)
        service = with_user(url, SERVICE_LOGIN)
        sites = asyncio.run(site_ids(url))
        cases = asyncio.run(sample_cases(url))
        context = Context(
            uuid.UUID(int=0), sites, WorkingDayCalendar(()), today(), key.id, case_ids=cases
        )
        every = scheduling.PAGES if options.scheduling else PAGES
        for name in options.page or list(every):
            print(run_page(name, options, context, service, key), flush=True)
    finally:
        if started_here and embedded_running():
            stop_embedded()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
