"""Referrals in a CSV file: the columns, and each row checked and turned into the bodies of
`POST /citizens` and `POST /referrals` before anything is sent.

A row is checked whole here (its CPR number, dates, codes and site), so a row the server
would refuse for its shape is reported and never half sent. Its idempotency keys and, when
the file gives none, its sender reference are a hash of its content: the same row sent again,
today or next year, opens no second case.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.calendar import COPENHAGEN
from domain.casework import APPLICATION_BASES, REHAB_PLAN_BASES, Channel, PlanType, Submitter
from domain.citizens import MUNICIPALITIES, Cpr
from domain.errors import RuleViolation

# Every row: the citizen, and the referral.
COMMON = (
    "cpr", "name", "address", "municipality_code", "legal_basis", "site", "received_at",
    "condition",
)  # fmt: skip
# A hospital plan's and an application's own columns; the other kind's are left empty.
PLAN = ("hospital", "department", "plan_type", "discharge_date")
APPLICATION = ("channel", "submitter")
OPTIONAL = ("phone", "sender_reference", "health_start_date")
COLUMNS = (*COMMON, *PLAN, *APPLICATION, *OPTIONAL)
REQUIRED = COMMON
# The sender system of a reference the importer makes from a row's content.
CSV_SENDER = "CSV-import"
MAX_ROWS = 100_000
MAX_CELL = 500


class FileRefused(Exception):
    """The file as a whole cannot be imported (its header); nothing is sent."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the file: its line number, and what it asks for or why it is refused."""

    line: int
    digest: str
    citizen: dict[str, Any] = field(default_factory=dict)
    referral: dict[str, Any] = field(default_factory=dict)
    site: str = ""
    problems: tuple[str, ...] = ()

    @property
    def citizen_key(self) -> str:
        return f"csv-citizen-{self.digest[:48]}"

    @property
    def referral_key(self) -> str:
        return f"csv-referral-{self.digest[:48]}"


def read_rows(text: str, *, today: date) -> list[Row]:
    """Every data row of the file, checked; FileRefused when the header is wrong."""
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [name.strip() for name in next(reader, [])]
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise FileRefused(f"Ukendte kolonner: {', '.join(unknown)}. Kendte: {', '.join(COLUMNS)}.")
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise FileRefused(f"Kolonner mangler: {', '.join(missing)}.")
    if len(set(header)) != len(header):
        raise FileRefused("En kolonne står to gange i overskriften.")
    rows: list[Row] = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue  # an empty line
        if len(rows) >= MAX_ROWS:
            raise FileRefused(f"Filen har mere end {MAX_ROWS} rækker.")
        rows.append(_row(reader.line_num, header, cells, today))
    return rows


def _row(line: int, header: list[str], cells: list[str], today: date) -> Row:
    digest = hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode()).hexdigest()
    if len(cells) != len(header):
        more = "flere" if len(cells) > len(header) else "færre"
        counted = f"({len(cells)} mod {len(header)})"
        problem = f"ukendt kolonne: rækken har {more} felter end overskriften {counted}"
        return Row(line, digest, problems=(problem,))
    values = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
    problems: list[str] = []
    for name, value in values.items():
        if len(value) > MAX_CELL:
            problems.append(f"{name}: højst {MAX_CELL} tegn")
    for name in REQUIRED:
        if not values.get(name):
            problems.append(f"{name}: skal udfyldes")
    citizen = _citizen(values, today, problems)
    referral = _referral(values, today, problems)
    return Row(line, digest, citizen, referral, values.get("site", ""), tuple(problems))


def _citizen(values: dict[str, str], today: date, problems: list[str]) -> dict[str, Any]:
    cpr = values.get("cpr", "")
    if cpr:
        try:
            cpr = Cpr.parse(cpr, today=today).formatted()
        except RuleViolation as error:
            problems.append(f"cpr: {error.message}")  # the message never repeats the number
    municipality = values.get("municipality_code", "")
    if municipality and municipality not in MUNICIPALITIES:
        problems.append("municipality_code: ukendt kommunenummer")
    body: dict[str, Any] = {
        "cpr": cpr,
        "name": values.get("name", ""),
        "address": values.get("address", ""),
        "municipality_code": municipality,
    }
    if values.get("phone"):
        body["phone"] = values["phone"]
    return body


def _referral(values: dict[str, str], today: date, problems: list[str]) -> dict[str, Any]:
    basis = values.get("legal_basis", "")
    body: dict[str, Any] = {"legal_basis": basis, "condition": values.get("condition", "")}
    received = _moment(values.get("received_at", ""), problems)
    if received is not None:
        if received.astimezone(COPENHAGEN).date() > today:
            problems.append("received_at: ligger i fremtiden")
        body["received_at"] = received.isoformat()
    if values.get("sender_reference"):
        body["sender_reference"] = values["sender_reference"]
    if basis in REHAB_PLAN_BASES:
        _need(values, PLAN, problems)
        body.update(hospital=values.get("hospital", ""), department=values.get("department", ""))
        body["plan_type"] = _member(values, "plan_type", PlanType, problems)
        discharge = _day(values, "discharge_date", problems)
        body["discharge_date"] = discharge.isoformat() if discharge else None
        later = _day(values, "health_start_date", problems)
        if later is not None:
            body["health_start_date"] = later.isoformat()
            if discharge is not None and later < discharge:
                problems.append("health_start_date: før udskrivelsesdatoen")
    elif basis in APPLICATION_BASES:
        _need(values, APPLICATION, problems)
        body["channel"] = _member(values, "channel", Channel, problems)
        body["submitter"] = _member(values, "submitter", Submitter, problems)
    elif basis:
        known = ", ".join((*REHAB_PLAN_BASES, *APPLICATION_BASES))
        problems.append(f"legal_basis: ukendt lovgrundlag (kendte: {known})")
    return body


def _need(values: dict[str, str], names: tuple[str, ...], problems: list[str]) -> None:
    for name in names:
        if not values.get(name):
            problems.append(f"{name}: skal udfyldes for dette lovgrundlag")


def _member(
    values: dict[str, str],
    name: str,
    kind: type[PlanType | Channel | Submitter],
    problems: list[str],
) -> str:
    value = values.get(name, "")
    if value and value not in {member.value for member in kind}:
        problems.append(f"{name}: ukendt værdi (kendte: {', '.join(m.value for m in kind)})")
    return value


def _day(values: dict[str, str], name: str, problems: list[str]) -> date | None:
    text = values.get(name, "")
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(f"{name}: ugyldig dato (brug ÅÅÅÅ-MM-DD)")
        return None


def _moment(text: str, problems: list[str]) -> datetime | None:
    """A moment with its offset, or a day (its start in Copenhagen)."""
    if not text:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=COPENHAGEN)
        moment = datetime.fromisoformat(text)
    except ValueError:
        problems.append("received_at: ugyldig dato eller tid (brug ÅÅÅÅ-MM-DD eller ISO 8601)")
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=COPENHAGEN)
    return moment


def referral_body(row: Row, *, citizen_id: str, site_id: str) -> dict[str, Any]:
    """The referral as sent: with its citizen and site, and a sender reference (the row's
    hash, when the file gives none) that keeps a rerun from opening a second case."""
    body = {**row.referral, "citizen_id": citizen_id, "site_id": site_id}
    if "sender_reference" not in body:
        body["sender_reference"] = f"csv-{row.digest[:40]}"
        body["sender_system"] = CSV_SENDER
    return body
