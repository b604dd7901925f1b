"""The centre and its service standard (kvalitetsstandard): limits with an effective date. The
names other capabilities use.
"""

from domain.centre.service_standard import Limit, LimitKind, LimitUnit, ServiceStandard

__all__ = [
    "Limit",
    "LimitKind",
    "LimitUnit",
    "ServiceStandard",
]
