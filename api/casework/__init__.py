"""Casework at the edge: referrals, the case page and its steps (visitation), the worklist.
The names the app and other capabilities use.
"""

from api.casework.schemas import DECISION_TAGS, REFERRAL_TAGS, RehabPlanIn

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from api.casework.routes.assignment import router as assignment_router
from api.casework.routes.cases import router as cases_router
from api.casework.routes.visitation import router as visitation_router
from api.casework.routes.worklist import router as worklist_router
from api.casework.use_cases.cases import open_referral

__all__ = [
    "DECISION_TAGS",
    "REFERRAL_TAGS",
    "RehabPlanIn",
    "assignment_router",
    "cases_router",
    "open_referral",
    "visitation_router",
    "worklist_router",
]
