"""The citizens' table and repository. The names other capabilities use."""

from persistence.citizens.models import Citizen
from persistence.citizens.repository import citizens_by_name, find_or_add_citizen, get_citizen

__all__ = [
    "Citizen",
    "citizens_by_name",
    "find_or_add_citizen",
    "get_citizen",
]
