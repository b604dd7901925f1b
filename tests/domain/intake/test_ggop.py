"""Reading MedCom hospital plans (GGOP): hardened parsing, and each field checked."""

from __future__ import annotations

import time
import tracemalloc
from datetime import date

import pytest

from domain.casework import PlanType
from domain.errors import RuleViolation
from domain.intake import (
    Diagnosis,
    GeneralPractitioner,
    MessageUnreadable,
    NotARehabPlan,
    read_envelope,
    read_plan,
    site_code_for,
    summarise_plan,
)
from tests.fixtures.ggop_messages import fixture, ggop

TODAY = date(2026, 11, 23)


def read(raw: bytes):  # type: ignore[no-untyped-def]
    return read_plan(read_envelope(raw).plan, today=TODAY)


def test_a_plan_is_read_with_every_field_the_referral_needs() -> None:
    envelope = read_envelope(ggop())
    assert envelope.message_id == "GGOP-HVH-20261123-000417"
    plan = read_plan(envelope.plan, today=TODAY)
    assert plan.sender_ean == "5790000123456"
    assert plan.receiver_ean == "5790001234567"
    assert plan.receiver_municipality == "183"
    assert not plan.for_other_municipality
    assert plan.hospital == "Hvidovre Hospital"
    assert plan.department == "Ortopædkirurgisk Afdeling, afsnit 126"
    assert plan.cpr.digits == "1203451238"
    assert plan.cpr.birth_date == date(1945, 3, 12)
    assert plan.patient_name == "Birthe Solvej Kragelund"
    assert plan.patient_address == "Vejlebrovej 88, 2. th., 2635 Ishøj"
    assert plan.plan_type is PlanType.ALMEN_BASAL
    assert plan.discharge_date == date(2026, 11, 20)
    assert plan.start_date == date(2026, 11, 20)
    assert plan.start_text is None
    assert plan.diagnoses == (
        Diagnosis("DS720", "Brud på lårbenshals"),
        Diagnosis("DM810", "Knogleskørhed efter overgangsalder"),
    )
    assert plan.condition == "DS720 Brud på lårbenshals"
    assert plan.general_practitioner == GeneralPractitioner(
        "Anne Lykke", "Lægerne ved Ishøj Bycenter", "012345"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Almen genoptræning - avanceret", PlanType.ALMEN_AVANCERET),
        ("almen  basal", PlanType.ALMEN_BASAL),
        ("Genoptræning på specialiseret niveau", PlanType.SPECIALISERET),
        ("Rehabilitering på specialiseret niveau", PlanType.REHABILITERING_SPECIALISERET),
    ],
)
def test_kl_plan_type_names_map_to_the_plan_types(written: str, expected: PlanType) -> None:
    assert read(ggop(TypeOfRehabilitationPlan=written)).plan_type is expected


def test_a_start_given_as_free_text_is_kept_as_text_without_a_date() -> None:
    plan = read(ggop(RehabilitationDeadline="Opstart når gipsen er fjernet, ca. 6 uger"))
    assert plan.start_date is None
    assert plan.start_text == "Opstart når gipsen er fjernet, ca. 6 uger"


def test_a_discharge_written_as_expected_end_with_a_nested_date_is_read() -> None:
    raw = ggop(End=None).replace(
        b"<Start>2026-11-16</Start>",
        b"<Start>2026-11-16</Start><ExpectedEnd><Date>2026-11-19</Date><Time>12:00</Time>"
        b"</ExpectedEnd>",
    )
    assert read(raw).discharge_date == date(2026, 11, 19)


def test_a_four_digit_kommunenummer_and_another_municipality_are_read() -> None:
    raw = ggop().replace(b"<Identifier>183</Identifier>", b"<Identifier>0167</Identifier>")
    plan = read(raw)
    assert plan.receiver_municipality == "167"
    assert plan.for_other_municipality


@pytest.mark.parametrize(
    ("elements", "field"),
    [
        ({"Patient_CivilRegistrationNumber": "3213451238"}, "Patient.CivilRegistrationNumber"),
        ({"Patient_CivilRegistrationNumber": "12034512"}, "Patient.CivilRegistrationNumber"),
        ({"Patient_CivilRegistrationNumber": None}, "Patient.CivilRegistrationNumber"),
        ({"TypeOfRehabilitationPlan": "Almen genoptræning"}, "TypeOfRehabilitationPlan"),
        ({"TypeOfRehabilitationPlan": "Kurophold"}, "TypeOfRehabilitationPlan"),
        ({"End": "20. november"}, "CurrentHospitalContact.End"),
        ({"End": None}, "CurrentHospitalContact.End"),
        ({"DiagnosisCode": "brud"}, "DiagnosisInformation.Diagnosis"),
        ({"DiagnosisInformation": None}, "DiagnosisInformation"),
        ({"Receiver_Identifier": "999"}, "Receiver.Identifier"),
        ({"Sender_EANIdentifier": "57900"}, "Sender.EANIdentifier"),
        ({"GeneralPractitioner_Identifier": "12"}, "GeneralPractitioner.Identifier"),
        ({"Sender_OrganisationName": "H" * 201}, "Sender.OrganisationName"),
    ],
)
def test_a_plan_field_that_cannot_be_read_is_named_without_its_value(
    elements: dict[str, str | None], field: str
) -> None:
    with pytest.raises(RuleViolation) as refused:
        read(ggop(**elements))
    assert refused.value.field == field
    assert "1203451238" not in refused.value.message
    assert "3213451238" not in refused.value.message


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_a_dtd_is_refused_before_any_entity_is_expanded_fast_and_small(name: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(MessageUnreadable) as refused:
            read_envelope(fixture(name))
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.rule == "no_dtd"
    assert elapsed < 1.0
    assert peak < 50 * 1024 * 1024


def test_broken_markup_is_unreadable() -> None:
    with pytest.raises(MessageUnreadable):
        read_envelope(fixture("malformed.xml"))


def test_a_message_over_the_size_limit_is_refused_before_parsing() -> None:
    huge = b"<Emessage>" + b" " * (1_048_576) + b"</Emessage>"
    with pytest.raises(MessageUnreadable) as refused:
        read_envelope(huge)
    assert "for stor" in refused.value.message


def test_another_namespace_or_root_is_not_a_rehab_plan() -> None:
    with pytest.raises(NotARehabPlan) as refused:
        read_envelope(fixture("wrong_namespace.xml"))
    assert refused.value.rule == "namespace"
    other_root = ggop().replace(b"RehabilitationPlan>", b"DischargeLetter>")
    with pytest.raises(NotARehabPlan) as refused:
        read_envelope(other_root)
    assert refused.value.rule == "root"
    with pytest.raises(NotARehabPlan):
        read_envelope(ggop(message_id="id with spaces"))


def test_plans_go_to_the_site_of_the_citizens_municipality() -> None:
    assert site_code_for("183", "187") == "syd"
    assert site_code_for("187", "183") == "nord"
    # A citizen of another municipality: the site of the municipality the plan was sent to.
    assert site_code_for("167", "187") == "nord"


def test_a_plan_that_cannot_be_read_is_still_summarised_for_staff() -> None:
    plan = read_envelope(ggop(TypeOfRehabilitationPlan="Kurophold", End=None)).plan
    summary = summarise_plan(plan)
    assert summary.hospital == "Hvidovre Hospital"
    assert summary.department == "Ortopædkirurgisk Afdeling, afsnit 126"
    assert summary.patient_name == "Birthe Solvej Kragelund"
