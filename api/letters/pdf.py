"""PDF: a letter's HTML printed with WeasyPrint, and the bundle for Ankestyrelsen (pypdf).

Both are deterministic: the same input gives the same bytes, so a letter's content hash is
stable. WeasyPrint writes no creation or modification date unless the HTML asks for one (ours
never does), and the file identifier is derived from the HTML; the bundle gets no identifier
and a fixed producer. Nothing is fetched while printing: the layout needs no resource, and the
fetcher refuses every URL.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any, NoReturn

from pypdf import PdfReader, PdfWriter

# WeasyPrint reports each step of every render (and of its own import) at INFO; the service's
# log is one line a request.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
from weasyprint import HTML, URLFetcher  # noqa: E402

from .context import DEFAULT_CENTRE, CentreInfo  # noqa: E402
from .layout import render_text_html  # noqa: E402

BUNDLE_PRODUCER = "Træningscenter Ishøj-Vallensbæk"
BUNDLE_TITLE = "Klagesag til Ankestyrelsen"


class NoFetching(URLFetcher):  # type: ignore[misc]
    """Refuses every URL: a letter is printed from its own HTML alone."""

    def fetch(self, url: str, headers: Any = None) -> NoReturn:
        raise ValueError("letters load no external resources")


def render_pdf(html: str) -> bytes:
    """The HTML document printed as an A4 PDF; the same HTML always gives the same bytes."""
    identifier = hashlib.sha256(html.encode("utf-8")).digest()[:16]
    document = HTML(string=html, url_fetcher=NoFetching(), media_type="print")
    pdf = document.write_pdf(pdf_identifier=identifier)
    assert isinstance(pdf, bytes)
    return pdf


def content_hash(pdf: bytes) -> str:
    """The PDF's SHA-256 as 64 hexadecimal digits."""
    return hashlib.sha256(pdf).hexdigest()


def render_text_pdf(
    title: str,
    paragraphs: list[str],
    *,
    centre: CentreInfo = DEFAULT_CENTRE,
    dated: date | None = None,
) -> bytes:
    """A simple document (a complaint's summary, a reassessment) in the letters' layout."""
    return render_pdf(render_text_html(title, paragraphs, centre=centre, dated=dated))


def appeals_bundle(parts: Sequence[bytes]) -> bytes:
    """The PDFs one after the other, for Ankestyrelsen: the decision letter, the complaint's
    summary, the reassessment. Deterministic: no file identifier, no dates, a fixed producer.
    """
    if not parts:
        raise ValueError("a bundle needs at least one document")
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.metadata = {"/Producer": BUNDLE_PRODUCER, "/Title": BUNDLE_TITLE}
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
