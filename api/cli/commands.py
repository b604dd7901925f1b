"""`traening`: the command line for scripts and staff's bulk work, talking to the API over
HTTP with an API key (`TRAENING_API_KEY`) at `TRAENING_URL` (default http://127.0.0.1:8000).

The server's own administration (serve, migrate, create-user, retention) stays in
`python -m api`; this tool is a client like any integration.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import httpx
import typer

from api.cli.exporter import export_cases
from api.cli.importer import Outcome, import_referrals, problem_text
from api.cli.referral_rows import COLUMNS, FileRefused
from domain.calendar import COPENHAGEN

DEFAULT_URL = "http://127.0.0.1:8000"
MAX_FILE_BYTES = 50 * 1024 * 1024
TIMEOUT = httpx.Timeout(30.0)
T = TypeVar("T")

app = typer.Typer(
    name="traening",
    help="Træningscenter Ishøj-Vallensbæk over API'et: import af henvendelser, eksport af "
    "sager, hverdagsberegneren og genoptræningsplaner (GGOP).",
    no_args_is_help=True,
    add_completion=False,
)


def _client(*, key_required: bool = True) -> httpx.AsyncClient:
    """A client of the API named by the environment, with the API key when one is set."""
    key = os.environ.get("TRAENING_API_KEY", "")
    if key_required and not key:
        typer.echo("Sæt TRAENING_API_KEY til en API-nøgle (tck_...).", err=True)
        raise typer.Exit(2)
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    base = os.environ.get("TRAENING_URL", DEFAULT_URL).rstrip("/")
    return httpx.AsyncClient(base_url=base, headers=headers, timeout=TIMEOUT)


def _run(work: Callable[[httpx.AsyncClient], Coroutine[Any, Any, T]], **options: Any) -> T:
    async def main() -> T:
        async with _client(**options) as client:
            return await work(client)

    try:
        return asyncio.run(main())
    except httpx.HTTPStatusError as error:
        typer.echo(f"API'et svarede {problem_text(error.response)}", err=True)
        raise typer.Exit(1) from None
    except httpx.TransportError as error:
        typer.echo(f"API'et kan ikke nås: {type(error).__name__}", err=True)
        raise typer.Exit(1) from None


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_FILE_BYTES:
        typer.echo(f"{path.name} er større end {MAX_FILE_BYTES // (1024 * 1024)} MiB.", err=True)
        raise typer.Exit(2)
    return path.read_bytes()


@app.command("import-referrals")
def import_referrals_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV-filen.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Kontrollér rækkerne; send intet.")
    ] = False,
    concurrency: Annotated[int, typer.Option(min=1, max=8, help="Rækker ad gangen.")] = 4,
) -> None:
    """Importér henvendelser fra CSV (UTF-8, komma eller semikolon).

    Kolonner: cpr, name, address, municipality_code, legal_basis, site (matriklens kode),
    received_at (ÅÅÅÅ-MM-DD eller ISO 8601), condition; for en genoptræningsplan hospital,
    department, plan_type, discharge_date og evt. health_start_date; for en ansøgning channel
    og submitter; valgfrit phone og sender_reference. Hver række rapporteres som oprettet,
    sprunget over (dublet) eller afvist med grunden. En ny kørsel af samme fil opretter intet
    nyt: rækkens nøgle er en hash af dens indhold.
    """
    try:
        text = _read(file).decode("utf-8-sig")
    except UnicodeDecodeError:
        typer.echo("Filen er ikke UTF-8.", err=True)
        raise typer.Exit(2) from None
    today = datetime.now(UTC).astimezone(COPENHAGEN).date()
    lines = max(0, text.count("\n") - 1) or 1

    async def work(client: httpx.AsyncClient) -> list[Any]:
        with typer.progressbar(length=lines, label="Rækker", file=sys.stderr) as bar:
            return await import_referrals(
                client, text, today=today, dry_run=dry_run, concurrency=concurrency,
                progress=bar.update,
            )  # fmt: skip

    try:
        reports = _run(work)
    except FileRefused as error:
        typer.echo(f"Filen blev ikke importeret: {error}", err=True)
        raise typer.Exit(2) from None
    for report in reports:
        case = f" (sag {report.case_id})" if report.case_id else ""
        detail = f": {report.detail}" if report.detail else ""
        typer.echo(f"række {report.line}: {report.outcome.value}{case}{detail}")
    counts = {outcome: sum(r.outcome is outcome for r in reports) for outcome in Outcome}
    typer.echo(
        ", ".join(f"{n} {outcome.value}" for outcome, n in counts.items() if n) or "0 rækker"
    )
    if counts[Outcome.REFUSED]:
        raise typer.Exit(1)


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@app.command("export-cases")
def export_cases_command(
    out: Annotated[Path, typer.Argument(dir_okay=False, help="CSV-filen der skrives.")],
    status: Annotated[
        CaseStatus, typer.Option(help="open (åbne), closed (afsluttede) eller all (alle).")
    ] = CaseStatus.ALL,
    site_id: Annotated[str | None, typer.Option(help="Kun denne matrikel (id).")] = None,
    legal_basis: Annotated[str | None, typer.Option(help="Kun dette lovgrundlag.")] = None,
    received_from: Annotated[
        str | None, typer.Option(help="Modtaget denne dag eller senere, ÅÅÅÅ-MM-DD.")
    ] = None,
    received_to: Annotated[
        str | None, typer.Option(help="Modtaget denne dag eller før, ÅÅÅÅ-MM-DD.")
    ] = None,
) -> None:
    """Eksportér sagerne (åbne og afsluttede, efter modtagelsesdag) til CSV med semikolon.

    Nøglen skal have cases.read og cases.all_sites. API'et logger hver side som en udlevering
    af borgernes oplysninger. Ingen CPR-numre og ingen helbredsoplysninger i filen.
    """
    for name, value in (("received-from", received_from), ("received-to", received_to)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                typer.echo(f"--{name} skal være en dato, ÅÅÅÅ-MM-DD.", err=True)
                raise typer.Exit(2) from None
    filters = {
        name: value
        for name, value in (
            ("status", status.value), ("site_id", site_id), ("legal_basis", legal_basis),
            ("received_from", received_from), ("received_to", received_to),
        )
        if value
    }  # fmt: skip

    async def work(client: httpx.AsyncClient) -> int:
        with out.open("w", encoding="utf-8", newline="") as handle:
            return await export_cases(client, handle, filters=filters)

    written = _run(work)
    typer.echo(f"{written} sager skrevet til {out}.")


@app.command("working-days")
def working_days_command(
    start: Annotated[str, typer.Argument(help="Startdagen, ÅÅÅÅ-MM-DD (dag 0).")],
    days: Annotated[int, typer.Argument(min=0, max=30_000, help="Antal hverdage der lægges til.")],
) -> None:
    """Læg hverdage til en dato efter centrets kalender (helligdage og lukkedage)."""
    try:
        date.fromisoformat(start)
    except ValueError:
        typer.echo("Startdagen skal skrives ÅÅÅÅ-MM-DD.", err=True)
        raise typer.Exit(2) from None

    async def work(client: httpx.AsyncClient) -> Any:
        response = await client.get(
            "/api/v1/working-days/add", params={"start": start, "days": days}
        )
        response.raise_for_status()
        return response.json()

    answer = _run(work, key_required=False)  # the calculator is public
    typer.echo(answer["date"])


@app.command("upload-ggop")
def upload_ggop_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="MedCom-beskeden.")],
) -> None:
    """Send en genoptræningsplan (MedCom GGOP, XML) til POST /intake/ggop og vis svaret."""
    body = _read(file)

    async def work(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post(
            "/api/v1/intake/ggop",
            content=body,
            headers={
                "Content-Type": "application/xml",
                "Idempotency-Key": "ggop-" + hashlib.sha256(body).hexdigest()[:48],
            },
        )

    response = _run(work)
    typer.echo(f"HTTP {response.status_code}")
    typer.echo(response.text)
    if response.status_code >= 400:
        raise typer.Exit(1)


def main() -> None:
    """The console script `traening`."""
    app()


__all__ = ["COLUMNS", "app", "main"]
