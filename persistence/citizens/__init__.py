"""The citizens' table and repository. The names other capabilities use."""

from persistence.citizens.models import Citizen

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from persistence.citizens.repository import get_citizen

__all__ = [
    "Citizen",
    "get_citizen",
]
