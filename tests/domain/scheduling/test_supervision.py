"""Who gives a course's session: a therapist always; a training assistant of the course's site
for vedligeholdende training, under a therapist's supervision."""

from __future__ import annotations

import uuid

import pytest

from domain.errors import RuleViolation
from domain.scheduling import (
    ProviderKind,
    check_assistant_site,
    check_supervisor_role,
    providers_for,
)

SYD, NORD = uuid.uuid4(), uuid.uuid4()


def test_a_therapist_is_bookable_for_every_course() -> None:
    for maintenance in (True, False):
        assert providers_for(["therapist"], [NORD], maintenance=maintenance,
                             course_site_id=SYD) is ProviderKind.THERAPIST  # fmt: skip
    assert providers_for(["team_leader"], [], maintenance=False, course_site_id=None) is (
        ProviderKind.THERAPIST
    )


def test_a_training_assistant_only_for_maintenance_at_their_own_site() -> None:
    assistant = ["training_assistant"]
    assert providers_for(assistant, [SYD], maintenance=True, course_site_id=SYD) is (
        ProviderKind.TRAINING_ASSISTANT
    )
    assert providers_for(assistant, [SYD], maintenance=False, course_site_id=SYD) is None
    assert providers_for(assistant, [NORD], maintenance=True, course_site_id=SYD) is None
    assert providers_for(assistant, [NORD], maintenance=True, course_site_id=None) is (
        ProviderKind.TRAINING_ASSISTANT
    )
    assert providers_for(["administrator"], [SYD], maintenance=True, course_site_id=SYD) is None


def test_the_assistants_site_and_the_supervisors_role_are_checked() -> None:
    check_assistant_site(ProviderKind.TRAINING_ASSISTANT, [SYD], SYD)
    check_assistant_site(ProviderKind.THERAPIST, [NORD], SYD)  # a therapist is not site-bound
    with pytest.raises(RuleViolation) as refused:
        check_assistant_site(ProviderKind.TRAINING_ASSISTANT, [NORD], SYD)
    assert (refused.value.rule, refused.value.field) == ("assistant_site", "staff_id")
    check_supervisor_role(["therapist"])
    with pytest.raises(RuleViolation) as not_a_therapist:
        check_supervisor_role(["training_assistant"])
    assert (not_a_therapist.value.rule, not_a_therapist.value.field) == (
        "supervisor_role",
        "supervisor_id",
    )
