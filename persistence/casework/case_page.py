"""The case page in one statement: the case and everything its page shows, as one JSON
document, with the access-log entry in the same round trip (persistence.access's lean way).

Before, the page took twelve statements through the ORM; the parts are now correlated
subqueries of one row, each part already the JSON its answer needs, so a request pays one
round trip and no entity per row. Only the steps of live events count (a corrected event's
details no longer do), as in `visitation`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from functools import cache
from typing import Any

from pydantic_core import from_json
from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Select,
    exists,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy import bindparam as bind
from sqlalchemy.dialects.postgresql import UUID, aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.access import CaseReach
from domain.training import CourseStatus
from persistence.access import StaffUser, fetch, logged_read
from persistence.casework.models import (
    Application,
    Assessment,
    Case,
    CaseDeadline,
    CaseEventRow,
    Complaint,
    Decision,
    Invitation,
    RehabPlan,
)
from persistence.centre import LegalBasisRow, ServiceStandardLimit, Site
from persistence.citizens import Citizen
from persistence.letters import Letter
from persistence.training import Course


def _object(**fields: Any) -> ColumnElement[Any]:
    """A JSON object of the fields, by their answer's names."""
    pairs: list[Any] = []
    for name, value in fields.items():
        pairs += [literal_column(f"'{name}'"), value]
    return func.json_build_object(*pairs)


_ISO_UTC: ColumnElement[str] = literal_column("""'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'""")


def _utc(moment: Any) -> ColumnElement[Any]:
    """A moment as ISO 8601 in UTC, whatever the connection's time zone."""
    return func.to_char(func.timezone("UTC", moment), _ISO_UTC)


def _list(item: ColumnElement[Any], *order: Any) -> ColumnElement[Any]:
    return func.coalesce(
        func.json_agg(aggregate_order_by(item, *order)), literal_column("'[]'::json")
    )


_CORRECTION = aliased(CaseEventRow)


def _live(detail: Any) -> list[ColumnElement[bool]]:
    """The case's rows of a step whose event stands (no correction undid it)."""
    return [
        detail.case_id == Case.id,
        CaseEventRow.id == detail.event_id,
        ~exists().where(_CORRECTION.corrects == detail.event_id),
    ]


def _newest_live(detail: Any, item: ColumnElement[Any]) -> Any:
    return (
        select(item)
        .where(*_live(detail))
        .order_by(CaseEventRow.position.desc())
        .limit(1)
        .scalar_subquery()
    )


def _all_live(detail: Any, item: ColumnElement[Any]) -> Any:
    return select(_list(item, CaseEventRow.position)).where(*_live(detail)).scalar_subquery()


_THERAPIST = aliased(StaffUser)

_PARTS: dict[str, Any] = {
    "plan": select(
        _object(
            hospital=RehabPlan.hospital,
            department=RehabPlan.department,
            plan_type=RehabPlan.plan_type,
            kl_codes=RehabPlan.kl_codes,
            discharge_date=RehabPlan.discharge_date,
            health_start_date=RehabPlan.health_start_date,
            free_choice_date=RehabPlan.free_choice_date,
            start_offered_on=RehabPlan.start_offered_on,
            first_start_offered=RehabPlan.first_start_offered,
            free_choice_offered=RehabPlan.free_choice_offered,
            citizen_choice=RehabPlan.citizen_choice,
        )
    )
    .where(RehabPlan.case_id == Case.id)
    .scalar_subquery(),
    "application": select(_object(channel=Application.channel, submitter=Application.submitter))
    .where(Application.case_id == Case.id)
    .scalar_subquery(),
    "deadlines": select(
        _list(
            _object(
                kind=CaseDeadline.kind, due_date=CaseDeadline.due_date, met_on=CaseDeadline.met_on
            ),
            CaseDeadline.due_date,
            CaseDeadline.kind,
        )
    )
    .where(CaseDeadline.case_id == Case.id)
    .scalar_subquery(),
    "events": select(
        _list(
            _object(
                id=CaseEventRow.id,
                event=CaseEventRow.event,
                occurred_on=CaseEventRow.occurred_on,
                recorded_at=_utc(CaseEventRow.recorded_at),
                actor=CaseEventRow.actor,
                corrects=CaseEventRow.corrects,
                note=CaseEventRow.note,
            ),
            CaseEventRow.position,
        )
    )
    .where(CaseEventRow.case_id == Case.id)
    .scalar_subquery(),
    "invitation": select(
        _object(
            id=Invitation.id,
            meeting_at=_utc(Invitation.meeting_at),
            place=Invitation.place,
            site_id=Invitation.site_id,
            therapist_id=Invitation.therapist_id,
            therapist_name=_THERAPIST.display_name,
            sent_on=Invitation.sent_on,
            channel=Invitation.channel,
            letter_id=Invitation.letter_id,
            appointment_id=Invitation.appointment_id,
        )
    )
    .outerjoin(_THERAPIST, _THERAPIST.id == Invitation.therapist_id)
    .where(*_live(Invitation))
    .order_by(CaseEventRow.position.desc())
    .limit(1)
    .scalar_subquery(),
    "assessment": _newest_live(
        Assessment,
        _object(
            id=Assessment.id,
            assessed_on=Assessment.assessed_on,
            findings=Assessment.findings,
            override_reason=Assessment.override_reason,
        ),
    ),
    "decisions": _all_live(
        Decision,
        _object(
            id=Decision.id,
            outcome=Decision.outcome,
            sent_on=Decision.sent_on,
            channel=Decision.channel,
            received_on=Decision.received_on,
            disciplines=Decision.disciplines,
            form=Decision.form,
            transport_needed=Decision.transport_needed,
            reasons=Decision.reasons,
            findings=Decision.findings,
            after_complaint=Decision.after_complaint,
            letter_id=Decision.letter_id,
        ),
    ),
    "complaints": _all_live(
        Complaint,
        _object(
            id=Complaint.id,
            decision_id=Complaint.decision_id,
            received_on=Complaint.received_on,
            window_ends=Complaint.window_ends,
            late=Complaint.late,
            reassessment_due=Complaint.reassessment_due,
            summary=Complaint.summary,
            outcome=Complaint.outcome,
            reassessed_on=Complaint.reassessed_on,
            reassessment_note=Complaint.reassessment_note,
            forwarded_on=Complaint.forwarded_on,
            bundle_letter_id=Complaint.bundle_letter_id,
        ),
    ),
    "course": select(
        _object(
            id=Course.id,
            case_id=Course.case_id,
            legal_basis=Course.legal_basis,
            site_id=Course.site_id,
            status=Course.status,
            started_on=Course.started_on,
            ended_on=Course.ended_on,
            earlier=Course.earlier,
            note=Course.note,
        )
    )
    .where(Course.case_id == Case.id, Course.status != CourseStatus.CANCELLED.value)
    .order_by(Course.created_at.desc())
    .limit(1)
    .scalar_subquery(),
    "letters": select(
        _list(
            _object(
                id=Letter.id,
                kind=Letter.kind,
                template_version=Letter.template_version,
                content_hash=Letter.content_hash,
                created_at=_utc(Letter.created_at),
                created_by=Letter.created_by,
            ),
            Letter.created_at,
            Letter.id,
        )
    )
    .where(Letter.case_id == Case.id)
    .scalar_subquery(),
    # Every version of the service standard's limits for the case's legal basis: the domain
    # picks those in force on the day of receipt.
    "limits": select(
        _list(
            _object(
                kind=ServiceStandardLimit.kind,
                value=ServiceStandardLimit.value,
                unit=ServiceStandardLimit.unit,
                effective_from=ServiceStandardLimit.effective_from,
            ),
            ServiceStandardLimit.effective_from,
            ServiceStandardLimit.kind,
        )
    )
    .where(
        ServiceStandardLimit.centre_id == Case.centre_id,
        ServiceStandardLimit.legal_basis == Case.legal_basis,
    )
    .scalar_subquery(),
}


