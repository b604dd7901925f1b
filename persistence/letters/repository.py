"""The letters' repository: the letters kept with a case and the versions of each template."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from domain.errors import NotFound
from persistence.letters.models import Letter, LetterTemplate


async def add_letter(session: AsyncSession, letter: Letter) -> Letter:
    session.add(letter)
    await session.flush()
    return letter


async def get_letter(session: AsyncSession, centre_id: uuid.UUID, letter_id: uuid.UUID) -> Letter:
    found = await session.scalar(
        select(Letter).where(Letter.centre_id == centre_id, Letter.id == letter_id)
    )
    if found is None:
        raise NotFound("Brevet findes ikke.")
    return found


async def letters_of_case(session: AsyncSession, case_id: uuid.UUID) -> list[Letter]:
    """A case's letters in the order they were made, without their PDFs (fetched on request)."""
    rows = await session.scalars(
        select(Letter)
        .options(defer(Letter.pdf))
        .where(Letter.case_id == case_id)
        .order_by(Letter.created_at, Letter.id)
    )
    return list(rows)


async def latest_letter(session: AsyncSession, case_id: uuid.UUID, kind: str) -> Letter | None:
    """The case's newest letter of a kind (the reassessment upheld, say)."""
    found: Letter | None = await session.scalar(
        select(Letter)
        .where(Letter.case_id == case_id, Letter.kind == kind)
        .order_by(Letter.created_at.desc(), Letter.id.desc())
        .limit(1)
    )
    return found


async def current_templates(
    session: AsyncSession, centre_id: uuid.UUID
) -> dict[str, LetterTemplate]:
    """The newest saved version of each letter's template."""
    rows = await session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.centre_id == centre_id)
        .order_by(LetterTemplate.kind, LetterTemplate.version.desc())
        .ext(distinct_on(LetterTemplate.kind))
    )
    return {row.kind: row for row in rows}


async def add_template(
    session: AsyncSession, centre_id: uuid.UUID, kind: str, body: str, actor: str
) -> LetterTemplate:
    """A new version, numbered after the newest; the unique version makes a race a 409."""
    current = (await current_templates(session, centre_id)).get(kind)
    row = LetterTemplate(
        centre_id=centre_id,
        kind=kind,
        version=(current.version if current else 0) + 1,
        body=body,
        created_by=actor,
    )
    session.add(row)
    await session.flush()
    return row
