"""Printing a letter: the HTML (the preview) against the PDF (what is sent and stored), in this
process and in the app's letter workers.

    .venv/bin/python -m bench.letters --letters 200 --rounds 3

Renders each letter kind from its default template for a made-up citizen, in interleaved
rounds in one process, and reports milliseconds per letter and the PDF's cost as a multiple
of the HTML's (the baseline), so a slower machine changes the numbers but not the ratio much.
Then the same, each letter sent to a worker process of `api.letters.workers` and awaited (one
at a time), as the API does it, against rendering in this process in the same rounds: what
the isolation costs per letter. The report (Markdown) goes to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import time
from collections.abc import Awaitable, Callable
from functools import partial

from api.letters import (
    DEFAULT_TEMPLATES,
    LetterKind,
    appeals_bundle,
    render_html,
    render_pdf,
    sample_context,
)
from api.letters.workers import LetterWorkers


def _per_letter(work: Callable[[], object], count: int) -> float:
    """Milliseconds per call, over `count` calls."""
    start = time.perf_counter()
    for _ in range(count):
        work()
    return (time.perf_counter() - start) * 1000 / count


async def _per_letter_awaited(
    work: Callable[[], Awaitable[object]], count: int, cpu: list[float]
) -> float:
    """Milliseconds per awaited call; this process's own CPU per call is added to `cpu`."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        await work()
    cpu.append((time.process_time() - start_cpu) * 1000 / count)
    return (time.perf_counter() - start) * 1000 / count


async def _isolation(letters: int, rounds: int) -> list[tuple[str, ...]]:
    """Per kind: HTML and PDF in this process, then in a worker, median ms of the rounds; and
    the CPU this process spends on a letter made in the worker (HTML and PDF)."""
    workers = LetterWorkers(1)
    rows: list[tuple[str, ...]] = []
    try:
        for kind in LetterKind:
            source, context = DEFAULT_TEMPLATES[kind], sample_context(kind)
            html = render_html(kind, source, context)
            await workers.render_pdf(html)  # the worker started and warm
            results: list[list[float]] = [[], [], [], []]
            html_cpu: list[float] = []
            pdf_cpu: list[float] = []
            for _ in range(rounds):
                results[0].append(_per_letter(partial(render_html, kind, source, context), letters))
                results[1].append(
                    await _per_letter_awaited(
                        partial(workers.render_html, kind, source, context), letters, html_cpu
                    )
                )
                results[2].append(_per_letter(partial(render_pdf, html), letters))
                results[3].append(
                    await _per_letter_awaited(partial(workers.render_pdf, html), letters, pdf_cpu)
                )
            html_here, html_worker, pdf_here, pdf_worker = map(statistics.median, results)
            cpu = statistics.median(html_cpu) + statistics.median(pdf_cpu)
            rows.append(
                (
                    kind.value,
                    f"{html_here:.2f}",
                    f"{html_worker:.2f}",
                    f"{html_worker / html_here:.2f}×",
                    f"{pdf_here:.1f}",
                    f"{pdf_worker:.1f}",
                    f"{pdf_worker / pdf_here:.2f}×",
                    f"{cpu:.1f}",
                )
            )
    finally:
        await workers.close()
    return rows


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
    isolated = asyncio.run(_isolation(args.letters, args.rounds))

    print(
        f"Python {platform.python_version()}, {platform.machine()}, {args.letters} letters"
        f" × {args.rounds} rounds per kind (median of rounds)\n"
    )
    print("| letter | HTML (ms) | PDF (ms) | PDF / HTML |")
    print("|---|---:|---:|---:|")
    for kind_name, h, p, ratio in rows:
        print(f"| {kind_name} | {h:.2f} | {p:.1f} | {ratio:.0f}× |")
    print(f"\nAppeals bundle of three PDFs: {bundle_ms:.1f} ms.")
    print("\nIn a letter worker, against this process in the same rounds:\n")
    print(
        "| letter | HTML here | HTML in worker | ratio | PDF here | PDF in worker | ratio"
        " | CPU here per letter in worker |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in isolated:
        print(f"| {' | '.join(row)} |")


if __name__ == "__main__":
    main()
