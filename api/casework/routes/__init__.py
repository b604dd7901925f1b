"""Routes: parse, call the use case, shape the answer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends

from api.letters import LetterWorkers, workers_of

# The app's letter workers, for the use cases that write or preview a letter.
Workers = Annotated[LetterWorkers, Depends(workers_of)]

CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"description": "The step is not allowed in the case's current state"}
}
