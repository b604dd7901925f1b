"""Intake of hospital plans (GGOP) over HTTP, next to its raw ceiling, in one run.

    .venv/bin/python -m bench.intake        (make bench-intake)

Builds its own database (`traening_bench_intake`), then delivers `--messages` distinct
fictitious GGOP messages (each a new citizen) to each variant, `--concurrency` at a time:

- raw asyncpg: this process parses each message with the domain's hardened reader and writes
  what the API writes for it (the citizen, the case, its plan and three deadlines, the
  access-log entry, the kept message with its outcome), one transaction per message: the
  ceiling;
- API, 1 worker (and 2): `POST /api/v1/intake/ggop` to `uvicorn api.app:create_app` in a
  process group of its own, as `make run` serves it, with an API key that may register
  referrals, sent over keep-alive raw sockets (bench.load's client).

Every server is started first; each variant then sends `--warmup` unmeasured messages, and
the measured ones go in `--rounds` interleaved rounds: in each round every variant sends its
next share, one variant at a time, the order rotated from round to round, so that a change
in a shared machine's load falls on every variant alike. Each variant's citizens are its
own (the CPR serial's first digit). The report (Markdown) goes to stdout: throughput, the
ratio API ÷ raw (target ≥ 0.5), p50/p99 per message and the CPU per message of this process
and of the server; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg

from api.__main__ import migrate
from api.security.authentication import api_key_text, new_prefix
from api.security.secrets import digest, new_token
from bench.load import Connection
from bench.run import PYTHON, Server, Variant
from bench.seed import ADD_KEY, BenchError, connect, log, provision
from domain.access import Permission
from domain.casework import REHAB_PLAN_BASES, ReferralKind
from domain.intake import read_envelope, read_plan
from persistence.database import (
    PROJECT_ROOT,
    SERVICE_LOGIN,
    asyncpg_kwargs,
    embedded_running,
    recreate_database,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)

DATABASE = "traening_bench_intake"
TARGET_RATIO = 0.5
PLAN = (PROJECT_ROOT / "tests" / "fixtures" / "ggop" / "plan.xml").read_text(encoding="utf-8")
SCOPES = [
    Permission.CASES_READ.value,
    Permission.CASES_WRITE.value,
    Permission.CASES_ALL_SITES.value,
    Permission.CITIZENS_READ.value,
    Permission.CITIZENS_WRITE.value,
]


# The CPR serial's first digit of each variant's citizens (0: the warm-up's): with births
# from 1937 on, each of these dates the birth in the 1900s.
SERIES = (1, 2, 3, 4, 9)


def messages(count: int, run: str, series: int = 1, start: int = 0) -> list[bytes]:
    """`count` distinct plans: each its own message id and citizen (born from 1937 on, the
    serial starting with `series`, so the variants' citizens never meet)."""
    found = []
    for number in range(start, start + count):
        born = date(1937, 1, 1) + timedelta(days=number % 20000)
        cpr = f"{born:%d%m%y}{series}{number // 20000:03d}"
        text = PLAN.replace("GGOP-HVH-20261123-000417", f"GGOP-BENCH-{run}-{number:06d}")
        found.append(text.replace("1203451238", cpr).encode("utf-8"))
    return found


async def prepare(url: str) -> tuple[str, uuid.UUID]:
    """A fresh database with the centre and an API key that may register referrals."""
    await recreate_database(url)
    await asyncio.to_thread(migrate, url)
    centre_id = await provision(url)
    secret, prefix = new_token(), new_prefix()
    async with connect(url) as connection:
        await connection.execute(ADD_KEY, centre_id, "bench-intake", prefix, digest(secret), SCOPES)
    return api_key_text(prefix, secret), centre_id


@dataclass
class Timing:
    seconds: float
    latencies: list[float]  # per message, in seconds
    errors: int
    client_cpu: float = 0.0  # this process's CPU seconds over the run (raw: all its work)
    server_cpu: float | None = None  # the API server's CPU seconds over the run

    def add(self, other: Timing) -> None:
        self.seconds += other.seconds
        self.latencies += other.latencies
        self.errors += other.errors
        self.client_cpu += other.client_cpu
        if other.server_cpu is not None:
            self.server_cpu = (self.server_cpu or 0.0) + other.server_cpu

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


async def drive(
    items: Sequence[bytes], concurrency: int, send: Callable[[bytes], Awaitable[bool]]
) -> Timing:
    """`concurrency` workers taking the next message until none is left (closed loop)."""
    queue = list(reversed(items))
    latencies: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        while queue:
            raw = queue.pop()
            started = time.perf_counter()
            ok = await send(raw)
            latencies.append(time.perf_counter() - started)
            errors += 0 if ok else 1

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Timing(time.perf_counter() - started, latencies, errors, time.process_time() - cpu)


# --- The ceiling: the same writes over raw asyncpg ---------------------------------------

CITIZEN = """
INSERT INTO citizens (centre_id, cpr, birth_date, name, address, municipality_code,
                      general_practitioner, general_practitioner_clinic,
                      general_practitioner_provider_number)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
ON CONFLICT ON CONSTRAINT uq_citizens_centre_cpr DO NOTHING RETURNING id
"""
CASE = """
INSERT INTO cases (centre_id, citizen_id, site_id, legal_basis, referral_kind, received_at,
                   received_date, condition)
VALUES ($1, $2, $3, $5, $6, now(), current_date, $4) RETURNING id
"""
PLAN_ROW = """
INSERT INTO rehab_plans (case_id, hospital, department, plan_type, kl_codes, discharge_date,
                         health_start_date, free_choice_date)
VALUES ($1, $2, $3, $4, $5, $6::date, $7, $6::date + 7)
"""
DEADLINES = """
INSERT INTO case_deadlines (centre_id, case_id, kind, due_date)
SELECT $1, $2, kind, current_date + days
FROM (VALUES ('invitation', 7), ('training_start', 14), ('free_choice', 4)) AS d (kind, days)
"""
ACCESS_LOG = """
INSERT INTO access_log (centre_id, actor, request_id, operation, use, citizen_ids, client)
VALUES ($1, 'bench', 'bench', 'intake-receive_ggop', 'create', ARRAY[$2::uuid], 'bench')
"""
KEEP = """
INSERT INTO ggop_messages (centre_id, message_id, raw, received_at, status, case_id,
                           citizen_id, hospital, department, plan_type, discharge_date, receipt)
VALUES ($1, $2, $3, now(), 'mapped', $4, $5, $6, $7, $8, $9, $10::jsonb)
ON CONFLICT (centre_id, message_id) DO NOTHING RETURNING id
"""


Send = Callable[[bytes], Awaitable[bool]]


async def raw_sender(url: str, centre_id: uuid.UUID, pool: Any) -> Send:
    """The ceiling's work for one message: parse it, write what the API writes."""
    async with connect(url) as connection:
        site = await connection.fetchval(
            "SELECT id FROM sites WHERE centre_id = $1 AND code = 'syd'", centre_id
        )
    today = datetime.now(UTC).date()

    async def send(raw: bytes) -> bool:
        envelope = read_envelope(raw)
        plan = read_plan(envelope.plan, today=today)
        async with pool.acquire() as connection, connection.transaction():
            gp = plan.general_practitioner
            citizen = await connection.fetchval(
                CITIZEN, centre_id, plan.cpr.digits, plan.cpr.birth_date, plan.patient_name,
                plan.patient_address, plan.receiver_municipality, gp and gp.name,
                gp and gp.clinic, gp and gp.provider_number,
            )  # fmt: skip
            case = await connection.fetchval(
                CASE, centre_id, citizen, site, plan.condition, REHAB_PLAN_BASES[0],
                ReferralKind.REHAB_PLAN.value,
            )  # fmt: skip
            await connection.execute(
                PLAN_ROW, case, plan.hospital, plan.department, plan.plan_type.value,
                list(plan.plan_type.kl_codes), plan.discharge_date, plan.start_date,
            )  # fmt: skip
            await connection.execute(DEADLINES, centre_id, case)
            await connection.execute(ACCESS_LOG, centre_id, citizen)
            await connection.fetchval(
                KEEP, centre_id, envelope.message_id, raw, case, citizen, plan.hospital,
                plan.department, plan.plan_type.value, plan.discharge_date,
                '{"outcome": "positive"}',
            )  # fmt: skip
        return True

    return send


async def asyncpg_pool(url: str, size: int) -> Any:
    return await asyncpg.create_pool(**asyncpg_kwargs(url), min_size=size, max_size=size)


# --- Over HTTP ------------------------------------------------------------------------------


def free_port() -> int:
    """A port of its own: other benches on the machine listen on bench.run's."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class IntakeServer(Server):
    def __init__(self, variant: Variant, logs: Path, port: int) -> None:
        super().__init__(variant, logs)
        self.port = port

    def wait_ready(self, seconds: float = 60.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise BenchError(f"The server stopped; see {self.log.name}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    time.sleep(1.0)  # a second worker may still be starting
                    return
            time.sleep(0.2)
        raise BenchError("The server did not start listening.")


async def http_sender(key: str, port: int, n: int, idle: list[Connection]) -> Send:
    """`n` keep-alive connections over raw sockets (bench.load's client), kept in `idle` for
    the caller to close: the client's own CPU per message is a fraction of an HTTP
    library's, which on a machine of two cores would take it from the server. Each message
    goes as the whole request, built when it is sent (a few bytes joined)."""
    idle += [await Connection.open(port) for _ in range(n)]
    head = (
        f"POST /api/v1/intake/ggop HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n"
        f"Authorization: Bearer {key}\r\nContent-Type: application/xml\r\n"
    ).encode()
    failures: list[int] = []

    async def send(raw: bytes) -> bool:
        connection = idle.pop()
        try:
            status = await connection.get(head + b"Content-Length: %d\r\n\r\n" % len(raw) + raw)
        finally:
            idle.append(connection)
        if status != 201 and not failures:
            failures.append(status)
            log(f"First failure: {status}")
        return status == 201

    return send


def report(measured: Sequence[tuple[str, Timing]], facts: list[str]) -> str:
    raw = measured[0][1]
    lines = [
        "## GGOP intake: over HTTP vs. raw asyncpg", "",
        f"`{' '.join(['.venv/bin/python -m bench.intake', *sys.argv[1:]])}`", "", *facts, "",
        "| variant | messages | errors | seconds | messages/s | ÷ raw | p50 ms | p99 ms | max ms "
        "| bench process CPU ms/message | server CPU ms/message |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for name, timing in measured:
        lines.append(
            f"| {name} | {len(timing.latencies)} | {timing.errors} | {timing.seconds:.1f} "
            f"| {timing.throughput:.0f} | {timing.throughput / raw.throughput:.2f} "
            f"| {timing.percentile(0.5):.1f} | {timing.percentile(0.99):.1f} "
            f"| {max(timing.latencies) * 1000:.1f} "
            f"| {timing.client_cpu / len(timing.latencies) * 1000:.1f} "
            f"| {cpu_per_message(timing)} |"
        )
    lines.append("")
    for name, timing in measured[1:]:
        ratio = timing.throughput / raw.throughput
        said = "meets" if ratio >= TARGET_RATIO else "misses"
        lines.append(f"- {name}: {said} ≥ {TARGET_RATIO} × raw asyncpg ({ratio:.2f})")
    return "\n".join(lines)


def cpu_per_message(timing: Timing) -> str:
    if timing.server_cpu is None:
        return "-"
    return f"{timing.server_cpu / len(timing.latencies) * 1000:.1f}"


def environment(options: argparse.Namespace) -> list[str]:
    load1, load5, _ = os.getloadavg()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=PROJECT_ROOT
    ).stdout.strip()
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit `{commit}`",
        f"- Machine: {os.cpu_count()} CPUs ({platform.machine()}), Python "
        f"{platform.python_version()}; load average at the start {load1:.1f} (5 min {load5:.1f})",
        f"- {options.messages} distinct messages per variant (each a new citizen), "
        f"{options.concurrency} at a time, in {options.rounds} interleaved rounds (each round "
        f"every variant in turn, the order rotated); {options.warmup} unmeasured messages per "
        "variant first",
    ]


@dataclass
class Contender:
    name: str
    items: list[bytes]
    send: Send | None = None
    server: IntakeServer | None = None
    timing: Timing | None = None


async def measure(
    contenders: list[Contender], key: str, url: str, centre_id: uuid.UUID, options: Any
) -> None:
    """Warm every variant up, then run the rounds: in each, every variant sends its next
    share of messages, one variant at a time, in an order rotated round by round, so a
    change in the machine's load falls on all of them alike."""
    n = options.concurrency
    pool = await asyncpg_pool(url, n)
    connections: list[list[Connection]] = []
    try:
        for contender in contenders:
            if contender.server is None:
                contender.send = await raw_sender(url, centre_id, pool)
            else:
                own: list[Connection] = []  # this server's connections, its sender's own
                connections.append(own)
                contender.send = await http_sender(key, contender.server.port, n, own)
        for index, contender in enumerate(contenders):
            assert contender.send is not None
            warm = messages(options.warmup, f"warm{index}", series=0, start=index * 1000)
            await drive(warm, n, contender.send)
        share = -(-options.messages // options.rounds)
        for round_ in range(options.rounds):
            log(f"Round {round_ + 1} of {options.rounds} ...")
            turn = round_ % len(contenders)
            for contender in contenders[turn:] + contenders[:turn]:
                assert contender.send is not None
                chunk = contender.items[round_ * share : (round_ + 1) * share]
                cpu = contender.server.cpu_seconds() if contender.server else None
                timing = await drive(chunk, n, contender.send)
                if contender.server is not None and cpu is not None:
                    timing.server_cpu = contender.server.cpu_seconds() - cpu
                if contender.timing is None:
                    contender.timing = timing
                else:
                    contender.timing.add(timing)
    finally:
        for own in connections:
            for connection in own:
                connection.close()
        await pool.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.intake", description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds")
    parser.add_argument("--warmup", type=int, default=40, help="unmeasured messages a variant")
    parser.add_argument("--database", default=DATABASE, help="the bench's own database")
    parser.add_argument(
        "--workers", type=int, action="append", help="API worker processes (default: 1 and 2)"
    )
    options = parser.parse_args(argv)
    options.workers = options.workers or [1, 2]
    if len(options.workers) + 1 > len(SERIES):
        parser.error(f"at most {len(SERIES) - 1} API variants")
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    servers: list[IntakeServer] = []
    try:
        url = with_database(server_url(), options.database)
        log(f"Recreating {options.database} ...")
        key, centre_id = asyncio.run(prepare(url))
        service = with_user(url, SERVICE_LOGIN)
        facts = environment(options)
        contenders = [
            Contender("raw asyncpg (parse + insert)", messages(options.messages, "raw", SERIES[0]))
        ]
        env = {"SERVICE_DATABASE_URL": service, "TRAENING_STEADY_GC": "1"}
        with tempfile.TemporaryDirectory(prefix="bench-intake-") as folder:
            for index, workers in enumerate(options.workers, start=1):
                name = f"API, {workers} worker{'s' if workers > 1 else ''}"
                port = free_port()
                uvicorn = [PYTHON, "-m", "uvicorn", "api.app:create_app", "--factory"]
                uvicorn += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
                uvicorn += ["--no-proxy-headers", "--loop", "uvloop", "--http", "httptools"]
                # The connections wait while the other variants take their turn.
                uvicorn += ["--timeout-keep-alive", "600"]
                variant = Variant(name, [*uvicorn, "--workers", str(workers)], env)
                servers.append(IntakeServer(variant, Path(folder), port))
                items = messages(options.messages, f"api{workers}", SERIES[index])
                contenders.append(Contender(name, items, server=servers[-1]))
            for server in servers:
                server.wait_ready()
            asyncio.run(measure(contenders, key, service, centre_id, options))
        measured = []
        for contender in contenders:
            assert contender.timing is not None
            if contender.timing.errors:
                raise BenchError(
                    f"{contender.name}: {contender.timing.errors} messages were not answered 201."
                )
            measured.append((contender.name, contender.timing))
        facts.append(f"- Load average at the end {os.getloadavg()[0]:.1f}")
        print(report(measured, facts), flush=True)
    finally:
        for server in servers:
            server.stop()
        if started_here and embedded_running():
            stop_embedded()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
