"""The letters' tables: letters as sent and their templates. The names other capabilities use."""

from persistence.letters.models import Letter, LetterTemplate

__all__ = [
    "Letter",
    "LetterTemplate",
]
