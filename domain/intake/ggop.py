"""MedCom's "Den Gode Genoptræningsplan" (GGOP): a hospital's rehabilitation plan as XML.

Read in two steps. `read_envelope` decides whether the body is a GGOP message at all: a
hardened parse (no DTD, no entities, nothing fetched), the namespace, the root and the
message id. Refused there, nothing is kept. `read_plan` then reads the plan's fields; a plan
it cannot read is kept as a failed intake with the reason, so no plan is ever lost.

Messages never repeat a value they refuse: it may be a CPR number or health text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from domain.casework import PlanType
from domain.citizens import MUNICIPALITIES, Cpr, is_other_municipality
from domain.errors import DomainError, RuleViolation

NAMESPACE = "urn:oio:medcom:municipality:1.0.4"
MAX_MESSAGE_BYTES = 1_048_576  # a plan is a few kilobytes; 1 MiB leaves room for long texts
MAX_DIAGNOSES = 20
_NS = f"{{{NAMESPACE}}}"


class MessageUnreadable(DomainError):
    """Not a well-formed, harmless XML document (a DTD, an entity, broken markup, too big)."""


class NotARehabPlan(DomainError):
    """Well-formed XML, but not a GGOP message: another namespace or root, or no message id."""


@dataclass(frozen=True, slots=True)
class Envelope:
    """What identifies a message before its plan is read."""

    message_id: str
    plan: Element


@dataclass(frozen=True, slots=True)
class Diagnosis:
    code: str  # ICD-10 as SKS writes it (DS720) or plain (S72.0)
    text: str


@dataclass(frozen=True, slots=True)
class GeneralPractitioner:
    name: str
    clinic: str | None
    provider_number: str | None  # ydernummer, six digits


@dataclass(frozen=True, slots=True)
class GgopPlan:
    """A hospital plan as the centre records it (the fields a § 140 referral needs)."""

    sender_ean: str
    receiver_ean: str
    receiver_municipality: str  # kommunenummer, three digits
    hospital: str
    department: str
    cpr: Cpr
    patient_name: str
    patient_address: str
    plan_type: PlanType
    discharge_date: date
    start_date: date | None  # the hospital's start date, where it gives a date
    start_text: str | None  # ... and where it gives free text instead, for staff to date
    diagnoses: tuple[Diagnosis, ...]
    general_practitioner: GeneralPractitioner | None

    @property
    def for_other_municipality(self) -> bool:
        """Addressed to a municipality the centre does not serve (KL: "Anden kommune")."""
        return is_other_municipality(self.receiver_municipality)

    @property
    def condition(self) -> str:
        """The case's condition: the primary diagnosis, code and text."""
        first = self.diagnoses[0]
        return f"{first.code} {first.text}".strip()[:500]


def read_envelope(raw: bytes) -> Envelope:
    """The message id and the plan element of a GGOP message, or a refusal.

    The size is checked before any parsing; a DTD (and so any entity: billion laughs, an
    external file) is refused by the parser before it is expanded.
    """
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MessageUnreadable(
            f"Beskeden er for stor (højst {MAX_MESSAGE_BYTES} byte).", field="body"
        )
    try:
        root: Element = fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise MessageUnreadable(
            "Beskeden må ikke indeholde DTD'er eller entiteter.", field="body", rule="no_dtd"
        ) from None
    except (ElementTree.ParseError, ValueError, UnicodeError):
        raise MessageUnreadable("Beskeden er ikke gyldig XML.", field="body") from None
    if not root.tag.startswith(_NS):
        raise NotARehabPlan(
            f"Beskeden skal have navnerummet {NAMESPACE}.", field="body", rule="namespace"
        )
    plan = root.find(f"{_NS}RehabilitationPlan")
    if root.tag != f"{_NS}Emessage" or plan is None:
        raise NotARehabPlan(
            "Beskeden skal være en MedCom-konvolut (Emessage) med en RehabilitationPlan.",
            field="body",
            rule="root",
        )
    message_id = _text(root, "Envelope/Identifier")
    if not message_id or len(message_id) > 100 or not _MESSAGE_ID.fullmatch(message_id):
        raise NotARehabPlan(
            "Konvolutten skal have et besked-id (Envelope/Identifier, højst 100 tegn).",
            field="Envelope.Identifier",
        )
    return Envelope(message_id, plan)


