"""The centre's letters: staff-edited templates rendered to HTML and deterministic PDF.

    check_template(kind, source)          refuse a template that cannot make a letter
    render_html(kind, source, context)    the complete letter as an HTML document
    render_pdf(html)                      that document as an A4 PDF (same HTML, same bytes)
    content_hash(pdf)                     the PDF's SHA-256
    render_text_pdf(title, paragraphs)    a plain document in the same layout
    appeals_bundle(parts)                 the PDFs in one file for Ankestyrelsen

The API renders and prints in worker processes, each job with a hard time limit and each worker
with a memory limit (`workers.LetterWorkers`); the sandbox's budget (`sandbox.py`) bounds the
work a template asks for wherever it runs.

A template is the body only; the layout around it (letterhead, addresses, date, subject and the
complaint guidance of every decision) belongs to the system.
"""

from __future__ import annotations

from .context import (
    DEFAULT_CENTRE,
    CaseInfo,
    CentreInfo,
    CitizenInfo,
    ComplaintInfo,
    DecisionInfo,
    EndingInfo,
    FinalStatusInfo,
    GoalOutcome,
    InvitationInfo,
    LetterContext,
    PlannedSessionInfo,
    SiteInfo,
    TrainingPlanInfo,
    context_names,
)
from .defaults import DEFAULT_TEMPLATES
from .kinds import DECISION_KINDS, SUBJECTS, LetterKind
from .layout import render_html, render_text_html
from .pdf import appeals_bundle, content_hash, render_pdf, render_text_pdf
from .samples import sample_context
from .templates import MAX_TEMPLATE_LENGTH, check_template

__all__ = [
    "COURSE_ENDING",
    "DECISION_KINDS",
    "DEFAULT_CENTRE",
    "DEFAULT_TEMPLATES",
    "FINAL_STATUS",
    "GRANT",
    "INVITATION",
    "MAX_TEMPLATE_LENGTH",
    "REASSESSMENT_UPHELD",
    "REFUSAL",
    "SUBJECTS",
    "TRAINING_PLAN",
    "CaseInfo",
    "CentreInfo",
    "CitizenInfo",
    "ComplaintInfo",
    "DecisionInfo",
    "EndingInfo",
    "FinalStatusInfo",
    "GoalOutcome",
    "InvitationInfo",
    "LetterContext",
    "LetterKind",
    "LetterOut",
    "LetterPreview",
    "LetterWorkers",
    "Parts",
    "PlannedSessionInfo",
    "SiteInfo",
    "TrainingPlanInfo",
    "appeals_bundle",
    "check_template",
    "content_hash",
    "context_names",
    "issue",
    "issue_appeals_bundle",
    "letters_router",
    "preview",
    "render_html",
    "render_pdf",
    "render_text_html",
    "render_text_pdf",
    "sample_context",
    "workers_of",
]

# The API's letters (bodies, issuing with a case, routes) after the engine they use.
# isort: split
from api.letters.correspondence import (
    COURSE_ENDING,
    FINAL_STATUS,
    GRANT,
    INVITATION,
    REASSESSMENT_UPHELD,
    REFUSAL,
    TRAINING_PLAN,
    Parts,
    issue,
    preview,
    workers_of,
)
from api.letters.correspondence import (
    appeals_bundle as issue_appeals_bundle,
)
from api.letters.routes import router as letters_router
from api.letters.schemas import LetterOut, LetterPreview
from api.letters.workers import LetterWorkers
