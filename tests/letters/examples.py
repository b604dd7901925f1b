"""Hand-made letter contexts for the tests (fictitious people)."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

from pypdf import PdfReader

from api.letters import (
    DEFAULT_CENTRE,
    CaseInfo,
    CitizenInfo,
    ComplaintInfo,
    DecisionInfo,
    InvitationInfo,
    LetterContext,
    SiteInfo,
)

NORD = SiteInfo(
    name="Træningscenter Nord", address="Løkkekrogen 3, 2625 Vallensbæk", phone="51 53 12 91"
)
CITIZEN = CitizenInfo(name="Birthe Hansen", address="Vallensbæk Stationstorv 7, 2625 Vallensbæk")
CASE = CaseInfo(
    received_date=date(2026, 11, 2),
    legal_basis_name="Genoptræning (Serviceloven § 86, stk. 1)",
    legal_basis_citation="servicelovens § 86, stk. 1",
)
COMPLAINT_DEADLINE = date(2026, 12, 21)

# 09:30 UTC on Monday 16 November 2026 is 10:30 in Copenhagen (CET).
MEETING = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)

REFUSAL_FINDINGS = ["Du træner allerede hos en fysioterapeut for den samme lidelse."]
REFUSAL_REASONS = "Vi kan kun give ét tilbud ad gangen.\n\nKontakt os, når forløbet er slut."


def invitation(place: str = "site") -> LetterContext:
    at_site = place == "site"
    return LetterContext(
        centre=DEFAULT_CENTRE,
        site=NORD if at_site else None,
        citizen=CITIZEN,
        letter_date=date(2026, 11, 4),
        case=CASE,
        invitation=InvitationInfo(
            meeting_at=MEETING,
            place="site" if at_site else "home",
            site_name=NORD.name if at_site else None,
            site_address=NORD.address if at_site else None,
            therapist_name="Jonas Ergo",
            channel="letter",
        ),
    )


def refusal(reasons: str = REFUSAL_REASONS) -> LetterContext:
    return LetterContext(
        centre=DEFAULT_CENTRE,
        site=NORD,
        citizen=CITIZEN,
        letter_date=date(2026, 11, 20),
        case=CASE,
        decision=DecisionInfo(
            decided_on=date(2026, 11, 20), reasons=reasons, findings=REFUSAL_FINDINGS
        ),
        complaint_deadline=COMPLAINT_DEADLINE,
    )


def grant() -> LetterContext:
    return LetterContext(
        centre=DEFAULT_CENTRE,
        site=NORD,
        citizen=CITIZEN,
        letter_date=date(2026, 11, 20),
        case=CASE,
        decision=DecisionInfo(
            decided_on=date(2026, 11, 20),
            disciplines=["fysioterapeut", "ergoterapeut"],
            form="holdtræning i træningscentret",
            transport=True,
            reasons="",
            findings=["Du har mistet gangfunktion efter en lungebetændelse."],
        ),
        complaint_deadline=COMPLAINT_DEADLINE,
    )


def reassessment_upheld() -> LetterContext:
    return LetterContext(
        centre=DEFAULT_CENTRE,
        site=NORD,
        citizen=CITIZEN,
        letter_date=date(2026, 12, 10),
        case=CASE,
        decision=DecisionInfo(
            decided_on=date(2026, 11, 20), reasons=REFUSAL_REASONS, findings=REFUSAL_FINDINGS
        ),
        complaint=ComplaintInfo(
            received_on=date(2026, 12, 1),
            reassessed_on=date(2026, 12, 9),
            forwarded_on=date(2026, 12, 10),
        ),
    )


def pdf_text(pdf: bytes) -> str:
    """All pages' text, with every run of white space (line breaks, no-break spaces) as one."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# Templates that try to keep the server busy (see api/letters/sandbox.py and workers.py).

# From the hardening issue: 148 characters that kept the event loop busy for 35 s, each
# `sort` over 5,000 strings costing a single step of the old budget.
SORTING_TEMPLATE = (
    "{% set l = range(1000)|map('string')|list %}{% set m = l+l+l+l+l %}"
    "{% for j in range(1000) %}{{ m|sort|sort(reverse=true)|sort|length }}{% endfor %}"
)
# Well within every count of the sandbox (2,100 steps, 198,000 characters of output), but an
# attribute quote that never closes, again and again, makes Python's HTML parser (markup.py)
# take quadratic time: tens of seconds. Only the worker's time limit stops it.
PARSER_TEMPLATE = "{% for i in range(100) %}" + "x<p class='" * 180 + "{% endfor %}"


# A `{% set %}` block keeps its text in memory and never prints it, so the old output limit
# never saw it, and 1,000 loop steps were within the old budget: 1,000 × 19,000 four-byte
# characters, about 76 MB, from a template of 19,060 characters.
def memory_template(block: str = "set") -> str:
    text = "\U0001f600" * 19_000
    if block == "macro":
        return (
            "{% macro m() %}{% for i in range(1000) %}" + text + "{% endfor %}{% endmacro %}"
            "{{ m()|length }}"
        )
    return (
        "{% set kept %}{% for i in range(1000) %}" + text + "{% endfor %}{% endset %}<p>Kort.</p>"
    )
