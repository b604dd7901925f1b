"""The sandbox a letter template runs in, with limits on the work it may do.

Jinja2's immutable sandbox keeps a template from reaching Python's internals or changing the
objects it is given. A template is still code, so this one also bounds its work, whatever
the template's author writes:

- every loop item and every call spends one step of a budget of MAX_STEPS per letter;
- `range` yields at most MAX_RANGE numbers, and no string or list built with `+`, `*`, `~` or
  `join` grows past MAX_TEXT; numbers stay small (MAX_NUMBER_BITS); `%` formats no string;
- only simple filters, and only simple methods of strings, lists and dicts, can be used;
- the letter's output stops at MAX_OUTPUT characters.

Going past a limit raises `LetterLimitExceeded`, a `SecurityError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.runtime import Context, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from .filters import FILTERS

MAX_STEPS = 10_000
MAX_RANGE = 1_000
MAX_TEXT = 20_000
MAX_OUTPUT = 200_000
MAX_NUMBER_BITS = 4_096

SAFE_FILTERS = frozenset(
    {
        "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first",
        "float", "int", "items", "last", "length", "list", "lower", "map", "max", "min",
        "reject", "rejectattr", "reverse", "round", "select", "selectattr", "sort", "string",
        "sum", "title", "trim", "truncate", "unique", "upper", "wordcount",
    }
)  # fmt: skip
"""Jinja's built-in filters a letter may use: none of them can build a large text."""

SAFE_METHODS = frozenset(
    {
        "upper", "lower", "capitalize", "title", "strip", "lstrip", "rstrip", "startswith",
        "endswith", "split", "splitlines", "isdigit", "isalpha", "get", "items", "keys",
        "values", "count", "index",
    }
)  # fmt: skip
"""Methods of strings, lists and dicts a letter may call."""

_BUILTIN_OWNERS = (str, bytes, list, tuple, dict, set, frozenset, int, float)


class LetterLimitExceeded(SecurityError):
    """The template did more work, or built more text, than a letter needs."""


class _Budget:
    def __init__(self, steps: int) -> None:
        self.steps = steps

    def spend(self) -> None:
        self.steps -= 1
        if self.steps < 0:
            raise LetterLimitExceeded("too many steps")


_budget: ContextVar[_Budget | None] = ContextVar("letter_budget", default=None)


def _spend() -> None:
    budget = _budget.get()
    if budget is not None:
        budget.spend()


def render_bounded(render: Callable[[], Iterable[str]]) -> str:
    """The output of `render` (a template's `generate`), within the budget and MAX_OUTPUT."""
    token = _budget.set(_Budget(MAX_STEPS))
    try:
        chunks: list[str] = []
        length = 0
        for chunk in render():
            length += len(chunk)
            if length > MAX_OUTPUT:
                raise LetterLimitExceeded("output too long")
            chunks.append(chunk)
        return "".join(chunks)
    finally:
        _budget.reset(token)


def _check_text(value: object) -> None:
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise LetterLimitExceeded("text too long")


def _letter_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise LetterLimitExceeded("range too long")
    return numbers


def _steps(iterable: Iterable[Any]) -> Iterator[Any]:
    """Wraps every loop's iterable: one step per item."""
    for item in iterable:
        _spend()
        yield item


def _concat(items: list[Any]) -> str:
    """The `~` operator, bounded."""
    result = markup_join(items)
    _check_text(result)
    return result


def _join(values: Iterable[Any], separator: str = "", attribute: str | int | None = None) -> str:
    items = list(values)
    if attribute is not None:
        raise SecurityError("join by attribute is not available")
    if sum(len(str(item)) for item in items) + len(separator) * max(len(items) - 1, 0) > MAX_TEXT:
        raise LetterLimitExceeded("text too long")
    return markup_join(_interleave(items, separator))


def _interleave(items: list[Any], separator: str) -> Iterator[Any]:
    for index, item in enumerate(items):
        if index:
            yield separator
        yield item


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with the letters' limits."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            raise SecurityError("printf-style formatting is not available")
        sequences = (str, list, tuple)
        if (
            operator == "+"
            and isinstance(left, sequences)
            and isinstance(right, sequences)
            and len(left) + len(right) > MAX_TEXT
        ):
            raise LetterLimitExceeded("text too long")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, sequences)
                    and isinstance(count, int)
                    and len(sequence) * count > MAX_TEXT
                ):
                    raise LetterLimitExceeded("text too long")
            if (
                isinstance(left, int)
                and isinstance(right, int)
                and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS
            ):
                raise LetterLimitExceeded("number too large")
        if operator == "**" and isinstance(right, int | float):
            base_bits = left.bit_length() if isinstance(left, int) else 64
            if right > 0 and max(base_bits, 1) * right > MAX_NUMBER_BITS:
                raise LetterLimitExceeded("number too large")
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # Jinja's own signature: keyword arguments named obj or context pass through
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _spend()
        target = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(target, "__self__", None)
        name = getattr(target, "__name__", "")
        if isinstance(owner, _BUILTIN_OWNERS) and name not in SAFE_METHODS:
            raise SecurityError(f"the method {name} is not available")
        return super().call(__context, __obj, *args, **kwargs)


class _Bounded(NodeTransformer):
    """Rewrites a parsed template so its loops and `~` go through the limits."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "letter_steps", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        items = nodes.List(node.nodes, lineno=node.lineno)
        return nodes.Filter(items, "letter_concat", [], [], None, None, lineno=node.lineno)


def bound(tree: nodes.Template, environment: LetterSandbox) -> nodes.Template:
    """The parsed template with its loops counted and its `~` bounded."""
    bounded = _Bounded().visit(tree)
    assert isinstance(bounded, nodes.Template)
    bounded.set_environment(environment)
    return bounded


def letter_sandbox() -> LetterSandbox:
    environment = LetterSandbox(autoescape=True, undefined=StrictUndefined, auto_reload=False)
    environment.filters = {name: DEFAULT_FILTERS[name] for name in SAFE_FILTERS}
    environment.filters.update(FILTERS)
    environment.filters["join"] = _join
    environment.filters["letter_steps"] = _steps
    environment.filters["letter_concat"] = _concat
    environment.globals = {
        "range": _letter_range,
        "dict": dict,
        "cycler": environment.globals["cycler"],
        "joiner": environment.globals["joiner"],
        "namespace": environment.globals["namespace"],
    }
    return environment
