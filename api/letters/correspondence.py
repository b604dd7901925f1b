"""Letters to the citizen: built from a case's facts, rendered from the centre's current
template, stored as sent (the PDF, its hash and the template version).

Templates are rendered and PDFs printed in the app's letter workers (`api.letters.workers`),
off the event loop and within their time and memory limits. A letter that its template cannot
make within them is refused as a problem naming the template; the request is one transaction,
so nothing of it is kept.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import date

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from api.context import Caller
from api.letters.context import (
    DEFAULT_CENTRE,
    CaseInfo,
    CitizenInfo,
    ComplaintInfo,
    DecisionInfo,
    EndingInfo,
    FinalStatusInfo,
    InvitationInfo,
    LetterContext,
    SiteInfo,
    TrainingPlanInfo,
)
from api.letters.defaults import DEFAULT_TEMPLATES
from api.letters.kinds import LABELS, LetterKind
from api.letters.pdf import appeals_bundle as combine
from api.letters.pdf import content_hash
from api.letters.workers import LetterWorkers
from domain.casework import Outcome, complaint_days, complaint_window_end, reassessment_days
from domain.centre import LimitKind
from domain.errors import RuleViolation
from domain.training import DISCIPLINE_DANISH, FORM_DANISH, CourseForm, Discipline
from persistence.access import get_user
from persistence.casework import Case, Complaint, Decision, Invitation, get_decision
from persistence.centre import get_legal_basis, get_site, service_standard, working_day_calendar
from persistence.citizens import get_citizen
from persistence.letters import Letter, add_letter, current_templates, get_letter, latest_letter

INVITATION = LetterKind.INVITATION
GRANT = LetterKind.GRANT
REFUSAL = LetterKind.REFUSAL
REASSESSMENT_UPHELD = LetterKind.REASSESSMENT_UPHELD
FINAL_STATUS = LetterKind.FINAL_STATUS
COURSE_ENDING = LetterKind.COURSE_ENDING
TRAINING_PLAN = LetterKind.TRAINING_PLAN
APPEALS_BUNDLE = "appeals_bundle"


def workers_of(request: Request) -> LetterWorkers:
    """The app's letter workers (started in its lifespan)."""
    workers: LetterWorkers = request.app.state.letter_workers
    return workers


async def template_of(session: AsyncSession, caller: Caller, kind: LetterKind) -> tuple[str, int]:
    """The centre's newest template for `kind`, or the system's default (version 0)."""
    saved = (await current_templates(session, caller.centre_id)).get(kind.value)
    return (saved.body, saved.version) if saved else (DEFAULT_TEMPLATES[kind], 0)


def _decision_info(decision: Decision) -> DecisionInfo:
    refusing = [str(f["text"]) for f in decision.findings if f.get("outcome") == Outcome.NOT_MET]
    return DecisionInfo(
        decided_on=decision.sent_on,
        disciplines=[DISCIPLINE_DANISH[Discipline(d)] for d in decision.disciplines],
        form=FORM_DANISH[CourseForm(decision.form)] if decision.form else "",
        transport=decision.transport_needed,
        reasons=decision.reasons or "",
        findings=refusing if decision.outcome == "refuse" else [],
    )


async def _context(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    *,
    invitation: Invitation | None = None,
    decision: Decision | None = None,
    complaint: Complaint | None = None,
) -> LetterContext:
    citizen = await get_citizen(session, caller.centre_id, case.citizen_id)
    site = await get_site(session, caller.centre_id, case.site_id)
    basis = await get_legal_basis(session, case.legal_basis)
    standard = await service_standard(session, caller.centre_id)
    limits = standard.in_force(case.legal_basis, case.received_date)
    complaint_limit = limits.get(LimitKind.COMPLAINT)
    reassessment_limit = limits.get(LimitKind.REASSESSMENT)
    if complaint is not None and decision is None:
        decision = await get_decision(session, caller.centre_id, complaint.decision_id)

    invitation_info = None
    letter_date = caller.today()
    if invitation is not None:
        meeting_site = (
            await get_site(session, caller.centre_id, invitation.site_id)
            if invitation.site_id
            else None
        )
        therapist = await get_user(session, caller.centre_id, invitation.therapist_id)
        invitation_info = InvitationInfo(
            meeting_at=invitation.meeting_at,
            place="home" if invitation.place == "home" else "site",
            site_name=meeting_site.name if meeting_site else None,
            site_address=meeting_site.address if meeting_site else None,
            therapist_name=therapist.display_name,
            channel=invitation.channel,
        )
        letter_date = invitation.sent_on
    deadline: date | None = None
    if decision is not None:
        letter_date = decision.sent_on
        if decision.received_on is not None and complaint_limit is not None:
            calendar = await working_day_calendar(session, caller.centre_id)
            deadline = complaint_window_end(decision.received_on, complaint_limit, calendar)
    if complaint is not None and complaint.reassessed_on is not None:
        letter_date = complaint.reassessed_on
    return LetterContext(
        centre=DEFAULT_CENTRE,
        site=SiteInfo(name=site.name, address=site.address, phone=site.phone),
        citizen=CitizenInfo(name=citizen.name, address=citizen.address),
        letter_date=letter_date,
        case=CaseInfo(
            received_date=case.received_date,
            legal_basis_name=basis.name,
            legal_basis_citation=basis.citation,
            complaint_days=complaint_days(complaint_limit),
            reassessment_days=reassessment_days(reassessment_limit),
        ),
        invitation=invitation_info,
        decision=_decision_info(decision) if decision is not None else None,
        complaint=ComplaintInfo(
            received_on=complaint.received_on,
            reassessed_on=complaint.reassessed_on or caller.today(),
            forwarded_on=complaint.forwarded_on,
        )
        if complaint is not None
        else None,
        complaint_deadline=deadline,
    )


