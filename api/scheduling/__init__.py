"""Scheduling at the edge: staff time, rooms, home helpers, appointments and teams.
The names other capabilities use.
"""

from api.scheduling.routes.appointments import router as appointments_router
from api.scheduling.routes.assistant import router as assistant_router
from api.scheduling.routes.moves import router as moves_router
from api.scheduling.routes.resources import router as resources_router
from api.scheduling.routes.teams import router as teams_router
from api.scheduling.routes.training_plans import router as training_plans_router

__all__ = [
    "appointments_router",
    "assistant_router",
    "moves_router",
    "resources_router",
    "teams_router",
    "training_plans_router",
]
