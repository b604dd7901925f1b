"""The course is an aggregate with one way to open it: `persistence.training.open_course`.

A `Course(` built by hand in a use case, a router, another capability's repository or a
benchmark skips the domain's opening and the one-offer conflict mapping. Scanned: the Python of
api/, persistence/ (less persistence/training/) and bench/. Not scanned: tests/, which may
build rows; migrations/.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAND_BUILT = re.compile(r"\bCourse\(")
SCANNED = ("api", "persistence", "bench")
AGGREGATE = "persistence/training/"


def test_the_pattern_finds_a_hand_built_course() -> None:
    assert HAND_BUILT.search("    course = Course(centre_id=centre_id,")
    assert not HAND_BUILT.search("EarlierCourse(")
    assert not HAND_BUILT.search("list[Course]")


def test_no_hand_built_course_outside_its_aggregate() -> None:
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for top in SCANNED
        for path in sorted((ROOT / top).rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(AGGREGATE)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HAND_BUILT.search(line)
    ]
    assert hits == [], "open a course with persistence.training.open_course:\n" + "\n".join(hits)
