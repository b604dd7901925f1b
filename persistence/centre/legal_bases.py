"""Legal bases as the domain reads them: one row each, with the rules' data and its names."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.casework import LegalBasis, ReferralKind, Training
from domain.errors import RuleViolation
from persistence.centre.models import LegalBasisRow


def _legal_basis(row: LegalBasisRow) -> LegalBasis:
    return LegalBasis(
        row.code,
        ReferralKind(row.referral_kind),
        row.name,
        Training(row.training),
        short_name=row.short_name,
        service=row.service,
    )


async def get_legal_basis(session: AsyncSession, code: str) -> LegalBasis:
    row = await session.get(LegalBasisRow, code)
    if row is None:
        raise RuleViolation("Lovgrundlaget findes ikke.", field="legal_basis")
    return _legal_basis(row)


async def list_legal_bases(session: AsyncSession) -> list[LegalBasis]:
    """Every legal basis, in the order lists show them: hospital plans first, then by code."""
    rows = await session.scalars(select(LegalBasisRow))
    bases = [_legal_basis(row) for row in rows]
    return sorted(bases, key=lambda b: (b.referral_kind is not ReferralKind.REHAB_PLAN, b.code))
