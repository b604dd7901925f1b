"""The course (forløb): a granted, goal-directed period of training, and its forms."""

from __future__ import annotations

from enum import StrEnum


class Discipline(StrEnum):
    PHYSIOTHERAPY = "physiotherapy"
    OCCUPATIONAL_THERAPY = "occupational_therapy"


class CourseForm(StrEnum):
    """The service standards' forms of training."""

    TEAM_TRAINING = "team_training"  # træning på hold i træningscentret
    INDIVIDUAL_AT_CENTRE = "individual_at_centre"
    INDIVIDUAL_AT_HOME = "individual_at_home"  # i eget hjem eller nærmiljø
    SELF_TRAINING = "self_training"  # egen træning med opfølgning og instruktion


DISCIPLINE_DANISH = {
    Discipline.PHYSIOTHERAPY: "fysioterapi",
    Discipline.OCCUPATIONAL_THERAPY: "ergoterapi",
}
FORM_DANISH = {
    CourseForm.TEAM_TRAINING: "træning på hold i træningscentret",
    CourseForm.INDIVIDUAL_AT_CENTRE: "individuel træning i træningscentret",
    CourseForm.INDIVIDUAL_AT_HOME: "individuel træning i dit eget hjem eller nærmiljø",
    CourseForm.SELF_TRAINING: "egen træning med opfølgning og instruktion",
}
