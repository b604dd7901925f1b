"""Rendering a template is bounded in work, memory and time: the sandbox's budget counts what a
template asks for (filters included), and the worker processes bound the rest."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections.abc import AsyncIterator

import pytest

from api.letters import (
    DEFAULT_TEMPLATES,
    LetterKind,
    check_template,
    render_html,
    render_pdf,
    render_text_pdf,
    sample_context,
)
from api.letters.workers import LettersBusy, LetterWorkers
from domain.errors import RuleViolation
from tests.letters import examples


def refused_rule(source: str, kind: LetterKind = LetterKind.INVITATION) -> str | None:
    with pytest.raises(RuleViolation) as refused:
        check_template(kind, source)
    assert refused.value.field == "body"
    return refused.value.rule


def test_the_sorting_template_of_the_issue_is_refused_at_once() -> None:
    """Filters spend steps for their input: three sorts of 5,000 strings are more than a letter
    needs, and building the 5,000 of them nearly is."""
    started = time.perf_counter()

    assert refused_rule(examples.SORTING_TEMPLATE) == "template-limit"
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "source",
    [
        # each sort spends n·log n steps
        "{% set l = range(1000)|list %}{% for i in range(20) %}{{ l|sort|first }}{% endfor %}",
        # a generator handed from filter to filter is counted item by item
        "{% for i in range(20) %}{{ range(1000)|map('string')|unique|list|length }}{% endfor %}",
        # a test searching a list spends its length
        "{% set l = range(1000)|list %}{{ l|select('in', l)|list|length }}",
        # summing lists copies them again and again: sum adds numbers only
        "{% set l = range(100)|list %}{{ ([l] * 100)|sum(start=[])|length }}",
        # a small list that holds a big one many times over prints as a huge text
        "{% set a = range(1000)|list %}{% set b = [a] * 20 %}{% set c = [b] * 20 %}{{ c }}",
        "{% set a = range(1000)|list %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}"
        "{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ c|length }}",
        # ... also when the nesting is made afterwards, through namespaces
        "{% set n1 = namespace(x=0) %}{% set n2 = namespace(x=0) %}{% set n3 = namespace(x=0) %}"
        "{% set top = [n1] * 20 %}{% set n1.x = [n2] * 20 %}{% set n2.x = [n3] * 20 %}"
        "{% set n3.x = ['x' * 1000] * 20 %}{{ top }}",
        # a namespace that holds itself
        "{% set n = namespace(x=0) %}{% set n.x = [n] %}{{ n|string }}",
        # a method works through the whole string
        "{% set s = 'a ' * 9000 %}{% for i in range(100) %}{{ s.split()|length }}{% endfor %}",
        # slices are copies
        "{% set l = range(1000)|list %}{% for i in range(100) %}{{ l[1:]|length }}{% endfor %}",
    ],
    ids=[
        "sorts", "generators", "select-in", "sum-of-lists", "repeated-list", "nested-literals",
        "namespace-tower", "namespace-cycle", "method-on-long-text", "slices",
    ],
)  # fmt: skip
def test_filters_tests_methods_and_nested_values_spend_the_budget(source: str) -> None:
    started = time.perf_counter()

    assert refused_rule(source) == "template-limit"
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "source",
    [examples.memory_template(), examples.memory_template("macro")],
    ids=["set-block", "macro"],
)
def test_text_kept_in_memory_spends_the_budget_before_it_adds_up(source: str) -> None:
    """A memory bomb: 76 MB of text built where the output limit never looked. Every piece of
    output, the template's own text included, now spends its size as it is written."""
    tracemalloc.start()
    try:
        assert refused_rule(source) == "template-limit"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 8 * 1024 * 1024


def test_markup_nested_deeper_than_a_letter_needs_is_refused() -> None:
    """WeasyPrint recurses per level: 60 nested tables fail to print, so 30 levels are the limit."""
    assert refused_rule("{% for i in range(31) %}<div>{% endfor %}x") == "template-limit"
    check_template(LetterKind.INVITATION, "{% for i in range(10) %}<div>{% endfor %}x")


