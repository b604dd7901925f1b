"""The default letters, printed to PDF and read back: what the citizen gets to see."""

from __future__ import annotations

import pytest

from api.letters import (
    DEFAULT_TEMPLATES,
    LetterContext,
    LetterKind,
    render_html,
    render_pdf,
)
from domain.errors import RuleViolation
from tests.letters import examples


def letter_text(kind: LetterKind, context: LetterContext, source: str | None = None) -> str:
    html = render_html(kind, DEFAULT_TEMPLATES[kind] if source is None else source, context)
    return examples.pdf_text(render_pdf(html))


def assert_complaint_guidance(text: str) -> None:
    """Klagevejledning: written, 28 days, the address, reassessment, Ankestyrelsen."""
    assert "Klagevejledning" in text
    assert "skriftlig" in text
    assert "senest 28 dage efter, at du har modtaget afgørelsen" in text
    assert (
        "Ishøj Kommune, Træningscenter Ishøj-Vallensbæk, Ældre og Rehabilitering, "
        "Ishøj Store Torv 20, 6. sal, 2635 Ishøj" in text
    )
    assert "aor@ishoj.dk, att. træning" in text
    assert "inden for 28 dage" in text
    assert "Ankestyrelsen" in text


def test_invitation_says_when_where_with_whom_and_how_to_cancel() -> None:
    text = letter_text(LetterKind.INVITATION, examples.invitation())

    assert "Birthe Hansen" in text
    assert "Vallensbæk Stationstorv 7" in text
    assert "Indkaldelse til indledende samtale og undersøgelse" in text
    # 09:30 UTC is 10:30 in Copenhagen in November.
    assert "mandag 16. november 2026 kl. 10.30" in text
    assert "Træningscenter Nord, Løkkekrogen 3, 2625 Vallensbæk" in text
    assert "Jonas Ergo" in text
    assert "briller" in text
    assert "medicin" in text
    assert "61 14 60 40, hverdage kl. 8-9" in text


def test_invitation_carries_no_complaint_guidance() -> None:
    """An invitation is no decision: nothing to complain about."""
    text = letter_text(LetterKind.INVITATION, examples.invitation())

    assert "Klagevejledning" not in text
    assert "Ankestyrelsen" not in text


def test_invitation_to_a_home_visit_names_the_citizens_home() -> None:
    text = letter_text(LetterKind.INVITATION, examples.invitation(place="home"))

    assert "Hjemme hos dig på Vallensbæk Stationstorv 7, 2625 Vallensbæk" in text
    assert "Løkkekrogen" not in text


def test_refusal_gives_its_reasons_and_the_complaint_guidance_with_the_deadline() -> None:
    text = letter_text(LetterKind.REFUSAL, examples.refusal())

    assert "Birthe Hansen" in text
    assert "Afgørelse: Afslag på træning" in text
    assert "besluttet at give dig afslag" in text
    assert "Serviceloven § 86, stk. 1" in text
    # The reasons are the staff's text (prefilled from the findings, then edited): the
    # default letter prints them, not the findings a second time.
    assert examples.REFUSAL_FINDINGS[0] not in text
    assert "Vi kan kun give ét tilbud ad gangen." in text
    assert "Kontakt os, når forløbet er slut." in text
    assert_complaint_guidance(text)
    assert "Sidste frist for at sende din klage er 21. december 2026" in text


def test_grant_says_what_was_granted_with_the_complaint_guidance() -> None:
    text = letter_text(LetterKind.GRANT, examples.grant())

    assert "Afgørelse: Du er bevilget træning" in text
    assert "Træning ved fysioterapeut og ergoterapeut" in text
    assert "holdtræning i træningscentret" in text
    assert "Gratis kørsel til og fra træningsstedet" in text
    assert_complaint_guidance(text)
    assert "21. december 2026" in text


def test_reassessment_upholds_the_decision_and_names_ankestyrelsen() -> None:
    text = letter_text(LetterKind.REASSESSMENT_UPHELD, examples.reassessment_upheld())

    assert "Revurdering: Vi fastholder afgørelsen" in text
    assert "vores afgørelse af 20. november 2026" in text
    assert "Vi modtog din klage 1. december 2026" in text
    assert "besluttet at fastholde afgørelsen" in text
    assert "10. december 2026 sendt din klage og sagens papirer til Ankestyrelsen" in text
    assert_complaint_guidance(text)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Kort brev.</p>",
        "<div><table><tr><td>Et bord, der aldrig lukkes",
        "<p>En kommentar, der aldrig lukkes <!-- ",
    ],
    ids=["short", "unclosed-elements", "unclosed-comment"],
)
def test_a_template_cannot_remove_the_complaint_guidance(body: str) -> None:
    """Rule: every decision letter carries the guidance after the body, whatever the body."""
    text = letter_text(LetterKind.REFUSAL, examples.refusal(), source=body)

    assert_complaint_guidance(text)
    assert "21. december 2026" in text


def test_text_from_the_case_is_escaped_and_kept_as_paragraphs() -> None:
    """Rule: free text is text: '<script>' in the reasons is shown, never run."""
    reasons = "Første afsnit <script>alert('x')</script>\nsamme afsnit\n\nAndet afsnit & mere"
    html = render_html(
        LetterKind.REFUSAL, DEFAULT_TEMPLATES[LetterKind.REFUSAL], examples.refusal(reasons=reasons)
    )

    assert "<script" not in html
    assert "Første afsnit &lt;script&gt;alert('x')&lt;/script&gt;<br>samme afsnit</p>" in html
    assert "<p>Andet afsnit &amp; mere</p>" in html


def test_the_document_is_complete_and_loads_nothing_from_outside() -> None:
    html = render_html(
        LetterKind.INVITATION, DEFAULT_TEMPLATES[LetterKind.INVITATION], examples.invitation()
    )

    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="da">' in html
    assert "size: A4" in html
    for resource in ("<script", "<link", "<img", "url(", "http://", "https://", "@import"):
        assert resource not in html


def test_a_letter_needs_the_part_its_kind_is_about() -> None:
    """Rule letter-context-missing: a refusal without a decision is not a letter."""
    context = examples.invitation()

    with pytest.raises(RuleViolation) as refused:
        render_html(LetterKind.REFUSAL, DEFAULT_TEMPLATES[LetterKind.REFUSAL], context)

    assert refused.value.rule == "letter-context-missing"
    assert refused.value.field == "decision"
