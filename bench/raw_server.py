"""The ceilings: a page's statements over raw asyncpg behind a bare HTTP server, no framework.

    python -m bench.raw_server --page worklist --mode data --port 8124 --url postgresql://...

- `--mode data`: the page's own data queries alone (no authentication, no access log).
- `--mode full`: every statement the API sends for the page (bench/pages.py), and the API
  key's check as the API makes it for a cached key (the secret's SHA-256 against the hash).

Answers each GET with the rows as a JSON array (pydantic_core), HTTP/1.1 keep-alive, on
127.0.0.1 only. One process on uvloop, one asyncpg pool: the same as one API worker.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import asyncpg
import uvloop
from pydantic_core import to_json

from api.security.secrets import digest, same
from bench import scheduling
from bench.pages import PAGES, SAMPLE_CASES, Context, Page, today
from domain.calendar import WorkingDayCalendar
from persistence.database import asyncpg_kwargs

HOST = "127.0.0.1"


async def context_of(pool: Any, centre_code: str, key_name: str) -> tuple[Context, str, str]:
    """The page's shared context, and the bench key's prefix and secret hash."""
    async with pool.acquire() as connection:
        centre_id = await connection.fetchval("SELECT id FROM centres WHERE code = $1", centre_code)
        sites = await connection.fetch(
            "SELECT id FROM sites WHERE centre_id = $1 ORDER BY code", centre_id
        )
        days = await connection.fetch(
            "SELECT day FROM closure_days WHERE centre_id = $1", centre_id
        )
        key = await connection.fetchrow(
            "SELECT id, prefix, secret_hash FROM api_keys WHERE centre_id = $1 AND name = $2",
            centre_id,
            key_name,
        )
        cases = await connection.fetch(SAMPLE_CASES)
    context = Context(
        centre_id=centre_id,
        site_ids=tuple(row["id"] for row in sites),
        calendar=WorkingDayCalendar(row["day"] for row in days),
        today=today(),
        key_id=key["id"] if key else uuid.UUID(int=0),
        case_ids=tuple(row["id"] for row in cases),
    )
    return context, key["prefix"] if key else "", key["secret_hash"] if key else ""


def answer(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 201: "Created", 401: "Unauthorized", 409: "Conflict",
              500: "Internal Server Error"}[status]  # fmt: skip
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode() + body


def serve(pool: Any, page: Page, context: Context, mode: str, key: tuple[str, str]) -> Any:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1]
                headers = {
                    name.strip().lower(): value.strip()
                    for name, _, value in (line.partition(":") for line in lines[1:] if line)
                }
                length = int(headers.get("content-length", "0"))
                body = await reader.readexactly(length) if length else b""
                try:
                    writer.write(await respond(target, headers, body))
                except Exception as error:  # answered 500: counted, not hidden
                    print(f"answered 500: {type(error).__name__}", file=sys.stderr, flush=True)
                    writer.write(answer(500, b"{}"))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def respond(target: str, headers: dict[str, str], body: bytes) -> bytes:
        if mode == "full" and not authorized(headers.get("authorization", "")):
            return answer(401, b"{}")
        query = dict(parse_qsl(urlsplit(target).query))
        if body:
            query.update(json.loads(body))  # a search's criteria
        elif page.name == "case":
            query["case_id"] = target.rsplit("/", 1)[1]
        if isinstance(page, scheduling.Scheduling):  # runs its own statements
            async with pool.acquire() as connection:
                found = await page.run(connection, target, query, context, mode)
            return answer(page.expect, to_json([tuple(row) for row in found]))
        planned = page.full(query, context) if mode == "full" else page.data(query, context)
        rows: list[Any] = []
        async with pool.acquire() as connection:
            if page.transaction and mode == "full":
                async with connection.transaction():
                    for statement, args in planned:
                        rows = await connection.fetch(statement.sql, *args)
            else:
                for statement, args in planned:
                    rows = await connection.fetch(statement.sql, *args)
        return answer(200, to_json([tuple(row) for row in rows]))

    def authorized(header: str) -> bool:
        parts = header[7:].strip().split("_", 2)
        prefix, secret_hash = key
        return len(parts) == 3 and parts[1] == prefix and same(secret_hash, digest(parts[2]))

    return handle


async def run(args: argparse.Namespace) -> None:
    pool = await asyncpg.create_pool(**asyncpg_kwargs(args.url), min_size=2, max_size=10)
    context, prefix, secret_hash = await context_of(pool, args.centre, args.key_name)
    page: Page = {**PAGES, **scheduling.PAGES}[args.page]
    await page.prepare(args.url, context)  # a captured page's statements
    handler = serve(pool, page, context, args.mode, (prefix, secret_hash))
    server = await asyncio.start_server(handler, HOST, args.port)
    async with server:
        await server.serve_forever()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.raw_server", description=__doc__)
    parser.add_argument("--page", choices=sorted({**PAGES, **scheduling.PAGES}), required=True)
    parser.add_argument("--mode", choices=("data", "full"), required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--centre", default="ishoj-vallensbaek")
    parser.add_argument("--key-name", default="bench")
    uvloop.run(run(parser.parse_args(argv)))  # the event loop the API is served on
    return 0


if __name__ == "__main__":
    sys.exit(main())
