"""Refusals of the edge: not logged in, not allowed, too many attempts."""

from __future__ import annotations


class Unauthenticated(Exception):
    def __init__(self, detail: str = "Du er ikke logget ind.") -> None:
        super().__init__(detail)
        self.detail = detail


class Forbidden(Exception):
    def __init__(self, detail: str = "Du har ikke adgang til dette.", *, slug: str = "forbidden"):
        super().__init__(detail)
        self.detail = detail
        self.slug = slug


class TooManyAttempts(Exception):
    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__("too many attempts")
        self.retry_after_seconds = retry_after_seconds
