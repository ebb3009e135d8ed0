"""The curated dataset (``data/events.csv``): the reviewed base layer every store holds."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from common import data_path
from gazetteer import Gazetteer

from .actors import ActorTable
from .records import EventValidationError, normalise_rows

__all__ = ["curated_records", "curated_digest"]


def curated_digest() -> str:
    """Changes whenever the curated events, places or actors change."""
    h = hashlib.sha256()
    for name in ("events.csv", "places.csv", "actors.csv"):
        h.update(data_path(name).read_bytes())
    return h.hexdigest()


def curated_records(gazetteer: Gazetteer | None = None, path: Path | None = None) -> list[dict]:
    """The curated events, validated and completed; EventValidationError names any bad row."""
    p = path or data_path("events.csv")
    with open(p, newline="", encoding="utf-8") as fh:
        rows = list(enumerate(csv.DictReader(fh), start=1))
    records, problems = normalise_rows(rows, file=str(p), gazetteer=gazetteer, actors=ActorTable.load(), layer="curated")
    if problems:
        raise EventValidationError(problems)
    return records
