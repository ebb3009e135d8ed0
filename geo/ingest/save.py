"""Accepted candidates into the event store, through the same validation as every import, in one
transaction (all or nothing). Background events, and candidates with no date, place or actor,
are not saved: each is reported with the reason."""

from __future__ import annotations

import json
from typing import Any

from ..model import ISO_NUMERIC, normalise_rows
from ..store import EventStore, ImportReport

__all__ = ["candidate_row", "savable", "save_candidates"]


def savable(c: dict) -> str | None:
    """Why candidate ``c`` cannot be saved, or None when it can.

    >>> savable({"background": True}), savable({"event_date": "2024-02-02", "latitude": 34.4, "actor1": ""})
    ('a background event', 'no actor')
    """
    if c.get("background"):
        return "a background event"
    for field, why in (("event_date", "no resolved date"), ("latitude", "no place"), ("actor1", "no actor")):
        if c.get(field) in (None, ""):
            return why
    return None


def candidate_row(c: dict) -> dict[str, Any]:
    """The row an accepted candidate becomes (our CSV's field names, validated by the importers)."""
    cc = c.get("country") or ""
    sources = [{"outlet": s["file"], "date": s.get("published") or "", "claims": s.get("claims", ""),
                "evidence": s.get("evidence", {})} for s in c.get("sources", [])]
    return {
        "event_date": c["event_date"], "time_precision": c.get("time_precision") or 1, "event_type": c["event_type"],
        "sub_event_type": c["sub_event_type"], "actor1": c["actor1"], "actor2": c.get("actor2") or "",
        "iso": ISO_NUMERIC[cc][0] if cc in ISO_NUMERIC else "", "location": c.get("location") or "",
        "latitude": c["latitude"], "longitude": c["longitude"], "geo_precision": c.get("geo_precision") or 1,
        "fatalities": c.get("fatalities") if c.get("fatalities") is not None else 0,
        "injuries": c.get("injuries") if c.get("injuries") is not None else "",
        "notes": c.get("notes", ""), "source": "; ".join(dict.fromkeys(s["file"] for s in c.get("sources", []))),
        "source_scale": "", "sources": json.dumps(sources), "conflicts": json.dumps(c.get("conflicts", {})),
        "place_id": c.get("place_id") or "", "status": c.get("status") or "reported",
    }


def save_candidates(store: EventStore, cands: list[dict], *, file: str = "(ingest)", progress=False) -> tuple[ImportReport, list[tuple[int, str]]]:
    """Write the savable candidates in one transaction; return the report and the (index, reason)
    of each candidate not saved. Invalid rows refuse the whole batch (:class:`EventValidationError`)."""
    from ..model import EventValidationError

    skipped = [(i, why) for i, c in enumerate(cands) if (why := savable(c))]
    keep = [(i + 1, candidate_row(c)) for i, c in enumerate(cands) if not savable(c)]
    records, problems = normalise_rows(keep, file=file, gazetteer=store._gz, layer="ingest")
    if problems:
        raise EventValidationError(problems)
    return store.add_records(records, file=file, format="ingest", progress=progress), skipped
