"""The initial assessment: the eligibility rules' findings, with the facts they used."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from api.casework.schemas import AssessmentIn, CaseOut
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.unit_of_work import UnitOfWork
from domain.casework.case_lifecycle import CaseEvent
from domain.casework.eligibility import (
    Finding,
    Outcome,
    Override,
    maintenance_need,
    one_offer_at_a_time,
    rehabilitation_need,
    renewed_application_quarantine,
)
from domain.casework.referral import Training
from domain.centre import LimitKind
from domain.errors import RuleViolation
from persistence.casework.models import Assessment, Case
from persistence.centre import get_legal_basis, service_standard
from persistence.training import active_course, last_rehabilitation_end, rehabilitation_bases

QUARANTINE = "renewed_application_quarantine"
ONE_OFFER_FLAG = "one_offer_at_a_time"


def _required(value: bool | None, field: str) -> bool:
    if value is None:
        raise RuleViolation("Terapeutens vurdering skal udfyldes.", field=field)
    return value


async def findings_for(work: UnitOfWork, body: AssessmentIn, case: Case) -> list[Finding]:
    """The rules of the service standard for this case, from the therapist's facts and ours."""
    session, caller = work.session, work.caller
    basis = await get_legal_basis(session, case.legal_basis)
    active = await active_course(session, caller.centre_id, case.citizen_id)
    own_course = active is not None and active.case_id == case.id
    findings = [
        one_offer_at_a_time(
            referral_kind=case.referral_kind,
            maintenance=basis.maintenance,
            active_course_at_centre=active is not None and not own_course,
            therapy_elsewhere_same_condition=body.therapy_elsewhere_same_condition,
            trains_elsewhere=body.trains_elsewhere,
        )
    ]
    if basis.need_test is None:
        return findings  # a right: no need test, no quarantine
    if basis.need_test is Training.MAINTENANCE:
        findings.append(
            maintenance_need(
                has_physical_psychological_or_social_problems=_required(
                    body.has_physical_psychological_or_social_problems,
                    "has_physical_psychological_or_social_problems",
                ),
                cannot_keep_up_alone=_required(body.cannot_keep_up_alone, "cannot_keep_up_alone"),
                no_other_training_suffices=_required(
                    body.no_other_training_suffices, "no_other_training_suffices"
                ),
            )
        )
        return findings
    findings.append(
        rehabilitation_need(
            loss_without_hospital_contact=_required(
                body.loss_without_hospital_contact, "loss_without_hospital_contact"
            ),
            cannot_regain_by_own_effort=_required(
                body.cannot_regain_by_own_effort, "cannot_regain_by_own_effort"
            ),
        )
    )
    if basis.quarantine_applies:
        standard = await service_standard(session, caller.centre_id)
        limits = standard.in_force(case.legal_basis, case.received_date)
        if LimitKind.QUARANTINE in limits:
            bases = await rehabilitation_bases(session)
            ended = await last_rehabilitation_end(session, caller.centre_id, case.citizen_id, bases)
            override = (
                Override(QUARANTINE, body.quarantine_override.reason)
                if body.quarantine_override
                else None
            )
            findings.append(
                renewed_application_quarantine(
                    received=case.received_date,
                    last_municipal_rehabilitation_ended=ended,
                    months=limits[LimitKind.QUARANTINE].value,
                    override=override,
                )
            )
    return findings


def finding_json(finding: Finding) -> dict[str, object]:
    return {**asdict(finding), "outcome": finding.outcome.value, "facts": dict(finding.facts)}


async def assess(work: UnitOfWork, case_id: uuid.UUID, body: AssessmentIn) -> CaseOut:
    """Record the assessment; a hospital plan is never refused, a clash is flagged."""
    case = await lock_visible(work, case_id)
    check_step(case, CaseEvent.ASSESS)
    check_day(work, body.assessed_on, case, "assessed_on")
    findings = await findings_for(work, body, case)
    event = await step(work, case, CaseEvent.ASSESS, body.assessed_on, note=body.note)
    overridden = next((f for f in findings if f.outcome is Outcome.OVERRIDDEN), None)
    work.session.add(
        Assessment(
            centre_id=case.centre_id,
            case_id=case.id,
            event_id=event.id,
            assessed_on=body.assessed_on,
            findings=[finding_json(finding) for finding in findings],
            override_reason=body.quarantine_override.reason
            if overridden and body.quarantine_override
            else None,
        )
    )
    flagged = any(finding.outcome is Outcome.FLAG for finding in findings)
    if flagged and ONE_OFFER_FLAG not in case.flags:
        case.flags = [*case.flags, ONE_OFFER_FLAG]
    await work.session.flush()
    return await answer(work, case)
