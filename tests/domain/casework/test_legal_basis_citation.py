"""A decision letter cites its legal basis as the act's paragraph in the genitive."""

from domain.casework.referral import LegalBasis, ReferralKind, Training


def _basis(short_name: str, name: str) -> LegalBasis:
    return LegalBasis(code="X", referral_kind=ReferralKind.APPLICATION, name=name,
                      training=Training.REHABILITATION, short_name=short_name)  # fmt: skip


def test_the_acts_are_cited_in_the_genitive() -> None:
    assert (
        _basis("SEL § 86, stk. 1", "Genoptræning (Serviceloven § 86, stk. 1)").citation
        == "servicelovens § 86, stk. 1"
    )
    assert _basis("SUL § 140", "Sundhedsloven § 140").citation == "sundhedslovens § 140"


def test_an_unknown_act_falls_back_to_the_formal_name() -> None:
    assert _basis("", "Særlig ordning").citation == "Særlig ordning"
