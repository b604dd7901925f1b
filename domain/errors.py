"""The domain's own failures; the edge (api/) maps them to problem documents."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the service standard or of the data was broken.

    `field` names the input that was wrong, where there is one, so a form can show the
    message beside it. Messages never carry personal data.
    """

    def __init__(self, message: str, *, field: str | None = None, rule: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.rule = rule


class RuleViolation(DomainError):
    """Input that breaks a rule (a bad CPR number, a receipt in the future)."""


class Conflict(DomainError):
    """The request clashes with what is already recorded (a duplicate citizen)."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        rule: str | None = None,
        existing_id: str | None = None,
    ):
        super().__init__(message, field=field, rule=rule)
        self.existing_id = existing_id


class NotFound(DomainError):
    """A record the caller named does not exist (or is not theirs to see)."""
