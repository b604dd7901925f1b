"""The letters' tables and repository: letters as sent and their templates. The names other
capabilities use.
"""

from persistence.letters.models import Letter, LetterTemplate
from persistence.letters.repository import (
    add_letter,
    add_template,
    current_templates,
    get_letter,
    latest_letter,
    letters_of_case,
)

__all__ = [
    "Letter",
    "LetterTemplate",
    "add_letter",
    "add_template",
    "current_templates",
    "get_letter",
    "latest_letter",
    "letters_of_case",
]
