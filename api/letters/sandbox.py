"""The sandbox a letter template runs in, with limits on the work it may do.

Jinja2's immutable sandbox keeps a template from reaching Python's internals or changing the
objects it is given. A template is still code, so this one also bounds its work, whatever
the template's author writes. Everything spends steps of one budget of MAX_STEPS per letter:

- every loop item and every call: one step;
- every filter and test: one step, and a step for each item of its input (a sort n·log n),
  and the size of what it builds; a filter may also be handed a generator (from `map` or
  `select`), which is counted item by item and never runs past MAX_TEXT items;
- every value the template builds (with `+`, `*`, `~`, `join`, a slice, a literal list, a call)
  and every piece of output, the template's own text included: its size, one step per item and
  per CHARACTERS_PER_STEP characters, counted through nested lists, dicts and namespaces.

Besides the budget: `range` yields at most MAX_RANGE numbers; no string grows past MAX_TEXT
characters and no value past MAX_TEXT steps' size; numbers stay small (MAX_NUMBER_BITS); `%`
formats no string; `sum` adds numbers only; only simple filters, and only simple methods of
strings, lists and dicts, can be used; the letter's output stops at MAX_OUTPUT characters.

Going past a limit raises `LetterLimitExceeded`, a `SecurityError`. The budget bounds what the
template can ask for; the worker process it runs in (workers.py) bounds the rest with a hard
time limit and a memory limit.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

from jinja2 import StrictUndefined, nodes, pass_context, pass_environment
from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.filters import sync_do_sum
from jinja2.runtime import Context, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.tests import TESTS as DEFAULT_TESTS
from jinja2.utils import Namespace
from jinja2.visitor import NodeTransformer

from .filters import FILTERS

MAX_STEPS = 10_000
MAX_RANGE = 1_000
MAX_TEXT = 20_000
MAX_OUTPUT = 200_000
MAX_NUMBER_BITS = 4_096
CHARACTERS_PER_STEP = 100
"""Text costs a step per this many characters: copying text is cheap next to a loop's step."""

SAFE_FILTERS = frozenset(
    {
        "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first",
        "float", "int", "items", "last", "length", "list", "lower", "map", "max", "min",
        "reject", "rejectattr", "reverse", "round", "select", "selectattr", "sort", "string",
        "sum", "title", "trim", "truncate", "unique", "upper", "wordcount",
    }
)  # fmt: skip
"""Jinja's built-in filters a letter may use: none of them can build a large text."""

SORTING_FILTERS = frozenset({"sort", "dictsort"})
"""Filters whose work grows as n·log n: they spend that many steps."""

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

    def spend(self, steps: int) -> None:
        self.steps -= steps
        if self.steps < 0:
            raise LetterLimitExceeded("too many steps")


_budget: ContextVar[_Budget | None] = ContextVar("letter_budget", default=None)


def _spend(steps: int = 1) -> None:
    budget = _budget.get()
    if budget is not None:
        budget.spend(steps)


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


def size(value: object, limit: int = MAX_TEXT) -> int:
    """What a value holds, in steps: one per item and per CHARACTERS_PER_STEP characters,
    counted through nested lists, tuples, sets, dicts and namespaces.

    A list can hold the same list many times over, so a small list can print as a huge text:
    the count follows every reference, and refuses a value past `limit` as soon as it is
    reached (a cycle included), so counting costs at most `limit` steps itself.
    """
    total = 0
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        total += 1
        if isinstance(item, str):
            total += len(item) // CHARACTERS_PER_STEP
        elif isinstance(item, list | tuple | set | frozenset):
            if total + len(item) > limit:
                raise LetterLimitExceeded("value too large")
            pending.extend(item)
        elif isinstance(item, Mapping):
            if total + 2 * len(item) > limit:
                raise LetterLimitExceeded("value too large")
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, Namespace):
            pending.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif isinstance(item, range):
            total += len(item)
        if total > limit:
            raise LetterLimitExceeded("value too large")
    return total


def _check_text(value: object) -> None:
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise LetterLimitExceeded("text too long")


def _charge(value: object) -> Any:
    """Spend the size of a value the template made, refusing a list of more than MAX_TEXT items.

    A text made by a filter or a macro may be longer than MAX_TEXT: escaping or `afsnit` makes
    a case's long free text longer still. Its size (at most MAX_TEXT steps) bounds it.
    """
    if isinstance(value, list | tuple) and len(value) > MAX_TEXT:
        raise LetterLimitExceeded("too many items")
    _spend(size(value))
    return value


def _charge_text(value: object) -> Any:
    """Spend the size of a text or list built with `+`, `*`, `~` or `join`: at most MAX_TEXT."""
    _check_text(value)
    return _charge(value)


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


def _counted(items: Iterator[Any]) -> Iterator[Any]:
    """A filter's lazy result (map, select, unique, ...): each item spends its size, and no
    more than MAX_TEXT items come out."""
    for count, item in enumerate(items):
        if count >= MAX_TEXT:
            raise LetterLimitExceeded("too many items")
        _spend(size(item))
        yield item


def _materialized(items: Iterator[Any]) -> list[Any]:
    """A generator handed to a filter, as a list of at most MAX_TEXT items, each counted."""
    listed: list[Any] = []
    for item in items:
        if len(listed) >= MAX_TEXT:
            raise LetterLimitExceeded("too many items")
        _spend()
        listed.append(item)
    return listed


