"""Plain data to JSON-ready dicts (for `kamergraaf extract --json` and the tests)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from kamergraaf.extract.model import Analysis, ParsedDocument


def plain(value: Any) -> Any:
    """Dataclasses, tuples, Decimals and dates to JSON-ready values (Decimal as a string, date ISO)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def document_to_dict(doc: ParsedDocument, analysis: Analysis | None = None, include_text: bool = False) -> dict:
    d = plain(doc)
    if not include_text:
        d.pop("text", None)
    if analysis is not None:
        d["analysis"] = plain(analysis)
    return d
