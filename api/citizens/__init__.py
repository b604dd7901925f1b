"""Citizens at the edge: registering, searching and reading a citizen, their courses. The
names the app and other capabilities use.
"""

from api.citizens.schemas import CitizenRef

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from api.citizens.routes import router as citizens_router

__all__ = [
    "CitizenRef",
    "citizens_router",
]
