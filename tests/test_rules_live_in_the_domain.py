"""Legal bases are data: no legal-basis code is written in code outside the domain and the seed.

Which rules apply to a case follows from its legal basis's data (`domain.casework.LegalBasis`);
a code such as `SEL_86_2` written in a router, a repository or the SPA is a rule copied out of
the domain. Scanned: the Python of api/, persistence/ (less its seed data) and bench/, and the
SPA's src/ (less the client generated from openapi.yaml). Not scanned: tests/ and the SPA's test
files and fixtures, whose data may name codes; migrations/, which seed the `legal_bases` rows.
"""

from __future__ import annotations

import re
from pathlib import Path

from domain.casework import LEGAL_BASES

ROOT = Path(__file__).resolve().parent.parent
# A code of Sundhedsloven or Serviceloven as the legal_bases rows spell it (SUL_140, SEL_86_1).
CODE = re.compile(r"\b(?:SUL|SEL)_\d+(?:_\d+)?\b")
PYTHON = ("api", "persistence", "bench")
PYTHON_EXCLUDED = ("persistence/seed/",)
SPA = "frontend/src"
SPA_EXCLUDED = ("frontend/src/api/schema.d.ts",)
SPA_TEST = re.compile(r"\.test\.tsx?$|/testing/|/fixtures/")

# Files not yet moved to the domain's data, each with what replaces its codes. Empty is the
# goal; a file not named here fails the test.
PYTHON_NOT_YET_MOVED: dict[str, str] = {}
SPA_NOT_YET_MOVED: dict[str, str] = {}


def _hits(path: Path) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CODE.search(line)
    ]


def test_the_pattern_finds_every_seeded_code() -> None:
    assert all(CODE.fullmatch(code) for code in LEGAL_BASES)


def test_no_legal_basis_code_in_python_outside_the_domain_and_the_seed() -> None:
    hits = [
        hit
        for top in PYTHON
        for path in sorted((ROOT / top).rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(PYTHON_EXCLUDED)
        and str(path.relative_to(ROOT)) not in PYTHON_NOT_YET_MOVED
        for hit in _hits(path)
    ]
    assert hits == [], "legal-basis codes belong in domain/ or the seed data:\n" + "\n".join(hits)


def test_no_legal_basis_code_in_the_spa() -> None:
    source = ROOT / SPA
    assert source.is_dir(), "the SPA's source is part of the repository"
    hits = [
        hit
        for path in sorted([*source.rglob("*.ts"), *source.rglob("*.tsx")])
        if str(path.relative_to(ROOT)) not in SPA_EXCLUDED
        and str(path.relative_to(ROOT)) not in SPA_NOT_YET_MOVED
        and not SPA_TEST.search(str(path.relative_to(ROOT)))
        for hit in _hits(path)
    ]
    assert hits == [], "the SPA takes legal bases from the API:\n" + "\n".join(hits)