@pytest.mark.parametrize("kind", list(LetterKind))
def test_real_letters_stay_far_within_the_budget(kind: LetterKind) -> None:
    """Long free text from the case (10,000 characters, the most a decision's reasons may
    hold, every one escaped) still makes its letter."""
    context = examples.refusal(reasons="<&\n" * 3333) if kind is LetterKind.REFUSAL else None
    html = render_html(kind, DEFAULT_TEMPLATES[kind], context or sample_context(kind))

    assert "Med venlig hilsen" in html


# --- the worker processes ---------------------------------------------------------------------


@pytest.fixture
async def workers() -> AsyncIterator[LetterWorkers]:
    pool = LetterWorkers(2)
    yield pool
    await pool.close()


async def test_a_worker_renders_and_prints_the_same_bytes_as_in_process(
    workers: LetterWorkers,
) -> None:
    kind = LetterKind.REFUSAL
    html = await workers.render_html(kind, DEFAULT_TEMPLATES[kind], examples.refusal())
    pdf = await workers.render_pdf(html)

    assert html == render_html(kind, DEFAULT_TEMPLATES[kind], examples.refusal())
    assert pdf == render_pdf(html)
    text = await workers.render_text_pdf("Resumé af klagen", ["Borgeren er uenig."])
    assert text == render_text_pdf("Resumé af klagen", ["Borgeren er uenig."])


async def test_a_worker_refuses_what_the_sandbox_refuses(workers: LetterWorkers) -> None:
    with pytest.raises(RuleViolation) as refused:
        await workers.render_html(LetterKind.REFUSAL, "{{ ''.__class__ }}", examples.refusal())

    assert (refused.value.field, refused.value.rule) == ("body", "template-unsafe")


async def test_a_render_past_the_time_limit_is_stopped_while_the_loop_runs_on(
    workers: LetterWorkers,
) -> None:
    """The parser template runs for tens of seconds: its worker is killed after
    RENDER_SECONDS (1 s) and replaced, the event loop never waits, and the next letter is made."""
    kind = LetterKind.INVITATION
    await workers.render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind))  # started
    delays: list[float] = []

    async def ticking() -> None:
        for _ in range(30):
            started = time.perf_counter()
            await asyncio.sleep(0.05)
            delays.append(time.perf_counter() - started - 0.05)

    async def slow() -> float:
        started = time.perf_counter()
        with pytest.raises(RuleViolation) as refused:
            await workers.render_html(kind, examples.PARSER_TEMPLATE, sample_context(kind))
        assert (refused.value.field, refused.value.rule) == ("body", "template-limit")
        assert "inden for 1 sekund." in refused.value.message
        return time.perf_counter() - started

    took, *_ = await asyncio.gather(slow(), slow(), ticking())

    # Stopped near its 1 s limit, not after its tens of seconds; the margin covers a killed
    # worker's replacement on a loaded 2-core machine (2.1 s seen at a load average of 13).
    assert took < 3.0
    assert max(delays) < 0.2
    html = await workers.render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind))
    assert "Med venlig hilsen" in html


async def test_a_job_past_the_memory_limit_is_refused_and_its_worker_replaced() -> None:
    pool = LetterWorkers(1, memory_headroom=16 * 1024 * 1024)
    try:
        kind = LetterKind.INVITATION
        await pool.render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind))
        with pytest.raises(RuleViolation) as refused:
            await pool.render_pdf("<p>" + "x" * 48_000_000 + "</p>")  # 48 MB to receive
        assert refused.value.rule == "template-limit"
        assert "hukommelse" in refused.value.message

        html = await pool.render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind))
        assert "Med venlig hilsen" in html
    finally:
        await pool.close()


async def test_a_burst_queues_for_the_workers_and_a_long_wait_is_answered_busy() -> None:
    pool = LetterWorkers(1, render_seconds=0.5, queue_seconds=0.2)
    try:
        kind = LetterKind.INVITATION
        slow = pool.render_html(kind, examples.PARSER_TEMPLATE, sample_context(kind))
        waiting = pool.render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind))

        first, second = await asyncio.gather(slow, waiting, return_exceptions=True)

        assert isinstance(first, RuleViolation)
        assert isinstance(second, LettersBusy)
        assert second.status_code == 503
        assert second.headers == {"Retry-After": "5"}
    finally:
        await pool.close()