_MESSAGE_ID = re.compile(r"[A-Za-z0-9._:-]+")
_EAN = re.compile(r"[0-9]{13}")
_PROVIDER_NUMBER = re.compile(r"[0-9]{6}")
# ICD-10: SKS writes a D before the code and no dot (DS720); others write S72.0.
_ICD10 = re.compile(r"D?[A-Z][0-9]{2}(\.?[0-9A-Z]{1,4})?")

# KL's names of the plan types, as hospitals write them, lower case and in single spaces.
_PLAN_TYPES: dict[str, PlanType] = {
    "almen genoptræning - basal": PlanType.ALMEN_BASAL,
    "almen genoptræning, basal": PlanType.ALMEN_BASAL,
    "almen basal": PlanType.ALMEN_BASAL,
    "basal": PlanType.ALMEN_BASAL,
    "almen genoptræning - avanceret": PlanType.ALMEN_AVANCERET,
    "almen genoptræning, avanceret": PlanType.ALMEN_AVANCERET,
    "almen avanceret": PlanType.ALMEN_AVANCERET,
    "avanceret": PlanType.ALMEN_AVANCERET,
    "genoptræning på specialiseret niveau": PlanType.SPECIALISERET,
    "specialiseret genoptræning": PlanType.SPECIALISERET,
    "specialiseret": PlanType.SPECIALISERET,
    "rehabilitering på specialiseret niveau": PlanType.REHABILITERING_SPECIALISERET,
}


def plan_type(text: str) -> PlanType:
    """The plan type from KL's name; almen genoptræning must say basal or avanceret."""
    key = " ".join(text.lower().split())
    if key in ("almen", "almen genoptræning"):
        raise RuleViolation(
            "Planen angiver almen genoptræning uden niveau (basal eller avanceret).",
            field="TypeOfRehabilitationPlan",
        )
    try:
        return _PLAN_TYPES[key]
    except KeyError:
        raise RuleViolation(
            "Plantypen er ukendt (almen basal, almen avanceret, specialiseret eller "
            "rehabilitering på specialiseret niveau).",
            field="TypeOfRehabilitationPlan",
        ) from None


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """What staff need to recognise a plan that could not be read in full."""

    hospital: str | None
    department: str | None
    patient_name: str | None


def summarise_plan(plan: Element) -> PlanSummary:
    """The sender and the patient's name as far as they can be read; never refuses."""

    def text(path: str, max_length: int) -> str | None:
        found = _text(plan, path)
        return found[:max_length] if found else None

    name = " ".join(
        part
        for part in (text("Patient/PersonGivenName", 100), text("Patient/PersonSurnameName", 100))
        if part
    )
    return PlanSummary(
        text("Sender/OrganisationName", 200), text("Sender/DepartmentName", 200), name or None
    )


def read_plan(plan: Element, *, today: date) -> GgopPlan:
    """The plan's fields, each checked; the first one wrong is named in the refusal."""
    cpr_text = _required(plan, "Patient/CivilRegistrationNumber", 11)
    try:
        cpr = Cpr.parse(cpr_text, today=today)
    except RuleViolation as refused:
        raise RuleViolation(refused.message, field="Patient.CivilRegistrationNumber") from None
    given = _optional(plan, "Patient/PersonGivenName", 100) or ""
    surname = _required(plan, "Patient/PersonSurnameName", 100)
    street = _optional(plan, "Patient/StreetName", 150) or ""
    post_code = _optional(plan, "Patient/PostCodeIdentifier", 10) or ""
    district = _optional(plan, "Patient/DistrictName", 100) or ""
    address = ", ".join(part for part in (street, f"{post_code} {district}".strip()) if part)
    if not address:
        raise RuleViolation("Patientens adresse mangler.", field="Patient.StreetName")
    start_text = _optional(plan, "RehabilitationDeadline", 500)
    start_date = _date_or_none(start_text)
    discharge_text = _optional(plan, "CurrentHospitalContact/End", 40) or _optional(
        plan, "CurrentHospitalContact/ExpectedEnd", 40
    )
    if discharge_text is None:
        raise RuleViolation(
            "Udskrivelsesdatoen mangler (CurrentHospitalContact/End eller ExpectedEnd).",
            field="CurrentHospitalContact.End",
        )
    discharge = _date_or_none(discharge_text)
    if discharge is None:
        raise RuleViolation(
            "Udskrivelsesdatoen skal være en dato (ÅÅÅÅ-MM-DD).", field="CurrentHospitalContact.End"
        )
    return GgopPlan(
        sender_ean=_ean(plan, "Sender/EANIdentifier"),
        receiver_ean=_ean(plan, "Receiver/EANIdentifier"),
        receiver_municipality=_municipality(plan),
        hospital=_required(plan, "Sender/OrganisationName", 200),
        department=_optional(plan, "Sender/DepartmentName", 200) or "Ikke angivet",
        cpr=cpr,
        patient_name=f"{given} {surname}".strip(),
        patient_address=address[:300],
        plan_type=plan_type(_required(plan, "TypeOfRehabilitationPlan", 100)),
        discharge_date=discharge,
        start_date=start_date,
        start_text=None if start_date is not None else start_text,
        diagnoses=_diagnoses(plan),
        general_practitioner=_general_practitioner(plan),
    )


