"""The citizens' table and repository. The names other capabilities use."""

from persistence.citizens.models import Citizen

__all__ = [
    "Citizen",
]
