"""Intake's use cases called without HTTP: a hospital plan received, listed, handled."""

from __future__ import annotations

import asyncio

import pytest

from api.intake.use_cases import list_ggop_messages, mark_handled, receive_ggop
from domain.errors import Conflict
from domain.intake import IntakeStatus, MessageUnreadable
from tests.fixtures.ggop_messages import fixture, ggop
from tests.use_cases.conftest import Centre


async def test_a_plan_received_opens_one_case_however_often_it_comes(centre: Centre) -> None:
    first = await centre.leader(receive_ggop, ggop())
    assert not first.repeated
    assert first.receipt.status is IntakeStatus.MAPPED
    assert first.receipt.case_id is not None
    again, at_once = await asyncio.gather(
        centre.leader(receive_ggop, ggop()), centre.leader(receive_ggop, ggop())
    )
    assert again.repeated
    assert at_once.repeated
    assert again.receipt == first.receipt == at_once.receipt
    listed = await centre.leader(list_ggop_messages, status=None, limit=10, offset=0)
    assert listed.total == 1


async def test_a_failed_plan_is_kept_and_marked_handled_once(centre: Centre) -> None:
    failed = await centre.leader(receive_ggop, ggop(End=None))
    assert failed.receipt.status is IntakeStatus.FAILED
    assert failed.receipt.field == "CurrentHospitalContact.End"
    assert failed.receipt.case_id is None
    handled = await centre.leader(mark_handled, failed.receipt.intake_id)
    assert handled.handled_by == "leder"
    with pytest.raises(Conflict):
        await centre.leader(mark_handled, failed.receipt.intake_id)


async def test_hostile_xml_is_refused_before_anything_is_kept(centre: Centre) -> None:
    with pytest.raises(MessageUnreadable):
        await centre.leader(receive_ggop, fixture("billion_laughs.xml"))
    listed = await centre.leader(list_ggop_messages, status=None, limit=10, offset=0)
    assert listed.total == 0
