"""Templates are staff-written code: what `check_template` refuses, and with which rule."""

from __future__ import annotations

import pytest

from api.letters import DEFAULT_TEMPLATES, LetterKind, check_template, render_html
from domain.errors import RuleViolation
from tests.letters import examples


def refusal_of(kind: LetterKind, source: str) -> RuleViolation:
    with pytest.raises(RuleViolation) as refused:
        check_template(kind, source)
    assert refused.value.field == "body"
    return refused.value


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_default_template_passes_its_own_check(kind: LetterKind) -> None:
    check_template(kind, DEFAULT_TEMPLATES[kind])


def test_template_syntax_names_the_line_and_never_echoes_the_source() -> None:
    """Rule template-syntax."""
    source = "<p>Kære {{ citizen.name }}</p>\n<p>HEMMELIG</p>\n<p>{{ decision.reasons }</p>"

    violation = refusal_of(LetterKind.REFUSAL, source)

    assert violation.rule == "template-syntax"
    assert "linje 3" in violation.message
    assert "HEMMELIG" not in violation.message


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ citizen.name.__class__.__base__.__subclasses__() }}",
        "{{ '{0.__class__}'.format(citizen) }}",
    ],
    ids=["str-mro", "cycler-globals", "subclasses", "str-format"],
)
def test_template_unsafe_refuses_sandbox_escapes(source: str) -> None:
    """Rule template-unsafe: the sandbox's SecurityError."""
    violation = refusal_of(LetterKind.INVITATION, source)

    assert violation.rule == "template-unsafe"
    assert "__" not in violation.message


def test_template_unsafe_refuses_switching_autoescape_off() -> None:
    """Rule template-unsafe: the citizen's text is always escaped."""
    source = "{% autoescape false %}{{ citizen.name }}{% endautoescape %}"

    assert refusal_of(LetterKind.INVITATION, source).rule == "template-unsafe"


def test_template_undefined_refuses_a_name_of_another_kind() -> None:
    """Rule template-undefined: an invitation has no decision."""
    violation = refusal_of(LetterKind.INVITATION, "<p>{{ decision.reasons }}</p>")

    assert violation.rule == "template-undefined"
    assert "decision" in violation.message


def test_template_undefined_refuses_an_attribute_the_context_lacks() -> None:
    """Rule template-undefined: the CPR number is never part of a letter."""
    violation = refusal_of(LetterKind.REFUSAL, "<p>Kære {{ citizen.name }}</p>\n{{ citizen.cpr }}")

    assert violation.rule == "template-undefined"
    assert "cpr" in violation.message
    assert "linje 2" in violation.message


def test_template_too_long_caps_the_source() -> None:
    """Rule template-too-long."""
    assert refusal_of(LetterKind.GRANT, "x" * 20_001).rule == "template-too-long"


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="file:///etc/passwd">',
        '<p style="background: url(https://example.invalid/x.png)">x</p>',
        '<link rel="stylesheet" href="https://example.invalid/x.css">',
    ],
    ids=["script", "image", "style-attribute", "stylesheet"],
)
def test_template_markup_refuses_scripts_and_external_resources(source: str) -> None:
    """Rule template-markup: a body holds text markup only."""
    assert refusal_of(LetterKind.REFUSAL, source).rule == "template-markup"


@pytest.mark.parametrize(
    "source",
    [
        "{% for a in range(1000) %}{% for b in range(1000) %}x{% endfor %}{% endfor %}",
        "{{ 'x' * 100000000 }}",
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}",
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(40) }}",
    ],
    ids=["nested-loops", "repetition", "doubling", "exponential-macro"],
)
def test_template_limit_stops_runaway_templates(source: str) -> None:
    """Rule template-limit: a template cannot keep the server busy or fill its memory."""
    assert refusal_of(LetterKind.INVITATION, source).rule == "template-limit"


def test_the_same_rules_hold_when_a_letter_is_rendered() -> None:
    """A template saved before a check still cannot escape when a letter is made."""
    with pytest.raises(RuleViolation) as refused:
        render_html(LetterKind.REFUSAL, "{{ ''.__class__ }}", examples.refusal())

    assert refused.value.rule == "template-unsafe"
    assert refused.value.field == "body"


def test_a_template_may_use_loops_conditions_and_the_danish_filters() -> None:
    source = (
        "{% for finding in decision.findings %}<p>{{ loop.index }}. {{ finding }}</p>{% endfor %}"
        "{% if decision.transport %}<p>Kørsel</p>{% else %}<p>Ingen kørsel</p>{% endif %}"
        "<p>{{ decision.decided_on | dato }}, {{ decision.disciplines | opremsning }}</p>"
        "{{ decision.reasons | afsnit }}"
    )

    check_template(LetterKind.GRANT, source)
    html = render_html(LetterKind.GRANT, source, examples.grant())

    assert "<p>1. Du har mistet gangfunktion efter en lungebetændelse.</p>" in html
    assert "<p>Kørsel</p>" in html
    assert "<p>20. november 2026, fysioterapeut og ergoterapeut</p>" in html
