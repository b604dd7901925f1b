"""Assigning a case to a therapist: the worklist's "Mine sager" are the cases assigned to one."""

from __future__ import annotations

import uuid

from api.casework.schemas import AssignmentOut, StaffRef
from api.casework.use_cases.case_service import lock_visible
from api.context import audit
from api.unit_of_work import UnitOfWork
from domain.access import CLINICAL_ROLES, Role
from domain.errors import RuleViolation
from persistence.access import get_user


async def assign_case(
    work: UnitOfWork, case_id: uuid.UUID, user_id: uuid.UUID | None
) -> AssignmentOut:
    """Assign the case to an active member of staff with a clinical role at the case's site,
    or take the assignment away (null). Refused at the field, nothing written, otherwise."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    assignee: StaffRef | None = None
    if user_id is not None:
        user = await get_user(session, caller.centre_id, user_id, field="user_id")
        if not user.active:
            raise RuleViolation("Brugeren er deaktiveret.", field="user_id", rule="active")
        if not CLINICAL_ROLES & {Role(role) for role in user.roles}:
            raise RuleViolation(
                "Sagen kan kun tildeles en terapeut, visitator eller teamleder.",
                field="user_id",
                rule="clinical_role",
            )
        if case.site_id not in user.site_ids:
            raise RuleViolation(
                "Brugeren arbejder ikke på sagens matrikel.", field="user_id", rule="site"
            )
        assignee = StaffRef(id=user.id, display_name=user.display_name)
    case.assigned_to = user_id
    await session.flush()
    await audit(session, caller, use="change", citizen_ids=[case.citizen_id])
    return AssignmentOut(case_id=case.id, assignee=assignee)
