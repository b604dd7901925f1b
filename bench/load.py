"""The load generator: its own process, HTTP/1.1 keep-alive requests to one server on loopback.

    python -m bench.load --port 8123 --paths paths.txt --mode saturate --connections 16
    python -m bench.load --port 8123 --paths paths.txt --mode rate --rate 300

- `saturate`: closed loop, each connection sends its next request as soon as the answer is
  in, for `--seconds`: the server's throughput at saturation.
- `rate`: open loop, request i is due at start + i / rate whatever the answers do; latency
  is counted from that due time (a request waiting for a free connection waits on the clock,
  so a stalled server is not hidden: no coordinated omission).

The paths are sent round-robin (bookings each once: give more than will be sent);
`--header` lines go with every request; an answer other than `--expect` (200) is an error.
Prints one JSON object: requests, errors, seconds, throughput, p50/p95/p99/max in ms, and
this process's CPU per request. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HOST = "127.0.0.1"


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(HOST, port)
        return cls(reader, writer)

    async def get(self, request: bytes) -> int:
        """Send one request, read its whole answer; the status code."""
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        if length:
            await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        self.writer.close()


def requests_for(paths: Sequence[str], headers: Sequence[str]) -> list[bytes]:
    """A line is a GET's path, or `POST<tab>path<tab>JSON body`."""
    extra = "".join(f"{header}\r\n" for header in headers)
    found = []
    for line in paths:
        method, path, body = line.split("\t") if "\t" in line else ("GET", line, "")
        if body:
            extra_body = (
                f"Content-Type: application/json\r\nContent-Length: {len(body.encode())}\r\n"
            )
        else:
            extra_body = ""
        found.append(
            f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: keep-alive\r\n"
            f"{extra}{extra_body}\r\n{body}".encode()
        )
    return found


class Tally:
    expect = 200  # the status every answer should have (201 for a booking, 409 for a clash)

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors = 0
        self.statuses: dict[int, int] = {}

    def add(self, status: int, seconds: float) -> None:
        self.latencies.append(seconds)
        if status != self.expect:
            self.errors += 1
            self.statuses[status] = self.statuses.get(status, 0) + 1


async def saturate(port: int, requests: list[bytes], connections: int, seconds: float) -> Tally:
    tally = Tally()
    opened = [await Connection.open(port) for _ in range(connections)]
    end = time.perf_counter() + seconds
    counter = iter(range(10**12))

    async def client(connection: Connection) -> None:
        while (now := time.perf_counter()) < end:
            try:
                status = await connection.get(requests[next(counter) % len(requests)])
            except (asyncio.IncompleteReadError, ConnectionError):
                status, connection = 0, await Connection.open(port)  # a dropped connection
            tally.add(status, time.perf_counter() - now)

    await asyncio.gather(*(client(connection) for connection in opened))
    for connection in opened:
        connection.close()
    return tally


async def at_rate(
    port: int, requests: list[bytes], connections: int, seconds: float, rate: float
) -> Tally:
    tally = Tally()
    idle: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(connections):
        idle.put_nowait(await Connection.open(port))
    start = time.perf_counter()
    total = int(seconds * rate)
    pending: set[asyncio.Task[None]] = set()

    async def send(number: int, due: float) -> None:
        connection = await idle.get()
        try:
            status = await connection.get(requests[number % len(requests)])
        except (asyncio.IncompleteReadError, ConnectionError):
            status, connection = 0, await Connection.open(port)  # counted as an error
        tally.add(status, time.perf_counter() - due)
        idle.put_nowait(connection)

    for number in range(total):
        due = start + number / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(send(number, due))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)
    while not idle.empty():
        idle.get_nowait().close()
    return tally


def percentile(ordered: Sequence[float], share: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def summary(tally: Tally, seconds: float, cpu: float) -> dict[str, object]:
    ordered = sorted(tally.latencies)
    count = len(ordered)
    return {
        "requests": count,
        "errors": tally.errors,
        "statuses": tally.statuses,
        "seconds": round(seconds, 3),
        "throughput": round(count / seconds, 1) if seconds else 0.0,
        "p50": round(percentile(ordered, 0.50), 2),
        "p95": round(percentile(ordered, 0.95), 2),
        "p99": round(percentile(ordered, 0.99), 2),
        "max": round(ordered[-1] * 1000, 2) if ordered else None,
        "generator_cpu_ms": round(cpu / count * 1000, 3) if count else None,
    }


async def run(args: argparse.Namespace, requests: list[bytes]) -> dict[str, object]:
    cpu, started = time.process_time(), time.perf_counter()
    if args.mode == "saturate":
        tally = await saturate(args.port, requests, args.connections, args.seconds)
    else:
        tally = await at_rate(args.port, requests, args.connections, args.seconds, args.rate)
    return summary(tally, time.perf_counter() - started, time.process_time() - cpu)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--paths", required=True, help="file with one path per line")
    parser.add_argument("--header", action="append", default=[], help="'Name: value'")
    parser.add_argument("--mode", choices=("saturate", "rate"), required=True)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--rate", type=float, default=100.0, help="requests/s (rate mode)")
    parser.add_argument("--expect", type=int, default=200, help="the status of every answer")
    args = parser.parse_args(argv)
    Tally.expect = args.expect
    paths = [line for line in Path(args.paths).read_text().splitlines() if line]
    print(json.dumps(asyncio.run(run(args, requests_for(paths, args.header)))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
