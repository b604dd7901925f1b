"""The invitations migration 0012 could not put in the calendar, listed for rebooking."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import NotFound
from persistence.access import StaffUser
from persistence.casework.models import Case, Invitation, InvitationBookingClash
from persistence.citizens import Citizen


@dataclass(frozen=True, slots=True)
class OpenClash:
    clash: InvitationBookingClash
    invitation: Invitation
    case: Case
    citizen_name: str
    therapist_name: str


async def open_clashes(session: AsyncSession, centre_id: uuid.UUID) -> list[OpenClash]:
    """The clashes not yet rebooked, the earliest conversation first."""
    rows = await session.execute(
        select(InvitationBookingClash, Invitation, Case, Citizen.name, StaffUser.display_name)
        .join(Invitation, Invitation.id == InvitationBookingClash.invitation_id)
        .join(Case, Case.id == Invitation.case_id)
        .join(Citizen, Citizen.id == Case.citizen_id)
        .join(StaffUser, StaffUser.id == Invitation.therapist_id)
        .where(InvitationBookingClash.centre_id == centre_id)
        .order_by(Invitation.meeting_at, InvitationBookingClash.id)
        .limit(500)
    )
    return [OpenClash(*row) for row in rows.all()]


async def lock_clash(
    session: AsyncSession, centre_id: uuid.UUID, clash_id: uuid.UUID
) -> tuple[InvitationBookingClash, Invitation]:
    """The clash and its invitation, locked: two rebookings of one clash queue."""
    row = await session.execute(
        select(InvitationBookingClash, Invitation)
        .join(Invitation, Invitation.id == InvitationBookingClash.invitation_id)
        .where(InvitationBookingClash.centre_id == centre_id,
               InvitationBookingClash.id == clash_id)
        .with_for_update(of=InvitationBookingClash)
    )  # fmt: skip
    found = row.first()
    if found is None:
        raise NotFound("Konflikten findes ikke eller er allerede genbooket.")
    return found[0], found[1]


async def resolve_clash(session: AsyncSession, clash: InvitationBookingClash) -> None:
    """The conversation is in the calendar now (`invitation.appointment_id`): the clash is
    done with."""
    await session.delete(clash)
    await session.flush()
