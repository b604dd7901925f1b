"""Hospital plans (GGOP) from the hospitals' systems, and the staff's list of them."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from starlette.exceptions import HTTPException

from api.context import guard
from api.intake import use_cases
from api.intake.receipt_xml import NEGATIVE_EXAMPLE, POSITIVE_EXAMPLE, receipt_xml, wants_xml
from api.intake.schemas import GgopMessageOut, GgopMessagesOut, ReceiptOut
from api.unit_of_work import Work
from domain.access import Permission
from domain.intake import MAX_MESSAGE_BYTES, NAMESPACE, IntakeStatus

router = APIRouter(tags=["intake"])

XML_TYPES = frozenset({"application/xml", "text/xml"})
MAX_PAGE = 100


def _receive_options() -> dict[str, Any]:
    options = guard(Permission.CASES_WRITE, citizen_data="create")
    options["openapi_extra"]["requestBody"] = {
        "required": True,
        "description": f"A MedCom GGOP message: the envelope (Emessage) with its "
        f"RehabilitationPlan, namespace {NAMESPACE}; at most {MAX_MESSAGE_BYTES} bytes. "
        "A DTD or entity is refused unread.",
        "content": {"application/xml": {"schema": {"type": "string", "maxLength": 1048576}}},
    }
    return options


def _xml_receipt(example: str) -> dict[str, Any]:
    """A receipt answer may also be XML, when the sender asks for it."""
    return {"application/xml": {"schema": {"type": "string"}, "example": example}}


@router.post(
    "/intake/ggop",
    operation_id="intake-receive_ggop",
    status_code=status.HTTP_201_CREATED,
    response_model=ReceiptOut,
    responses={
        200: {
            "model": ReceiptOut,
            "description": "Delivered before: the first receipt.",
            "content": _xml_receipt(POSITIVE_EXAMPLE),
        },
        201: {
            "description": "A case was opened: a positive receipt.",
            "content": _xml_receipt(POSITIVE_EXAMPLE),
        },
        202: {
            "model": ReceiptOut,
            "description": "Kept without a case (another municipality's, or failed): a "
            "negative receipt with the reason.",
            "content": _xml_receipt(NEGATIVE_EXAMPLE),
        },
        413: {"description": "Larger than the limit"},
        415: {"description": "Not application/xml"},
        422: {
            "description": "Not well-formed XML, a DTD or entity in it (unreadable-message), or "
            "not a GGOP message: namespace, root, message id (not-a-rehab-plan)"
        },
    },
    **_receive_options(),
)
async def receive_ggop(request: Request, response: Response, work: Work) -> Any:
    """Receive a hospital's rehabilitation plan (GGOP) and answer with the receipt.

    201 and a positive receipt: a § 140 case was opened (the citizen found or created by CPR
    number). 202 and a negative receipt: the plan is kept for staff, addressed to another
    municipality or not mappable, with the reason. 200: this message id was received before,
    and its first receipt is answered again; no second case.

    The receipt is JSON, or XML when `Accept` prefers `application/xml` (or `text/xml`): a
    `Receipt` element in the namespace `urn:traening:ggop:receipt:1` with IntakeId,
    MessageIdentifier, ReceivedAt, Outcome (positive or negative), Status, and Reason, Field
    and CaseId where they have a value. A message refused unread (413, 415, 422) is answered
    with a problem document either way."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type not in XML_TYPES:
        raise HTTPException(415, "Beskeden skal sendes som application/xml.")
    delivery = await use_cases.receive_ggop(work, await request.body())
    if delivery.repeated:
        response.status_code = status.HTTP_200_OK
    elif delivery.receipt.outcome == "negative":
        response.status_code = status.HTTP_202_ACCEPTED
    if wants_xml(request.headers.get("accept", "")):
        return Response(
            receipt_xml(delivery.receipt),
            status_code=response.status_code or status.HTTP_201_CREATED,
            media_type="application/xml",
        )
    return delivery.receipt


@router.get(
    "/intake/ggop",
    operation_id="intake-list_ggop",
    response_model=GgopMessagesOut,
    **guard(Permission.CASES_WRITE, citizen_data="read"),
)
async def list_ggop(
    work: Work,
    status: IntakeStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> GgopMessagesOut:
    """Received hospital plans: failed and another municipality's not yet handled first,
    then the newest."""
    return await use_cases.list_ggop_messages(work, status=status, limit=limit, offset=offset)


@router.post(
    "/intake/ggop/{message_id}/handled",
    operation_id="intake-mark_handled",
    response_model=GgopMessageOut,
    responses={409: {"description": "Not a failed or another municipality's plan, or handled"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def mark_handled(message_id: uuid.UUID, work: Work) -> GgopMessageOut:
    """Mark a failed plan, or another municipality's, as handled by staff."""
    return await use_cases.mark_handled(work, message_id)
