"""Intake at the edge: hospital plans (GGOP) received from other systems. The names the app
uses."""

from api.intake.routes import router as intake_router

__all__ = ["intake_router"]
