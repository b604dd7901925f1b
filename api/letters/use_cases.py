"""Letters' use cases: the template in use for each letter, a new version of one, a preview,
and a letter kept with a case, read back exactly as it was sent.

Templates run in the letter workers (`LetterWorkers`); the route passes the app's in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from api.context import audit
from api.letters.defaults import DEFAULT_TEMPLATES
from api.letters.kinds import LetterKind
from api.letters.samples import sample_context
from api.letters.workers import LetterWorkers
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound
from persistence.casework import Case
from persistence.letters import Letter, LetterTemplate, current_templates, get_letter
from persistence.letters import add_template as save_template


@dataclass(frozen=True, slots=True)
class TemplateInUse:
    """A letter's template: the newest saved version, or the default (version 0)."""

    kind: str
    version: int
    body: str
    created_by: str | None
    created_at: datetime | None


async def list_templates(work: UnitOfWork) -> list[TemplateInUse]:
    """The template in use for each letter: the newest saved version, or the default (0)."""
    saved = await current_templates(work.session, work.caller.centre_id)
    answer = []
    for kind in LetterKind:
        row = saved.get(kind.value)
        answer.append(
            TemplateInUse(
                kind=kind.value,
                version=row.version if row else 0,
                body=row.body if row else DEFAULT_TEMPLATES[kind],
                created_by=row.created_by if row else None,
                created_at=row.created_at if row else None,
            )
        )
    return answer


async def add_template(
    work: UnitOfWork, kind: LetterKind, body: str, *, workers: LetterWorkers
) -> LetterTemplate:
    """Save a new version of a letter's body, once it has been rendered and printed in a
    letter worker within its limits: a template that cannot make a letter is refused."""
    await workers.check(kind, body)
    caller = work.caller
    return await save_template(work.session, caller.centre_id, kind.value, body, caller.actor)


async def preview_template(
    work: UnitOfWork, kind: LetterKind, body: str, *, workers: LetterWorkers
) -> str:
    """A template rendered for a made-up citizen, before it is saved (no data is read)."""
    # render_html applies every rule check_template does (it renders the same body first).
    return await workers.render_html(kind, body, sample_context(kind))


async def download_letter(work: UnitOfWork, letter_id: uuid.UUID) -> Letter:
    """The letter exactly as it was sent, for callers who may see its case; else the 404 of
    an unknown letter, logged as a refused export."""
    session, caller = work.session, work.caller
    letter = await get_letter(session, caller.centre_id, letter_id)
    case = await session.get(Case, letter.case_id)
    assert case is not None  # the foreign key holds it
    if not caller.principal.may_see_case(case.site_id, case.assigned_to):
        work.attempt(use="export", citizen_ids=[case.citizen_id])
        raise NotFound("Brevet findes ikke.")
    await audit(session, caller, use="export", citizen_ids=[case.citizen_id])
    return letter
