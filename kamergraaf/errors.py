"""Errors a user can act on. Each carries a code, what went wrong, where, and what to do."""

from __future__ import annotations


class KamergraafError(Exception):
    """Base of expected failures: printed without a traceback by the CLI."""

    exit_code = 2
    code = "KG000"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}" + (f" {self.hint}" if self.hint else "")


class StoreError(KamergraafError):
    """The store is missing, locked, or from an incompatible version."""

    code = "KG100"


class StoreLocked(StoreError):
    code = "KG101"


class QueryError(KamergraafError):
    """A malformed SPARQL query or one the endpoint refuses."""

    code = "KG200"


class ExportError(KamergraafError):
    code = "KG300"
