"""Journal notes (journalnotater) of a course's sessions.

A note is never edited or deleted: a mistake is corrected by a new note that refers to the
old one, in the same course. The current journal is every note no later note corrects.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from domain.errors import RuleViolation

NOTE_TEXT_MAX = 10_000


class NoteRef(Protocol):
    """A recorded note, as far as the rules need it."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def course_id(self) -> uuid.UUID: ...


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """What to store for a new note."""

    text: str
    corrects_id: uuid.UUID | None


class CorrectionOfAnotherCourse(RuleViolation):
    """A correction refers to a note of the same course only."""

    def __init__(self, message: str, *, corrected_note_id: uuid.UUID):
        super().__init__(message, field="corrects_id", rule="correction_same_course")
        self.corrected_note_id = corrected_note_id


def write_note(text: str | None, *, course_id: uuid.UUID, corrects: NoteRef | None) -> JournalEntry:
    """A new note for the course; `corrects` is the note it corrects, if any."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise RuleViolation(
            "Et journalnotat skal have en tekst.", field="text", rule="note_text_required"
        )
    if len(cleaned) > NOTE_TEXT_MAX:
        raise RuleViolation(
            f"Et journalnotat må højst have {NOTE_TEXT_MAX} tegn.", field="text", rule="note_text"
        )
    if corrects is not None and corrects.course_id != course_id:
        raise CorrectionOfAnotherCourse(
            "Et notat kan kun rettes af et notat i samme forløb.", corrected_note_id=corrects.id
        )
    return JournalEntry(cleaned, None if corrects is None else corrects.id)


class CorrectableNote(NoteRef, Protocol):
    @property
    def corrects_id(self) -> uuid.UUID | None: ...


N = TypeVar("N", bound=CorrectableNote)


def current_notes(notes: Sequence[N]) -> list[N]:
    """The notes no later note corrects, in their order."""
    corrected = {note.corrects_id for note in notes if note.corrects_id is not None}
    return [note for note in notes if note.id not in corrected]


def corrected_ids(notes: Iterable[CorrectableNote]) -> set[uuid.UUID]:
    return {note.corrects_id for note in notes if note.corrects_id is not None}
