"""Calendar feeds' bodies."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FeedOut(BaseModel):
    """A new private feed address; the earlier one stops working."""

    url: str = Field(
        description="The feed's path on this server. It holds the secret token: whoever has "
        "it reads the feed, so share it with your calendar only. Shown once."
    )


class FeedStatusOut(BaseModel):
    active: bool = Field(description="A feed address is issued and not revoked.")
