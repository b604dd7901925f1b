"""What an edit of the citizen record changed: one entry per field, in the record's order."""

from domain.citizens import RECORD_FIELDS, FieldChange, changes


def test_only_changed_fields_are_entries_in_the_records_order() -> None:
    old = {"name": "Anna", "phone": "12345678", "email": None, "relative.name": None}
    new = {"name": "Anna", "phone": "87654321", "email": "a@b.dk", "relative.name": "Bo"}
    assert changes(old, new) == [
        FieldChange("phone", "12345678", "87654321"),
        FieldChange("email", None, "a@b.dk"),
        FieldChange("relative.name", None, "Bo"),
    ]


def test_an_empty_text_and_no_value_are_the_same() -> None:
    assert changes({"phone": ""}, {"phone": None}) == []
    assert changes({}, {"general_practitioner_clinic": ""}) == []


def test_the_record_names_every_field_once() -> None:
    assert len(set(RECORD_FIELDS)) == len(RECORD_FIELDS) == 12
