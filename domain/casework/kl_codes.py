"""The Danish display names of KL's codes that a case carries (CODES.md), so a client shows
"Frit valg", never a UUID. A code without a name here is shown as itself."""

from __future__ import annotations

KL_DISPLAY: dict[str, str] = {
    # KL CareSocialCodes: hospital plans
    "7fc66c15-0cb3-4c89-9e18-f3a01e6a6592": "Kommunal genoptræning efter sygehusophold",
    "ffd81f78-352e-4589-a195-5350dd1df2a4": "almen",
    "8b962281-2ab6-4b10-9c91-4bac592d6d49": "basal",
    "b679c454-2da2-46dd-9425-0e52d4aa2bf3": "avanceret",
    "0c8e2bfc-1350-45d1-90da-c07e2645d073": "specialiseret",
    "83c89857-8fb8-4163-97b1-eb1a56345c29": "rehabilitering på specialiseret niveau",
    # status reasons of a received plan
    "a8632e22-bf0c-4f5a-92a7-70977ba104d5": "Udskudt",
    "3796fa11-305f-47d6-b164-45b05489afb2": "Frit valg",
    "46a6bc1f-bfe8-4390-a71f-44ad4a384b9d": "Frit valg afslået",
    "f64b8f5e-8ced-4a8b-ab73-8994fb524915": "Anden kommune",
    "8ac7be88-5d16-4dbd-a61a-ab02673f4b34": "Fejl (fejlafsendt GGOP)",
}


def kl_display(code: str) -> str:
    return KL_DISPLAY.get(code, code)
