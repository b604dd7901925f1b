"""The template editor's kinds are the letter kinds: a new kind of letter that forgets the
schema would have no template a team leader could edit."""

from typing import get_args

from api.letters import LetterKind
from api.letters.schemas import TemplateKind


def test_every_letter_kind_has_a_template_kind_and_no_more() -> None:
    assert set(get_args(TemplateKind)) == {kind.value for kind in LetterKind}
