"""Every domain error has its problem in one table, and problem types follow one scheme."""

from __future__ import annotations

import importlib
import pkgutil

import httpx

import api
import domain
import persistence
from api.problems import DOMAIN_PROBLEMS, ProblemKind, problem_kind
from domain.errors import DomainError, NotFound, RuleViolation

LAYERS = (domain, persistence, api)


def _our_error_classes() -> set[type[DomainError]]:
    for layer in LAYERS:
        for module in pkgutil.walk_packages(layer.__path__, prefix=f"{layer.__name__}."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)
    found: set[type[DomainError]] = set()
    pending: list[type[DomainError]] = [DomainError]
    while pending:
        cls = pending.pop()
        if cls.__module__.split(".")[0] in {layer.__name__ for layer in LAYERS}:
            found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_every_domain_error_class_has_an_entry() -> None:
    missing = sorted(
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _our_error_classes()
        if cls not in DOMAIN_PROBLEMS
    )
    assert missing == [], f"add these to api.problems.DOMAIN_PROBLEMS: {missing}"


def test_a_class_without_an_entry_is_answered_as_its_nearest_base() -> None:
    class LateRule(RuleViolation):
        pass

    assert problem_kind(LateRule("Sent.")) == ProblemKind(422, "rule")


def test_a_missing_record_named_in_the_body_is_the_inputs_fault() -> None:
    assert problem_kind(NotFound("Findes ikke.")) == ProblemKind(404, "not-found")
    named = NotFound("Borgeren findes ikke.", field="citizen_id")
    assert problem_kind(named) == ProblemKind(422, "unknown-reference")


async def test_a_broken_rule_is_typed_by_kind_and_named_in_rule(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/api/v1/letter-templates/preview",
        json={"kind": "invitation", "body": "{% if %}"},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["type"] == "urn:traening:problem:rule"
    assert body["rule"] == "template-syntax"
    assert body["errors"][0]["field"] == "body"
