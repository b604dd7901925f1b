"""The command-line tool `traening` (a client of the API; see api.cli.commands)."""

from api.cli.commands import app, main

__all__ = ["app", "main"]
