"""The centre's tables and repository: centres, sites, closure days, legal bases, the service
standard. The names other capabilities use.
"""

from persistence.centre.models import Centre, LegalBasisRow, ServiceStandardLimit, Site

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from persistence.centre.centres import (
    centre_id_by_code,
    get_site,
    list_sites,
    provision_centre,
    service_standard,
    working_day_calendar,
)
from persistence.centre.legal_bases import get_legal_basis, list_legal_bases

__all__ = [
    "Centre",
    "LegalBasisRow",
    "ServiceStandardLimit",
    "Site",
    "centre_id_by_code",
    "get_legal_basis",
    "get_site",
    "list_legal_bases",
    "list_sites",
    "provision_centre",
    "service_standard",
    "working_day_calendar",
]
