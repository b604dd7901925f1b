"""The body's markup, rebuilt from an allowlist.

A template is HTML written by staff. Whatever it renders to, the letter keeps only simple text
markup: paragraphs, headings, emphasis, lists and tables, with no attribute but `class`. Any
other element (a script, a style, an image, a link) or attribute refuses the template, so
nothing loads from outside and nothing runs. The body is rebuilt tag by tag with every text
escaped and every open element closed, so it cannot hide or reshape the layout around it (the
complaint guidance after the body included).
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from domain.errors import RuleViolation

from .filters import typeset

ALLOWED_ELEMENTS = frozenset(
    {
        "p", "br", "hr", "div", "span", "h2", "h3", "h4", "strong", "b", "em", "i", "u",
        "small", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "blockquote",
    }
)  # fmt: skip
VOID_ELEMENTS = frozenset({"br", "hr"})
ALLOWED_ATTRIBUTES = frozenset({"class"})
MAX_NESTING = 30
"""Elements inside each other: a letter needs a handful; the PDF printer recurses per level."""


_PLAIN_NAME = re.compile(r"[a-z][a-z0-9-]{0,30}")


def _shown(name: str) -> str:
    """A tag or attribute name as the message may show it (never arbitrary source text)."""
    return name if _PLAIN_NAME.fullmatch(name) else "?"


class _Rebuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.refused: list[str] = []

    def _refuse(self, what: str) -> None:
        if what not in self.refused:
            self.refused.append(what)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if tag not in ALLOWED_ELEMENTS:
            self._refuse(f"<{_shown(tag)}>")
            return
        kept = []
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES:
                self._refuse(f"attributten {_shown(name)}")
                continue
            kept.append(f' {name}="{escape(value or "", quote=True)}"')
        self.out.append(f"<{tag}{''.join(kept)}>")
        if tag not in VOID_ELEMENTS and not closed:
            if len(self.open) >= MAX_NESTING:
                raise RuleViolation(
                    f"Skabelonen lægger elementer inden i hinanden i mere end {MAX_NESTING}"
                    " niveauer; det kan et brev ikke rumme.",
                    field="body",
                    rule="template-limit",
                )
            self.open.append(tag)
        elif tag not in VOID_ELEMENTS:
            self.out.append(f"</{tag}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_ELEMENTS:
            self._refuse(f"<{_shown(tag)}>")
            return
        if tag in VOID_ELEMENTS or tag not in self.open:
            return
        while self.open:
            top = self.open.pop()
            self.out.append(f"</{top}>")
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        self.out.append(escape(typeset(data), quote=False))

    def handle_comment(self, data: str) -> None:
        """HTML comments are left out of the letter."""

    def handle_decl(self, decl: str) -> None:
        self._refuse("erklæringer (<!...>)")

    def unknown_decl(self, data: str) -> None:
        self._refuse("erklæringer (<!...>)")

    def handle_pi(self, data: str) -> None:
        self._refuse("behandlingsinstruktioner (<?...>)")


def rebuild_body(html: str) -> str:
    """The body's HTML with only allowed markup; refuses a body that needs anything else."""
    parser = _Rebuilder()
    parser.feed(html)
    parser.close()
    if parser.refused:
        raise RuleViolation(
            "Skabelonen bruger HTML, som et brev ikke må indeholde: "
            + ", ".join(parser.refused)
            + ". Tilladt er kun tekst med "
            + ", ".join(f"<{tag}>" for tag in sorted(ALLOWED_ELEMENTS))
            + " og attributten class.",
            field="body",
            rule="template-markup",
        )
    parser.out.extend(f"</{tag}>" for tag in reversed(parser.open))
    return "".join(parser.out)
