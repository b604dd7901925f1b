"""Printing a letter: the HTML (the preview) against the PDF (what is sent and stored).

    .venv/bin/python -m bench.letters --letters 200 --rounds 3

Renders each letter kind from its default template for a made-up citizen, in interleaved
rounds in one process, and reports milliseconds per letter and the PDF's cost as a multiple
of the HTML's (the baseline), so a slower machine changes the numbers but not the ratio much.
The report (Markdown) goes to stdout.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from functools import partial

from api.letters import (
    DEFAULT_TEMPLATES,
    LetterKind,
    appeals_bundle,
    render_html,
    render_pdf,
    sample_context,
)


def _per_letter(work: Callable[[], object], count: int) -> float:
    """Milliseconds per call, over `count` calls."""
    start = time.perf_counter()
    for _ in range(count):
        work()
    return (time.perf_counter() - start) * 1000 / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=200, help="letters per kind and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    rows = []
    for kind in LetterKind:
        context = sample_context(kind)
        html = render_html(kind, DEFAULT_TEMPLATES[kind], context)
        render_pdf(html)  # warm: fonts and styles load once per process
        as_html = partial(render_html, kind, DEFAULT_TEMPLATES[kind], context)
        as_pdf = partial(render_pdf, html)
        html_ms, pdf_ms = [], []
        for _ in range(args.rounds):
            html_ms.append(_per_letter(as_html, args.letters))
            pdf_ms.append(_per_letter(as_pdf, args.letters))
        h, p = statistics.median(html_ms), statistics.median(pdf_ms)
        rows.append((kind.value, h, p, p / h))
    pdfs = [render_pdf(render_html(k, DEFAULT_TEMPLATES[k], sample_context(k))) for k in LetterKind]
    bundle_ms = statistics.median(
        _per_letter(lambda: appeals_bundle(pdfs[1:]), args.letters) for _ in range(args.rounds)
    )

    print(
        f"Python {platform.python_version()}, {platform.machine()}, {args.letters} letters"
        f" × {args.rounds} rounds per kind (median of rounds)\n"
    )
    print("| letter | HTML (ms) | PDF (ms) | PDF / HTML |")
    print("|---|---:|---:|---:|")
    for kind_name, h, p, ratio in rows:
        print(f"| {kind_name} | {h:.2f} | {p:.1f} | {ratio:.0f}× |")
    print(f"\nAppeals bundle of three PDFs: {bundle_ms:.1f} ms.")


if __name__ == "__main__":
    main()
