"""The password policy for staff accounts (hashing itself is the edge's business)."""

from __future__ import annotations

from domain.errors import RuleViolation

MIN_LENGTH = 12
MAX_LENGTH = 64

# Passwords people pick first, padded to the minimum length; compared without case, spaces,
# and trailing digits or punctuation, so "Sommer2024!!" meets "sommer".
_COMMON_STEMS = frozenset(
    """
    password passw0rd p@ssw0rd adgangskode kodeord hemmelig qwerty qwertyuiop qwertzuiop
    asdfgh asdfghjkl zxcvbnm azerty letmein welcome velkommen iloveyou jegelskerdig admin
    administrator root login master secret changeme default guest test tester testtest abc
    abcdef abcdefgh abcdefghijkl football fodbold monkey dragon sunshine princess shadow
    superman batman trustno1 whatever freedom starwars pokemon computer internet sommer
    vinter foraar efteraar sommerfugl danmark denmark kobenhavn copenhagen ishoj vallensbaek
    traening traeningscenter genoptraening kommune hospital borger terapeut fysioterapeut
    ergoterapeut januar februar marts april maj juni juli august september oktober november
    december mandag tirsdag onsdag torsdag fredag lordag sondag hejhej hejmeddig kage
    kagemand kaffe hygge jensen nielsen hansen pedersen andersen christensen larsen sorensen
    rasmussen jorgensen petersen madsen kristensen olsen thomsen poulsen johansen knudsen
    mortensen
    """.split()  # noqa: SIM905 - a word list reads best as words
)

_PLAIN_SEQUENCES = ("0123456789", "1234567890", "9876543210", "abcdefghijklmnopqrstuvwxyz")


def _stem(password: str) -> str:
    lowered = password.lower().replace(" ", "")
    for old, new in (("æ", "ae"), ("ø", "o"), ("å", "aa")):
        lowered = lowered.replace(old, new)
    return lowered.rstrip("0123456789!?.,-_#*@$%&+=")


def check_password(password: str, *, field: str = "password") -> None:
    """Refuse a password that is too short, too long or too common (reasons in Danish)."""
    if len(password) < MIN_LENGTH:
        raise RuleViolation(f"Adgangskoden skal have mindst {MIN_LENGTH} tegn.", field=field)
    if len(password) > MAX_LENGTH:
        raise RuleViolation(f"Adgangskoden må højst have {MAX_LENGTH} tegn.", field=field)
    stem = _stem(password)
    too_plain = len(set(password.lower())) <= 3 or any(
        password.lower() in sequence for sequence in _PLAIN_SEQUENCES
    )
    repeated = any(
        len(stem) % times == 0 and stem[: len(stem) // times] * times == stem
        and stem[: len(stem) // times] in _COMMON_STEMS
        for times in (2, 3, 4)
    )  # fmt: skip
    if stem in _COMMON_STEMS or not stem or too_plain or repeated:
        raise RuleViolation("Adgangskoden er for almindelig. Vælg en anden.", field=field)
