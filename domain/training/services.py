"""A course's content as FSIII training services (Fælles Sprog III, published by KL).

National codes, stored with their system and display; never local ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.errors import RuleViolation

FSIII_SYSTEM = "urn:oid:1.2.208.176.2.21"


class ServiceGroup(StrEnum):
    HEALTH_ACT_140 = "health_act_140"  # Kommunal genoptræning efter sygehusophold-indsatser
    SOCIAL_SERVICES_ACT_86 = "social_services_act_86"  # Serviceloven § 86


@dataclass(frozen=True, slots=True)
class TrainingService:
    code: str
    display: str
    group: ServiceGroup
    system: str = FSIII_SYSTEM


_140 = ServiceGroup.HEALTH_ACT_140
_86 = ServiceGroup.SOCIAL_SERVICES_ACT_86

TRAINING_SERVICES: tuple[TrainingService, ...] = (
    TrainingService("1130ad70-6553-490d-87f8-5e8941687a0c", "Terapeutfaglig udredning", _140),
    TrainingService("2abe20c7-c0b4-41c1-b397-52acf36499ef", "Fysisk træning", _140),
    TrainingService("2c661159-1bb3-4af2-bdf1-f3a9927a99e2", "Kognitiv træning", _140),
    TrainingService("571fa7da-a155-4a84-b780-ef19170d48a0", "Opfølgning", _140),
    TrainingService("58293f63-00d7-4730-8dbc-c784d40f9e23", "Funktionstræning", _140),
    TrainingService("66fb32c9-ecc3-484b-be49-f20094be237c", "Vejledning og undervisning", _140),
    TrainingService("7f825e3e-1a5c-4249-bf41-9f7171fb6b8a", "ADL-træning", _140),
    TrainingService("8d714c98-f23a-4722-8a2f-85c162fe4840", "Psykomotorisk træning", _140),
    TrainingService("ba3e17bd-d4aa-4848-acad-25adc8285c19", "Koordinering og kommunikation", _140),
    TrainingService("f8ac963c-6ec5-4ec5-bd90-a22fea4e2d16", "Manuel behandling", _140),
    TrainingService("db582ef3-121c-4061-9569-3dbede361d47", "§ 86 stk. 1 Genoptræning (H5)", _86),
    TrainingService(
        "49b9601f-eff7-43a4-8263-56296ec82601", "Genoptræning af funktionsnedsættelse (H5.1)", _86
    ),
    TrainingService(
        "ae759142-4006-454f-a585-ca02519e5579", "§ 86 stk. 2 Vedligeholdelsestræning (H6)", _86
    ),
    TrainingService(
        "c7d79b23-a53d-4ad5-a536-24d7c7fe8e18", "Vedligehold af færdigheder (H6.1)", _86
    ),
)
_BY_CODE = {service.code: service for service in TRAINING_SERVICES}


class UnknownTrainingService(RuleViolation):
    """A course's content is one of the national FSIII codes."""


def training_service(code: str) -> TrainingService:
    found = _BY_CODE.get(code)
    if found is None:
        raise UnknownTrainingService(
            "Ukendt FSIII-indsats.", field="code", rule="fsiii_training_service"
        )
    return found


def training_services(codes: list[str]) -> tuple[TrainingService, ...]:
    """The course's content: each code known, each once."""
    found = []
    for index, code in enumerate(codes):
        service = _BY_CODE.get(code)
        if service is None:
            raise UnknownTrainingService(
                "Ukendt FSIII-indsats.", field=f"codes.{index}", rule="fsiii_training_service"
            )
        if service in found:
            raise RuleViolation(
                "Hver indsats må kun angives én gang.", field=f"codes.{index}",
                rule="fsiii_training_service",
            )  # fmt: skip
        found.append(service)
    return tuple(found)
