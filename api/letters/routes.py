"""Letters: the team leader's templates, and the letters kept with each case."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status

from api.context import guard
from api.letters import use_cases
from api.letters.correspondence import workers_of
from api.letters.kinds import LetterKind
from api.letters.schemas import LetterPreview, LetterTemplateIn, LetterTemplateOut
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["letters"])


@router.get(
    "/letter-templates",
    operation_id="letters-list_templates",
    **guard(Permission.CENTRE_READ),
)
async def list_templates(work: Work) -> list[LetterTemplateOut]:
    """The template in use for each letter: the newest saved version, or the default (0)."""
    templates = await use_cases.list_templates(work)
    return [LetterTemplateOut.model_validate(row, from_attributes=True) for row in templates]


@router.post(
    "/letter-templates",
    operation_id="letters-add_template",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Another version was saved at the same moment"}},
    **guard(Permission.CENTRE_MANAGE),
)
async def add_template(body: LetterTemplateIn, request: Request, work: Work) -> LetterTemplateOut:
    """Save a new version of a letter's body. It runs in Jinja2's sandbox: a syntax error, an
    unknown name or an attempt to leave the sandbox is refused, naming the line."""
    # Rendered and printed once in a letter worker, within its limits, before it is kept.
    kind = LetterKind(body.kind)
    row = await use_cases.add_template(work, kind, body.body, workers=workers_of(request))
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
async def preview_template(body: LetterTemplateIn, request: Request, work: Work) -> LetterPreview:
    """A template rendered for a made-up citizen, before it is saved."""
    kind = LetterKind(body.kind)
    html = await use_cases.preview_template(work, kind, body.body, workers=workers_of(request))
    return LetterPreview(html=html)


@router.get(
    "/letters/{letter_id}/pdf",
    operation_id="letters-download",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The letter as sent"}},
    **guard(Permission.CASES_READ, citizen_data="export"),
)
async def download(letter_id: uuid.UUID, work: Work) -> Response:
    """The letter exactly as it was sent (the same bytes, whose SHA-256 the case lists)."""
    letter = await use_cases.download_letter(work, letter_id)
    return Response(
        content=letter.pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="brev-{letter.kind}-{letter.id}.pdf"',
            "ETag": f'"{letter.content_hash}"',
        },
    )
