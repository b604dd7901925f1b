"""The citizens' table and repository. The names other capabilities use."""

from persistence.citizens.models import Citizen
from persistence.citizens.repository import get_citizen

__all__ = [
    "Citizen",
    "get_citizen",
]
