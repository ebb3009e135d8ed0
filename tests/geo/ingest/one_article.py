"""One article ingested alone, for the tests that paraphrase real reporting."""

from __future__ import annotations

from datetime import date

from geo.ingest import Article, ingest_articles

__all__ = ["events"]


def events(text: str, published: date, kind: str = "event") -> list[dict]:
    """The candidates of ``kind`` ingest makes from ``text``, published on ``published``."""
    return [c for c in ingest_articles([Article("a.txt", text, published)]) if c["kind"] == kind]
