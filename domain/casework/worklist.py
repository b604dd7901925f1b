"""The orders the worklist can be read in."""

from __future__ import annotations

from enum import StrEnum


class WorklistSort(StrEnum):
    """By the nearest deadline (the morning's order), the citizen's name or the day the case
    was received; "-" first for the reverse. Ties go by the deadline, so pages never overlap."""

    DUE = "due"
    DUE_DESC = "-due"
    NAME = "name"
    NAME_DESC = "-name"
    RECEIVED = "received"
    RECEIVED_DESC = "-received"

    @property
    def key(self) -> str:
        """The column: due, name or received."""
        return self.value.lstrip("-")

    @property
    def descending(self) -> bool:
        return self.value.startswith("-")
