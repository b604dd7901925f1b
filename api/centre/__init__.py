"""The centre at the edge: sites, therapists, closure days, the service standard and the
working-day calendar. The names the app and other capabilities use.
"""

from api.centre.schemas import LegalBasisNames, SiteRef

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from api.centre.routes.centre import router as centre_router
from api.centre.routes.working_days import router as working_days_router

__all__ = [
    "LegalBasisNames",
    "SiteRef",
    "centre_router",
    "working_days_router",
]
