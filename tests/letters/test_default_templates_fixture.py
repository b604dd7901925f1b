"""The SPA's tests read the default letters from a file made from the API's own defaults."""

from __future__ import annotations

import json

from api.__main__ import LETTER_DEFAULTS_FILE, main
from api.letters import DEFAULT_TEMPLATES


def test_the_spa_fixture_holds_every_default_letter_exactly() -> None:
    fixture = json.loads(LETTER_DEFAULTS_FILE.read_text(encoding="utf-8"))
    assert fixture == {kind.value: body for kind, body in DEFAULT_TEMPLATES.items()}
    assert main(["letter-defaults", "--check"]) == 0
