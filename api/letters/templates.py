"""Letter templates: Jinja2 source written by staff, run only in a sandbox.

A template is the letter's body. It runs in an immutable sandbox with HTML autoescaping and
strict undefined names, from a string (no file loader, no include, extends or import), and it
cannot switch autoescaping off. What it renders is then rebuilt from an allowlist of text
markup (`markup.py`). Problems are `RuleViolation`s on the field "body", each with its rule:

    template-too-long   the source is longer than MAX_TEMPLATE_LENGTH characters
    template-syntax     the source is not a template (the message names the line)
    template-unsafe     it reaches for something the sandbox forbids
    template-limit      it does more work, builds more text or nests its markup deeper than a
                        letter needs (sandbox.py, markup.py), or its worker process ran out
                        of time or memory (workers.py)
    template-undefined  it names a variable or attribute the letter's context does not have
    template-markup     it renders HTML a letter may not hold (a script, a style, an image)
    template-error      anything else that stops it rendering (the message names the line)

Messages never repeat the source.
"""

from __future__ import annotations

import re
from types import TracebackType

from jinja2 import Template, meta, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError

from domain.errors import RuleViolation

from .context import LetterContext, context_names, template_variables
from .kinds import LABELS, LetterKind
from .markup import rebuild_body
from .samples import sample_context
from .sandbox import LetterLimitExceeded, bound, letter_sandbox, render_bounded

MAX_TEMPLATE_LENGTH = 20_000

ENVIRONMENT = letter_sandbox()

_TEMPLATE_FILENAME = "<template>"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,40}")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([A-Za-z_][A-Za-z0-9_]{0,40})'")
_IS_UNDEFINED = re.compile(r"^'([A-Za-z_][A-Za-z0-9_]{0,40})' is undefined")
_UNKNOWN_FILTER = re.compile(r"No (filter|test) named '([A-Za-z_][A-Za-z0-9_]{0,40})'")

_FORBIDDEN_TAGS = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)
_AUTOESCAPE_SWITCHES = (nodes.ScopedEvalContextModifier, nodes.EvalContextModifier)


def _violation(message: str, rule: str) -> RuleViolation:
    return RuleViolation(message, field="body", rule=rule)


def _at_line(line: int | None) -> str:
    return f" (linje {line})" if line else ""


def _template_line(traceback: TracebackType | None) -> int | None:
    """The template line a render failed on, from the frames Jinja rewrites to the template."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def _syntax_message(error: TemplateSyntaxError) -> str:
    unknown = _UNKNOWN_FILTER.search(error.message or "")
    if unknown:
        what = "filteret" if unknown.group(1) == "filter" else "testen"
        return (
            f"Skabelonen bruger {what} {unknown.group(2)}, som ikke findes{_at_line(error.lineno)}."
            " Filtre til breve: dato, ugedag, klokken, opremsning og afsnit."
        )
    return (
        f"Skabelonen kan ikke læses: der er en fejl i linje {error.lineno}. Kontrollér, at alle"
        " {{ }} og {% %} er lukket, og at hver {% if %} og {% for %} har sin {% endif %} eller"
        " {% endfor %}."
    )


def compile_template(kind: LetterKind, source: str) -> Template:
    """The compiled template, or a RuleViolation on "body" saying what is wrong."""
    if len(source) > MAX_TEMPLATE_LENGTH:
        raise _violation(
            f"Skabelonen er for lang: højst {MAX_TEMPLATE_LENGTH:,} tegn.".replace(",", "."),
            "template-too-long",
        )
    try:
        tree = ENVIRONMENT.parse(source, filename=_TEMPLATE_FILENAME)
        names = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError as error:
        raise _violation(_syntax_message(error), "template-syntax") from None
    for node in tree.find_all(_FORBIDDEN_TAGS):
        raise _violation(
            "Et brev kan ikke hente andre skabeloner: include, extends og import kan ikke"
            f" bruges{_at_line(node.lineno)}.",
            "template-syntax",
        )
    for node in tree.find_all(_AUTOESCAPE_SWITCHES):
        raise _violation(
            f"Skabelonen må ikke slå escaping af tekst fra{_at_line(node.lineno)}.",
            "template-unsafe",
        )
    for loop in tree.find_all(nodes.For):
        if loop.recursive:
            raise _violation(
                f"Rekursive løkker kan ikke bruges i et brev{_at_line(loop.lineno)}.",
                "template-unsafe",
            )
    allowed = context_names(kind) | frozenset(ENVIRONMENT.globals)
    unknown = sorted(names - allowed)
    if unknown:
        shown = ", ".join(name for name in unknown if _IDENTIFIER.fullmatch(name))
        raise _violation(
            f"Skabelonen bruger {shown}, som ikke findes i et brev af typen {LABELS[kind]}."
            f" Brug: {', '.join(sorted(context_names(kind)))}.",
            "template-undefined",
        )
    try:
        return ENVIRONMENT.from_string(bound(tree, ENVIRONMENT))
    except TemplateSyntaxError as error:
        raise _violation(_syntax_message(error), "template-syntax") from None


def _undefined_message(kind: LetterKind, error: UndefinedError, line: int | None) -> str:
    text = error.message or ""
    if "'None' has no attribute" in text:
        return (
            f"Skabelonen læser et felt, som er tomt i dette brev{_at_line(line)}."
            " Sæt {% if ... %} omkring det."
        )
    match = _NO_ATTRIBUTE.search(text) or _IS_UNDEFINED.search(text)
    name = match.group(1) if match else "et navn"
    return (
        f"Skabelonen bruger {name}, som ikke findes i et brev af typen {LABELS[kind]}"
        f"{_at_line(line)}."
    )


def render_body(kind: LetterKind, source: str, context: LetterContext) -> str:
    """The letter's body as HTML (allowlisted markup), or a RuleViolation on "body"."""
    template = compile_template(kind, source)
    variables = template_variables(kind, context)
    try:
        html = render_bounded(lambda: template.generate(variables))
    except (LetterLimitExceeded, MemoryError, RecursionError) as error:
        # Out of memory (the worker's limit) or too deep: more than a letter needs, too.
        raise _violation(
            "Skabelonen gør mere arbejde eller danner mere tekst, end et brev kan rumme"
            f"{_at_line(_template_line(error.__traceback__))}.",
            "template-limit",
        ) from None
    except SecurityError as error:
        raise _violation(
            "Skabelonen forsøger at bruge noget, som ikke er tilladt i et brev"
            f"{_at_line(_template_line(error.__traceback__))}.",
            "template-unsafe",
        ) from None
    except UndefinedError as error:
        line = _template_line(error.__traceback__)
        raise _violation(_undefined_message(kind, error, line), "template-undefined") from None
    except Exception as error:
        raise _violation(
            "Skabelonen kan ikke flettes med sagens oplysninger"
            f"{_at_line(_template_line(error.__traceback__))}.",
            "template-error",
        ) from None
    return rebuild_body(html)


def check_template(kind: LetterKind, source: str) -> None:
    """Refuse a template that would not render a letter of `kind` (see the module's rules).

    It is compiled, its names checked against the kind's context, and rendered against a
    sample context of that kind.
    """
    render_body(kind, source, sample_context(kind))
