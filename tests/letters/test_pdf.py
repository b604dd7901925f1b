"""PDFs: the same input gives the same bytes, and the bundle for Ankestyrelsen."""

from __future__ import annotations

import hashlib
import time

from api.letters import (
    DEFAULT_TEMPLATES,
    LetterKind,
    appeals_bundle,
    content_hash,
    render_html,
    render_pdf,
    render_text_pdf,
)
from tests.letters import examples


def refusal_pdf() -> bytes:
    kind = LetterKind.REFUSAL
    return render_pdf(render_html(kind, DEFAULT_TEMPLATES[kind], examples.refusal()))


def test_the_same_letter_renders_to_the_same_bytes() -> None:
    """Rule: a letter's content hash is stable, so a stored letter can be verified."""
    first, second = refusal_pdf(), refusal_pdf()

    assert first.startswith(b"%PDF-")
    assert first == second
    assert content_hash(first) == content_hash(second)


def test_the_pdf_carries_no_date_of_its_making() -> None:
    pdf = refusal_pdf()

    assert b"/CreationDate" not in pdf
    assert b"/ModDate" not in pdf


def test_content_hash_is_the_sha256_in_hex() -> None:
    pdf = refusal_pdf()

    assert content_hash(pdf) == hashlib.sha256(pdf).hexdigest()
    assert len(content_hash(pdf)) == 64


def test_a_text_document_uses_the_letters_layout() -> None:
    pdf = render_text_pdf(
        "Resumé af klagen",
        ["Borgeren klager over afslaget <b>af</b> 20. november 2026.", "Klagen kom\nrettidigt."],
    )
    text = examples.pdf_text(pdf)

    assert examples.page_count(pdf) == 1
    assert "Træningscenter Ishøj-Vallensbæk" in text
    assert "Resumé af klagen" in text
    assert "Borgeren klager over afslaget <b>af</b> 20. november 2026." in text
    assert "Klagen kom rettidigt." in text
    assert pdf == render_text_pdf(
        "Resumé af klagen",
        ["Borgeren klager over afslaget <b>af</b> 20. november 2026.", "Klagen kom\nrettidigt."],
    )


def test_the_appeals_bundle_holds_every_page_of_its_parts_in_order() -> None:
    decision = refusal_pdf()
    complaint = render_text_pdf("Resumé af klagen", ["Borgeren er uenig i afslaget."])
    reassessment = render_text_pdf("Revurdering", ["Centret fastholder afgørelsen."])
    parts = [decision, complaint, reassessment]

    bundle = appeals_bundle(parts)
    text = examples.pdf_text(bundle)

    assert examples.page_count(bundle) == sum(examples.page_count(part) for part in parts)
    assert text.index("Afslag på træning") < text.index("Resumé af klagen")
    assert text.index("Resumé af klagen") < text.index("Centret fastholder afgørelsen")
    assert bundle == appeals_bundle(parts)


def test_one_letter_renders_in_well_under_a_second() -> None:
    refusal_pdf()  # fonts loaded once
    started = time.perf_counter()
    refusal_pdf()
    assert time.perf_counter() - started < 2.0
