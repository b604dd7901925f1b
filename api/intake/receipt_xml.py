"""The receipt as XML, for senders that ask for it (`Accept: application/xml`): the same
fields as the JSON receipt, positive or negative with the reason, in the centre's own
namespace (`RECEIPT_NAMESPACE`). Built with ElementTree, which escapes every text."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

from api.intake.schemas import ReceiptOut

RECEIPT_NAMESPACE = "urn:traening:ggop:receipt:1"
XML_MEDIA_TYPES = ("application/xml", "text/xml")
# Element and field, in the order the receipt lists them; an empty field is left out.
_ELEMENTS = (
    ("IntakeId", "intake_id"),
    ("MessageIdentifier", "message_id"),
    ("ReceivedAt", "received_at"),
    ("Outcome", "outcome"),
    ("Status", "status"),
    ("Reason", "reason"),
    ("Field", "field"),
    ("CaseId", "case_id"),
)


def wants_xml(accept: str) -> bool:
    """Whether the Accept header prefers XML to JSON (by its q values, then its order)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in XML_MEDIA_TYPES:
            return True
        if media in ("application/json", "*/*", "application/*"):
            return False
    return False


def receipt_xml(receipt: ReceiptOut) -> bytes:
    values = receipt.model_dump(mode="json")
    root = Element("Receipt", xmlns=RECEIPT_NAMESPACE)
    for element, name in _ELEMENTS:
        if values[name] is not None:
            SubElement(root, element).text = str(values[name])
    written: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return written


# The OpenAPI document's examples: a positive receipt and a negative one.
_HEAD = (
    f'<?xml version="1.0" encoding="utf-8"?>\n<Receipt xmlns="{RECEIPT_NAMESPACE}">'
    "<IntakeId>3f0c2d1e-8a4b-4c6d-9e2f-1a2b3c4d5e6f</IntakeId>"
    "<MessageIdentifier>GGOP-HVH-20261123-000417</MessageIdentifier>"
    "<ReceivedAt>2027-01-11T09:30:00+01:00</ReceivedAt>"
)
POSITIVE_EXAMPLE = (
    _HEAD + "<Outcome>positive</Outcome><Status>mapped</Status>"
    "<CaseId>81c9e749-1dab-5990-8835-3fcf0f4c9f88</CaseId></Receipt>"
)
NEGATIVE_EXAMPLE = (
    _HEAD + "<Outcome>negative</Outcome><Status>failed</Status>"
    "<Reason>Planen mangler udskrivningsdatoen.</Reason><Field>End</Field></Receipt>"
)