def _metered(filter_: Callable[..., Any], *, sorts: bool = False) -> Callable[..., Any]:
    """A filter that spends steps for its input and its result.

    Jinja's filters run as one Python call each, so without this a filter over a long list
    (`sort`, `map`, `unique`, ...) did unbounded work for a single step.
    """
    # Filters marked pass_context/pass_environment/pass_eval_context get that first.
    first = 0 if getattr(filter_, "jinja_pass_arg", None) is None else 1

    @functools.wraps(filter_)  # keeps jinja_pass_arg, so Jinja passes the same arguments
    def metered(*args: Any, **kwargs: Any) -> Any:
        if len(args) > first:
            value = args[first]
            if isinstance(value, Iterator):
                value = _materialized(value)
                args = (*args[:first], value, *args[first + 1 :])
            work = 1 + size(value)
            if sorts:
                work *= max(len(value) if hasattr(value, "__len__") else work, 2).bit_length()
            _spend(work)
        result = filter_(*args, **kwargs)
        if isinstance(result, Iterator):
            return _counted(result)
        return _charge(result)

    return metered


def _metered_test(test: Callable[..., Any]) -> Callable[..., Any]:
    """A test (`is ...`) that spends the size of its arguments: `x is in long_list` searches."""
    first = 0 if getattr(test, "jinja_pass_arg", None) is None else 1

    @functools.wraps(test)
    def metered(*args: Any, **kwargs: Any) -> Any:
        _spend(1 + sum(size(argument) for argument in args[first:]))
        return test(*args, **kwargs)

    return metered


@pass_environment
def _sum(environment: Any, iterable: Iterable[Any], attribute: Any = None, start: Any = 0) -> Any:
    """`sum`, of numbers only: summing lists or strings copies them again and again."""
    if not isinstance(start, int | float):
        raise SecurityError("sum adds numbers only")
    return sync_do_sum(environment, iterable, attribute, start)


def _concat(items: list[Any]) -> str:
    """The `~` operator, bounded: the parts are measured before they are turned into text."""
    for item in items:
        size(item)
    return _charge_text(markup_join(items))  # type: ignore[no-any-return]


def _join(values: Iterable[Any], separator: str = "", attribute: str | int | None = None) -> str:
    """`join`, bounded; as a filter it is metered, so its parts are measured already."""
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


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    """Every piece of output, the template's own text included, spends its size.

    Output inside a macro, a `{% set %}` block or a `{% call %}` is kept in memory until the
    block ends, before MAX_OUTPUT can see it: this bounds it. (pass_context: Jinja then calls
    it at run time for constant text too, instead of once when compiling.)
    """
    _spend(size(value))
    return value


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
        return _charge_text(super().call_binop(context, operator, left, right))

    def getitem(self, obj: Any, argument: Any) -> Any:
        item = super().getitem(obj, argument)
        # A slice is a copy; an item is already there.
        return _charge(item) if isinstance(argument, slice) else item

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
        if isinstance(owner, _BUILTIN_OWNERS):
            if name not in SAFE_METHODS:
                raise SecurityError(f"the method {name} is not available")
            _spend(size(owner))  # a method of a string or list works through all of it
        result = super().call(__context, __obj, *args, **kwargs)
        # A range is lazy: its numbers are spent as they are used. A macro's text, a split
        # string's parts, a dict or namespace: their size.
        return result if isinstance(result, range) else _charge(result)


class _Bounded(NodeTransformer):
    """Rewrites a parsed template so its loops, literals, text and `~` go through the limits."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "letter_steps", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        items = nodes.List(node.nodes, lineno=node.lineno)
        return nodes.Filter(items, "letter_concat", [], [], None, None, lineno=node.lineno)

    def _sized(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, "letter_sized", [], [], None, None, lineno=node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:
        return self._sized(node)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:
        return self._sized(node)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        if node.ctx != "load":  # `{% for a, b in ... %}` and `{% set a, b = ... %}` assign
            self.generic_visit(node)
            return node
        return self._sized(node)

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        # The template's own text becomes a constant expression, so it passes `_finalize` (and
        # spends its size) each time it is written: in a loop or a macro it can add up.
        self.generic_visit(node)
        node.nodes = [
            nodes.MarkSafe(nodes.Const(child.data, lineno=child.lineno), lineno=child.lineno)
            if isinstance(child, nodes.TemplateData)
            else child
            for child in node.nodes
        ]
        return node


def bound(tree: nodes.Template, environment: LetterSandbox) -> nodes.Template:
    """The parsed template with its loops counted and its values and output measured."""
    bounded = _Bounded().visit(tree)
    assert isinstance(bounded, nodes.Template)
    bounded.set_environment(environment)
    return bounded


def letter_sandbox() -> LetterSandbox:
    environment = LetterSandbox(
        autoescape=True, undefined=StrictUndefined, auto_reload=False, finalize=_finalize
    )
    filters: dict[str, Callable[..., Any]] = {name: DEFAULT_FILTERS[name] for name in SAFE_FILTERS}
    filters.update(FILTERS)
    filters["sum"] = _sum
    filters["join"] = _join
    environment.filters = {
        name: _metered(function, sorts=name in SORTING_FILTERS)
        for name, function in filters.items()
    }
    environment.filters["letter_steps"] = _steps
    environment.filters["letter_concat"] = _concat
    environment.filters["letter_sized"] = _charge
    tests: dict[str, Callable[..., Any]] = dict(DEFAULT_TESTS)  # type: ignore[arg-type]
    environment.tests = {name: _metered_test(test) for name, test in tests.items()}
    environment.globals = {
        "range": _letter_range,
        "dict": dict,
        "cycler": environment.globals["cycler"],
        "joiner": environment.globals["joiner"],
        "namespace": environment.globals["namespace"],
    }
    return environment