def _find(plan: Element, path: str) -> Element | None:
    return plan.find("/".join(_NS + step for step in path.split("/")))


def _text(element: Element, path: str) -> str | None:
    found = _find(element, path)
    if found is None:
        return None
    # A date may come as <End><Date>2026-11-20</Date><Time>..</Time></End>.
    nested = found.find(f"{_NS}Date")
    text = (nested.text if nested is not None else found.text) or ""
    return " ".join(text.split()) or None


def _optional(plan: Element, path: str, max_length: int) -> str | None:
    text = _text(plan, path)
    if text is not None and len(text) > max_length:
        raise RuleViolation(
            f"Feltet er for langt (højst {max_length} tegn).", field=path.replace("/", ".")
        )
    return text


def _required(plan: Element, path: str, max_length: int) -> str:
    text = _optional(plan, path, max_length)
    if text is None:
        raise RuleViolation("Feltet mangler i planen.", field=path.replace("/", "."))
    return text


def _date_or_none(text: str | None) -> date | None:
    """An ISO date (ÅÅÅÅ-MM-DD, as MedCom writes dates), else None: free text."""
    if text is None or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _ean(plan: Element, path: str) -> str:
    text = _required(plan, path, 13)
    if not _EAN.fullmatch(text):
        raise RuleViolation("EAN-nummeret skal have 13 cifre.", field=path.replace("/", "."))
    return text


def _municipality(plan: Element) -> str:
    """The receiver's kommunenummer (three digits; MedCom may write four, 0183)."""
    code_kind = (_optional(plan, "Receiver/IdentifierCode", 40) or "").lower()
    number = _optional(plan, "Receiver/Identifier", 10) or ""
    if code_kind != "kommunenummer" or not re.fullmatch(r"0?[0-9]{3}", number):
        raise RuleViolation(
            "Modtageren skal angives med kommunenummer.", field="Receiver.Identifier"
        )
    code = number[-3:]
    if code not in MUNICIPALITIES:
        raise RuleViolation(
            "Modtagerens kommunenummer findes ikke blandt de 98 danske kommuner.",
            field="Receiver.Identifier",
        )
    return code


def _diagnoses(plan: Element) -> tuple[Diagnosis, ...]:
    found = plan.findall(f"{_NS}DiagnosisInformation/{_NS}Diagnosis")
    if not found:
        raise RuleViolation("Planen mangler en diagnose.", field="DiagnosisInformation")
    if len(found) > MAX_DIAGNOSES:
        raise RuleViolation(
            f"Planen har for mange diagnoser (højst {MAX_DIAGNOSES}).",
            field="DiagnosisInformation",
        )
    diagnoses = []
    for element in found:
        kind = (_optional(element, "DiagnosisTypeCode", 40) or "ICD10kode").lower()
        code = _required(element, "DiagnosisCode", 10).upper()
        if kind != "icd10kode" or not _ICD10.fullmatch(code):
            raise RuleViolation(
                "Diagnosen skal være en ICD-10-kode.", field="DiagnosisInformation.Diagnosis"
            )
        text = _optional(element, "DiagnosisText", 200) or ""
        diagnoses.append(Diagnosis(code, text))
    return tuple(diagnoses)


def _general_practitioner(plan: Element) -> GeneralPractitioner | None:
    name = _optional(plan, "GeneralPractitioner/PersonName", 200)
    clinic = _optional(plan, "GeneralPractitioner/OrganisationName", 200)
    number = _optional(plan, "GeneralPractitioner/Identifier", 10)
    if name is None and clinic is None:
        return None
    if number is not None and not _PROVIDER_NUMBER.fullmatch(number):
        raise RuleViolation(
            "Lægens ydernummer skal have 6 cifre.", field="GeneralPractitioner.Identifier"
        )
    return GeneralPractitioner(name or clinic or "", clinic, number)