@dataclass(frozen=True, slots=True)
class Parts:
    """What a letter is about, beside the case: the rows of the step that sends it."""

    invitation: Invitation | None = None
    decision: Decision | None = None
    complaint: Complaint | None = None
    ending: EndingInfo | None = None  # a § 86 course ended by a decision
    final_status: FinalStatusInfo | None = None  # to the GP after genoptræning
    training_plan: TrainingPlanInfo | None = None  # the citizen's coming sessions


def _by_template(violation: RuleViolation, kind: LetterKind, version: int) -> RuleViolation:
    """A saved template's refusal (saved before a rule or limit came, or over a limit with
    this case's facts), naming the template: the request's own fields are not at fault."""
    if not (violation.rule or "").startswith("template-"):
        return violation
    which = f"version {version}" if version else "standardskabelonen"
    return RuleViolation(
        f"Brevet kan ikke dannes med skabelonen til {LABELS[kind]} ({which}):"
        f" {violation.message} En teamleder kan rette skabelonen.",
        rule=violation.rule,
    )


async def _html(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    kind: LetterKind,
    parts: Parts,
    workers: LetterWorkers,
) -> tuple[str, int]:
    """The letter as HTML from the centre's current template, and that template's version."""
    context = await _context(
        session, caller, case,
        invitation=parts.invitation, decision=parts.decision, complaint=parts.complaint,
    )  # fmt: skip
    context = replace(
        context, ending=parts.ending, final_status=parts.final_status,
        training_plan=parts.training_plan,
    )  # fmt: skip
    source, version = await template_of(session, caller, kind)
    try:
        return await workers.render_html(kind, source, context), version
    except RuleViolation as violation:
        raise _by_template(violation, kind, version) from None


async def preview(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    kind: LetterKind,
    parts: Parts,
    *,
    workers: LetterWorkers,
) -> str:
    """The letter as HTML, as it would be sent; nothing is stored."""
    html, _ = await _html(session, caller, case, kind, parts, workers)
    return html


async def issue(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    kind: LetterKind,
    parts: Parts,
    *,
    workers: LetterWorkers,
) -> Letter:
    """Render the letter to PDF and keep it with the case, as sent."""
    html, version = await _html(session, caller, case, kind, parts, workers)
    try:
        pdf = await workers.render_pdf(html)
    except RuleViolation as violation:
        raise _by_template(violation, kind, version) from None
    return await _store(session, caller, case, kind.value, pdf, version)


async def _store(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    kind: str,
    pdf: bytes,
    version: int | None,
) -> Letter:
    letter = Letter(
        centre_id=case.centre_id,
        case_id=case.id,
        kind=kind,
        template_version=version,
        content_hash=content_hash(pdf),
        pdf=pdf,
        created_by=caller.actor,
    )
    return await add_letter(session, letter)


async def appeals_bundle(
    session: AsyncSession,
    caller: Caller,
    case: Case,
    decision: Decision,
    complaint: Complaint,
    *,
    workers: LetterWorkers,
) -> Letter:
    """What goes to Ankestyrelsen: the decision letter, the complaint, the reassessment."""
    decision_letter = (
        await get_letter(session, caller.centre_id, decision.letter_id)
        if decision.letter_id
        else None
    )
    reassessment_letter = await latest_letter(session, case.id, REASSESSMENT_UPHELD.value)
    complaint_pdf = await workers.render_text_pdf(
        "Klage over afgørelse",
        [
            f"Klagen blev modtaget den {complaint.received_on.isoformat()}.",
            (
                "Klagen kom efter klagefristens udløb"
                f" ({complaint.window_ends.isoformat()}) og er behandlet alligevel."
                if complaint.late and complaint.window_ends
                else "Klagen kom inden for klagefristen."
            ),
            f"Klagen: {complaint.summary}",
            f"Revurderet den {complaint.reassessed_on.isoformat()}: afgørelsen fastholdes."
            if complaint.reassessed_on
            else "",
            complaint.reassessment_note or "",
        ],
    )
    parts = [
        part
        for part in (
            decision_letter.pdf if decision_letter else None,
            complaint_pdf,
            reassessment_letter.pdf if reassessment_letter else None,
        )
        if part is not None
    ]
    pdf = await asyncio.to_thread(combine, parts)
    return await _store(session, caller, case, APPEALS_BUNDLE, pdf, None)
