"""What became of a received message, and where its case goes."""

from __future__ import annotations

from enum import StrEnum

from domain.citizens import is_other_municipality


class IntakeStatus(StrEnum):
    RECEIVED = "received"  # kept, not yet mapped (only ever seen inside its transaction)
    MAPPED = "mapped"  # a case was opened
    FAILED = "failed"  # kept with the reason it could not be mapped, for staff
    OTHER_MUNICIPALITY = "other_municipality"  # KL: "Anden kommune"


# The training site that receives each municipality's plans (the seed's site codes):
# Træningscenter Syd lies in Ishøj, Træningscenter Nord in Vallensbæk.
_SITE_OF_MUNICIPALITY = {"183": "syd", "187": "nord"}


def site_code_for(citizen_municipality: str, receiver_municipality: str) -> str:
    """The site of the citizen's municipality, else of the municipality the plan was sent to."""
    if not is_other_municipality(citizen_municipality):
        return _SITE_OF_MUNICIPALITY[citizen_municipality]
    return _SITE_OF_MUNICIPALITY.get(receiver_municipality, "syd")
