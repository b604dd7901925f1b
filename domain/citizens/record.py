"""The citizen record's fields as the history of changes names them, and what an edit
changed: one entry per field whose value differs, old and new value side by side."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# The record's fields in the order a history and a form show them, by their API names.
RECORD_FIELDS = (
    "cpr",
    "name",
    "address",
    "municipality_code",
    "phone",
    "email",
    "general_practitioner",
    "general_practitioner_clinic",
    "general_practitioner_provider_number",
    "relative.name",
    "relative.relation",
    "relative.phone",
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old_value: str | None
    new_value: str | None


def changes(old: Mapping[str, str | None], new: Mapping[str, str | None]) -> list[FieldChange]:
    """The fields whose value an edit changes, in the record's order; an empty text and no
    value are the same."""
    return [
        FieldChange(field, old.get(field) or None, new.get(field) or None)
        for field in RECORD_FIELDS
        if (old.get(field) or None) != (new.get(field) or None)
    ]
