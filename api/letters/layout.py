"""The fixed layout around a letter's body: the system owns it, a template cannot change it.

Letterhead (the centre's name, address, phone and e-mail, and the site), the citizen's name
and address, the date of the letter, the subject, the case reference, the body, and for every
decision the complaint guidance after the body. A complete HTML document with print CSS for A4,
its style inline, no script and no external resource.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from .complaint_guidance import COMPLAINT_GUIDANCE
from .context import DEFAULT_CENTRE, CentreInfo, CitizenInfo, LetterContext
from .filters import FILTERS, paragraphs, typeset_value
from .kinds import DECISION_KINDS, SUBJECTS, LetterKind
from .templates import render_body

FONT_FAMILY = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif'

STYLE = f"""
@page {{
  size: A4;
  margin: 18mm 20mm 22mm 25mm;
  @bottom-right {{
    content: "Side " counter(page) " af " counter(pages);
    font-family: {FONT_FAMILY};
    font-size: 8pt;
    color: #444;
  }}
}}
html {{ font-family: {FONT_FAMILY}; font-size: 10.5pt; line-height: 1.45; color: #111; }}
body {{ margin: 0; }}
@media screen {{
  body {{ max-width: 165mm; margin: 12mm auto; padding: 0 12mm; }}
}}
p {{ margin: 0 0 3mm; }}
.letterhead::after {{ content: ""; display: block; clear: both; }}
.sender {{ float: right; width: 82mm; font-size: 8.5pt; line-height: 1.35; text-align: right; }}
.sender p {{ margin: 0 0 2mm; }}
.centre-name {{ font-size: 11pt; font-weight: bold; }}
.recipient {{ width: 85mm; min-height: 24mm; margin-top: 12mm; font-style: normal; }}
.letter-date {{ margin: 6mm 0 8mm; text-align: right; }}
h1 {{ margin: 0 0 2mm; font-size: 14pt; line-height: 1.25; }}
.reference {{ margin: 0 0 6mm; font-size: 9pt; color: #333; }}
.body h2 {{ margin: 4mm 0 2mm; font-size: 11pt; }}
.body h3, .body h4 {{ margin: 4mm 0 2mm; font-size: 11pt; }}
.body ul, .body ol {{ margin: 0 0 3mm; padding-left: 6mm; }}
.body table {{ margin: 0 0 3mm; border-collapse: collapse; }}
.body th, .body td {{ padding: 0.5mm 4mm 0.5mm 0; text-align: left; vertical-align: top; }}
.complaint-guidance {{
  margin-top: 8mm;
  padding: 4mm 5mm 1mm;
  border: 0.6pt solid #555;
  font-size: 9.5pt;
  break-inside: avoid;
}}
.complaint-guidance h2 {{ margin: 0 0 2mm; font-size: 11pt; }}
""".strip()

DOCUMENT = """\
<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>{{ subject }}</title>
<style>
{{ style }}
</style>
</head>
<body>
<header class="letterhead">
<div class="sender">
<p class="centre-name">{{ centre.name }}</p>
<p>{% for line in centre.address_lines %}{{ line }}<br>{% endfor %}</p>
<p>Telefon {{ centre.phone }}, {{ centre.phone_hours }}<br>{{ centre.email }}</p>
{%- if site %}
<p><strong>{{ site.name }}</strong><br>{{ site.address }}<br>Telefon {{ site.phone }}</p>
{%- endif %}
</div>
{%- if recipient %}
<address class="recipient">{{ recipient.name }}<br>
{%- for line in recipient_lines %}{{ line }}<br>{% endfor %}</address>
{%- endif %}
</header>
<main>
{%- if dated %}
<p class="letter-date">{{ dated | dato }}</p>
{%- endif %}
<h1>{{ subject }}</h1>
{%- if case %}
<p class="reference">Lovgrundlag: {{ case.legal_basis_name }}.
Henvendelsen blev modtaget {{ case.received_date | dato }}.</p>
{%- endif %}
<div class="body">
{{ body }}
</div>
{{ guidance }}
</main>
</body>
</html>
"""

_layout = Environment(
    autoescape=True, undefined=StrictUndefined, auto_reload=False, finalize=typeset_value
)
_layout.filters.update(FILTERS)
_DOCUMENT = _layout.from_string(DOCUMENT)
_GUIDANCE = _layout.from_string(COMPLAINT_GUIDANCE)

_ADDRESS_SEPARATORS = re.compile(r"\s*(?:\n|,)\s*")


def address_lines(address: str) -> list[str]:
    """An address as the lines of an envelope window ('Vej 1, 2635 Ishøj' on two lines)."""
    return [line for line in _ADDRESS_SEPARATORS.split(address.strip()) if line]


def complaint_guidance_html(kind: LetterKind, context: LetterContext) -> Markup:
    """The complaint guidance for a decision letter (empty for other kinds)."""
    if kind not in DECISION_KINDS:
        return Markup("")
    return Markup(  # noqa: S704 - rendered with autoescape from our own template
        _GUIDANCE.render(
            centre=context.centre,
            case=context.case,
            complaint_deadline=context.complaint_deadline,
            upheld=kind is LetterKind.REASSESSMENT_UPHELD,
        )
    )


def _recipient(context: LetterContext) -> CitizenInfo:
    """The addressee: the citizen, or for a final status the citizen's GP at the clinic."""
    final = context.final_status
    if final is None:
        return context.citizen
    return CitizenInfo(name=final.general_practitioner, address=final.clinic)


def render_html(kind: LetterKind, source: str, context: LetterContext) -> str:
    """The complete letter as an HTML document: layout, the template's body, guidance."""
    body = render_body(kind, source, context)
    recipient = _recipient(context)
    return _DOCUMENT.render(
        subject=SUBJECTS[kind],
        style=Markup(STYLE),  # noqa: S704 - our own constant
        centre=context.centre,
        site=context.site,
        recipient=recipient,
        recipient_lines=address_lines(recipient.address),
        dated=context.letter_date,
        case=context.case,
        body=Markup(body),  # noqa: S704 - rebuilt from the allowlist, text escaped
        guidance=complaint_guidance_html(kind, context),
    )


def render_text_html(
    title: str,
    texts: Sequence[str],
    *,
    centre: CentreInfo = DEFAULT_CENTRE,
    dated: date | None = None,
) -> str:
    """A plain document in the letters' layout: the centre's letterhead, a title, paragraphs.

    Each text is escaped; a blank line in it starts a new paragraph, a newline breaks a line.
    """
    body = Markup("").join(paragraphs(text) for text in texts)
    return _DOCUMENT.render(
        subject=title,
        style=Markup(STYLE),  # noqa: S704 - our own constant
        centre=centre,
        site=None,
        recipient=None,
        recipient_lines=[],
        dated=dated,
        case=None,
        body=body,
        guidance=Markup(""),
    )
