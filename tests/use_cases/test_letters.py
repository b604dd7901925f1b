"""Letters' use cases without HTTP: the templates in use, a new version, a preview, and a
letter read back as it was sent."""

from __future__ import annotations

import uuid

import pytest
from pydantic import TypeAdapter
from sqlalchemy import select

from api.casework.schemas import AssessmentIn, DecisionIn, GrantIn, InvitationIn, RefusalIn
from api.casework.use_cases.assessment import assess
from api.casework.use_cases.decision import decide
from api.casework.use_cases.invitation import invite
from api.letters import LetterKind, LetterWorkers
from api.letters.use_cases import add_template, download_letter, list_templates, preview_template
from domain.errors import DomainError, NotFound
from persistence.letters import Letter
from tests.api.helpers import NEED_86_1, invitation, refusal
from tests.use_cases.conftest import Centre, open_case

DECISION: TypeAdapter[GrantIn | RefusalIn] = TypeAdapter(DecisionIn)
BODY = "Kære {{ citizen.name }}\n\nVi har desværre givet afslag.\n\n{{ decision.reasons }}"


async def test_a_saved_template_is_the_one_in_use(centre: Centre, workers: LetterWorkers) -> None:
    html = await centre.leader(preview_template, LetterKind.REFUSAL, BODY, workers=workers)
    assert "Vi har desværre givet afslag." in html
    row = await centre.leader(add_template, LetterKind.REFUSAL, BODY, workers=workers)
    assert row.version == 1
    in_use = {t.kind: t for t in await centre.leader(list_templates)}
    assert (in_use["refusal"].version, in_use["refusal"].body) == (1, BODY)
    assert (in_use["grant"].version, in_use["grant"].created_by) == (0, None)


async def test_a_template_that_does_not_render_is_refused_unsaved(
    centre: Centre, workers: LetterWorkers
) -> None:
    broken = "Kære {{ citizen.name }\n{% if %}"
    with pytest.raises(DomainError):
        await centre.leader(add_template, LetterKind.REFUSAL, broken, workers=workers)
    with pytest.raises(DomainError):
        await centre.leader(preview_template, LetterKind.REFUSAL, broken, workers=workers)
    assert {t.version for t in await centre.leader(list_templates)} == {0}


async def _refusal_letter(centre: Centre, workers: LetterWorkers) -> Letter:
    case_id = await open_case(centre)
    leader, site = str(centre.leader.principal.id), str(centre.sites["syd"])
    body = InvitationIn.model_validate(invitation(leader, site, channel="phone"))
    await centre.leader(invite, case_id, body, workers=workers)
    assessed = AssessmentIn.model_validate({"assessed_on": "2026-11-23", **NEED_86_1})
    await centre.leader(assess, case_id, assessed)
    await centre.leader(decide, case_id, DECISION.validate_python(refusal()), workers=workers)
    async with centre.leader.factory() as session:
        letter = await session.scalar(
            select(Letter).where(Letter.case_id == case_id, Letter.kind == "refusal")
        )
    assert letter is not None
    return letter


async def test_a_letter_is_read_back_as_sent_by_who_may_see_its_case(
    centre: Centre, workers: LetterWorkers
) -> None:
    sent = await _refusal_letter(centre, workers)
    letter = await centre.leader(download_letter, sent.id)
    assert (letter.pdf, letter.content_hash) == (sent.pdf, sent.content_hash)


async def test_a_letter_of_a_case_out_of_reach_is_not_found(
    centre: Centre, workers: LetterWorkers
) -> None:
    sent = await _refusal_letter(centre, workers)  # at Træningscenter Syd
    with pytest.raises(NotFound):
        await centre.north(download_letter, sent.id)
    [(use, citizen_ids)] = centre.north.attempts
    assert use == "export"
    assert len(citizen_ids) == 1
    with pytest.raises(NotFound):
        await centre.leader(download_letter, uuid.uuid4())
