"""Every capability's tables in one metadata: what the migrations build and the schema checks
compare. A capability with tables adds its models module here."""

from __future__ import annotations

from persistence.access import models as access
from persistence.attendance import models as attendance
from persistence.base import Base
from persistence.calendar import models as calendar
from persistence.casework import models as casework
from persistence.centre import models as centre
from persistence.citizens import models as citizens
from persistence.intake import models as intake
from persistence.letters import models as letters
from persistence.scheduling import models as scheduling
from persistence.scheduling import team_models as teams
from persistence.training import models as training

CAPABILITIES = (
    access,
    attendance,
    calendar,
    casework,
    centre,
    citizens,
    intake,
    letters,
    scheduling,
    teams,
    training,
)
metadata = Base.metadata

__all__ = ["CAPABILITIES", "Base", "metadata"]
