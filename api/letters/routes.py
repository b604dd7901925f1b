"""Letters: the team leader's templates, and the letters kept with each case."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status

from api.context import CallerDep, Session, audit, guard, note_attempt
from api.letters.correspondence import workers_of
from api.letters.defaults import DEFAULT_TEMPLATES
from api.letters.kinds import LetterKind
from api.letters.samples import sample_context
from api.letters.schemas import LetterPreview, LetterTemplateIn, LetterTemplateOut
from domain.access import Permission
from domain.errors import NotFound
from persistence.casework import Case, current_templates, get_letter
from persistence.casework import add_template as visitation_add_template

router = APIRouter(tags=["letters"])


@router.get(
    "/letter-templates",
    operation_id="letters-list_templates",
    **guard(Permission.CENTRE_READ),
)
async def list_templates(session: Session, caller: CallerDep) -> list[LetterTemplateOut]:
    """The template in use for each letter: the newest saved version, or the default (0)."""
    saved = await current_templates(session, caller.centre_id)
    answer = []
    for kind in LetterKind:
        row = saved.get(kind.value)
        answer.append(
            LetterTemplateOut(
                kind=kind.value,
                version=row.version if row else 0,
                body=row.body if row else DEFAULT_TEMPLATES[kind],
                created_by=row.created_by if row else None,
                created_at=row.created_at if row else None,
            )
        )
    return answer


@router.post(
    "/letter-templates",
    operation_id="letters-add_template",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Another version was saved at the same moment"}},
    **guard(Permission.CENTRE_MANAGE),
)
async def add_template(
    body: LetterTemplateIn, request: Request, session: Session, caller: CallerDep
) -> LetterTemplateOut:
    """Save a new version of a letter's body. It runs in Jinja2's sandbox: a syntax error, an
    unknown name or an attempt to leave the sandbox is refused, naming the line."""
    kind = LetterKind(body.kind)
    # Rendered and printed once in a letter worker, within its limits, before it is kept.
    await workers_of(request).check(kind, body.body)
    row = await visitation_add_template(
        session, caller.centre_id, kind.value, body.body, caller.actor
    )
    return LetterTemplateOut(
        kind=body.kind,
        version=row.version,
        body=row.body,
        created_by=row.created_by,
        created_at=row.created_at,
    )


@router.post(
    "/letter-templates/preview",
    operation_id="letters-preview_template",
    # Running a template costs the server work: for those who edit templates (team leaders)
    # or send letters (therapists, visitators), not for auditors or administrators.
    **guard(Permission.CASES_WRITE),
)
async def preview_template(
    body: LetterTemplateIn, request: Request, caller: CallerDep
) -> LetterPreview:
    """A template rendered for a made-up citizen, before it is saved."""
    kind = LetterKind(body.kind)
    # render_html applies every rule check_template does (it renders the same body first).
    html = await workers_of(request).render_html(kind, body.body, sample_context(kind))
    return LetterPreview(html=html)


@router.get(
    "/letters/{letter_id}/pdf",
    operation_id="letters-download",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The letter as sent"}},
    **guard(Permission.CASES_READ, citizen_data="export"),
)
async def download(
    letter_id: uuid.UUID, request: Request, session: Session, caller: CallerDep
) -> Response:
    """The letter exactly as it was sent (the same bytes, whose SHA-256 the case lists)."""
    letter = await get_letter(session, caller.centre_id, letter_id)
    case = await session.get(Case, letter.case_id)
    assert case is not None  # the foreign key holds it
    if not caller.principal.may_see_case(case.site_id, case.assigned_to):
        note_attempt(request, caller, use="export", citizen_ids=[case.citizen_id])
        raise NotFound("Brevet findes ikke.")
    await audit(session, caller, use="export", citizen_ids=[case.citizen_id])
    return Response(
        content=letter.pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="brev-{letter.kind}-{letter.id}.pdf"',
            "ETag": f'"{letter.content_hash}"',
        },
    )