@cache
def case_page_read() -> Select[Any]:
    """The case's row: the page as one JSON document, and whether the caller may see it (the
    caller's sites or assignment, unless they see every site's cases)."""
    page = _object(
        id=Case.id,
        citizen_id=Case.citizen_id,
        citizen_name=Citizen.name,
        legal_basis=Case.legal_basis,
        basis=_object(
            referral_kind=LegalBasisRow.referral_kind,
            name=LegalBasisRow.name,
            short_name=LegalBasisRow.short_name,
            service=LegalBasisRow.service,
            training=LegalBasisRow.training,
        ),
        site=_object(id=Site.id, code=Site.code, name=Site.name),
        referral_kind=Case.referral_kind,
        received_at=_utc(Case.received_at),
        received_date=Case.received_date,
        condition=Case.condition,
        status=Case.status,
        flags=Case.flags,
        sender_system=Case.sender_system,
        sender_reference=Case.sender_reference,
        possible_duplicate_of=Case.possible_duplicate_of,
        closed_at=_utc(Case.closed_at),
        site_id=Case.site_id,
        assigned_to=Case.assigned_to,
        **_PARTS,
    )
    visible = or_(
        bind("all_sites", type_=Boolean),
        Case.site_id == func.any(bind("sites", type_=ARRAY(UUID(as_uuid=True)))),
        Case.assigned_to == bind("user_id", type_=UUID(as_uuid=True)),
    )
    return (
        select(
            Case.id.label("case_id"),
            Case.citizen_id.label("citizen_id"),
            visible.label("visible"),
            page.label("page"),
        )
        .join(Citizen, Citizen.id == Case.citizen_id)
        .join(Site, Site.id == Case.site_id)
        .join(LegalBasisRow, LegalBasisRow.code == Case.legal_basis)
        .where(Case.centre_id == bind("centre_id"), Case.id == bind("case_id"))
    )


@cache
def logged_case_page() -> Select[Any]:
    return logged_read(
        case_page_read(), citizen="citizen_id", order_by=["case_id"], only_if="visible"
    )


def reach_values(reach: CaseReach | None) -> dict[str, Any]:
    """The bind values of the caller's reach: every site's cases, or their sites' and those
    assigned to them."""
    if reach is None:
        return {"all_sites": True, "sites": [], "user_id": None}
    return {"all_sites": False, "sites": sorted(reach.site_ids), "user_id": reach.user_id}


async def case_page(
    session: AsyncSession,
    centre_id: uuid.UUID,
    case_id: uuid.UUID,
    *,
    reach: CaseReach | None,
    entry: Mapping[str, Any] | None,
) -> tuple[bool, dict[str, Any]] | None:
    """Whether the caller may see the case, and its page; None when the centre has no such
    case. With `entry`, a visible case's reading is logged in the same statement."""
    values: dict[str, Any] = {"centre_id": centre_id, "case_id": case_id, **reach_values(reach)}
    if entry is not None:
        values.update(entry)
    statement = logged_case_page() if entry is not None else case_page_read()
    rows = await fetch(session, statement, values)
    if not rows:
        return None
    row = rows[0]
    page = row["page"]
    document: dict[str, Any] = from_json(page) if isinstance(page, str | bytes) else page
    return bool(row["visible"]), document
