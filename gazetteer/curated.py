"""The curated layer: sites, towns, provinces and countries from ``data/places.csv``.

Each row carries a canonical name, ``|``-separated aliases, an ISO 3166-1 alpha-2 country, a kind,
a point (``lat``/``lon``) or an ``anchor`` that borrows one (``geonames:ID`` for a populated place,
``place:ID`` for another curated row), a precision class, a source and a note. A row that anchors
to a larger place (Akashat -> Anbar) keeps its own name and kind with the larger place's point
and precision.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .model import KINDS, PRECISIONS, Place

__all__ = ["CuratedRow", "read_places", "read_not_places"]

FIELDS = ("id", "name", "aliases", "country", "kind", "lat", "lon", "anchor", "precision", "geonames", "source", "note")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CC = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class CuratedRow:
    place: Place
    aliases: tuple[str, ...]
    geonames_id: int | None


def _float(path: Path, row: int, field: str, value: str, lo: float, hi: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise DataFileError(path, row, field, f"{value!r} is not a number") from None
    if not (math.isfinite(x) and lo <= x <= hi):
        raise DataFileError(path, row, field, f"{value!r} is outside [{lo}, {hi}]")
    return x


def read_places(path: Path, geonames_point: Callable[[int], tuple[float, float] | None]) -> list[CuratedRow]:
    """Read and validate the curated places file.

    Parameters
    ----------
    path : Path
        A CSV file with the columns in ``FIELDS``.
    geonames_point : callable
        Returns ``(lat, lon)`` of a GeoNames id, or None when the populated-places layer lacks it.

    Raises
    ------
    DataFileError
        Naming the file, the row (1 = first data row) and the field of the first problem found.
    """
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [f for f in FIELDS if f not in (reader.fieldnames or ())]
        if missing:
            raise DataFileError(path, 0, missing[0], f"column missing from header {reader.fieldnames!r}")
        raw = list(reader)
    by_id: dict[str, dict[str, str]] = {}
    for i, rec in enumerate(raw, start=1):
        if None in rec or any(v is None for v in rec.values()):
            raise DataFileError(path, i, "*", "row has a different number of fields from the header")
        if not _ID.match(rec["id"]):
            raise DataFileError(path, i, "id", f"{rec['id']!r} is not a lower-case-hyphenated id")
        if rec["id"] in by_id:
            raise DataFileError(path, i, "id", f"{rec['id']!r} is used by an earlier row")
        by_id[rec["id"]] = rec | {"_row": str(i)}
    rows, resolving = [], set()

    def point(rec: dict[str, str]) -> tuple[float, float, str]:
        i, anchor = int(rec["_row"]), rec["anchor"].strip()
        has_point = bool(rec["lat"].strip() or rec["lon"].strip())
        if has_point == bool(anchor):
            raise DataFileError(path, i, "anchor", "give either lat and lon or an anchor, not both or neither")
        if has_point:
            return (_float(path, i, "lat", rec["lat"], -90, 90), _float(path, i, "lon", rec["lon"], -180, 180), "")
        kind, _, ref = anchor.partition(":")
        if kind == "geonames" and ref.isdigit():
            pt = geonames_point(int(ref))
            if pt is None:
                raise DataFileError(path, i, "anchor", f"GeoNames id {ref} is not in the populated-places layer")
            return (*pt, "")
        if kind == "place" and ref in by_id:
            if ref in resolving:
                raise DataFileError(path, i, "anchor", f"anchors form a cycle through {ref!r}")
            resolving.add(ref)
            lat, lon, _ = point(by_id[ref])
            resolving.discard(ref)
            return lat, lon, by_id[ref]["name"]
        raise DataFileError(path, i, "anchor", f"{anchor!r} is neither geonames:ID nor place:ID of a row")

    for rec in by_id.values():
        i = int(rec["_row"])
        for f in ("name", "country", "kind", "precision", "source"):
            if not rec[f].strip():
                raise DataFileError(path, i, f, "is empty")
        if not _CC.match(rec["country"]):
            raise DataFileError(path, i, "country", f"{rec['country']!r} is not an ISO 3166-1 alpha-2 code")
        if rec["kind"] not in KINDS:
            raise DataFileError(path, i, "kind", f"{rec['kind']!r} is not one of {KINDS}")
        if rec["precision"] not in PRECISIONS:
            raise DataFileError(path, i, "precision", f"{rec['precision']!r} is not one of {PRECISIONS}")
        gid = rec["geonames"].strip()
        if gid and not gid.isdigit():
            raise DataFileError(path, i, "geonames", f"{gid!r} is not a GeoNames id")
        lat, lon, via = point(rec)
        note = rec["note"].strip()
        if via:
            note = f"{note} (point of {via})" if note else f"point of {via}"
        place = Place(
            id=rec["id"], name=rec["name"].strip(), country=rec["country"], kind=rec["kind"],
            lat=lat, lon=lon, precision=rec["precision"], source=rec["source"].strip(),
            layer="curated", note=note, raw={k: v for k, v in rec.items() if not k.startswith("_")},
        )
        aliases = tuple(a.strip() for a in rec["aliases"].split("|") if a.strip())
        rows.append(CuratedRow(place, aliases, int(gid) if gid else None))
    return rows


def read_not_places(places_path: Path, actors_path: Path) -> dict[str, str]:
    """Names that are not places, mapped to what they are (organisation, person, outlet...).

    From ``not_places.csv`` (outlets, people, organisations) and the actor table: every non-state
    actor's name and aliases. A state actor's aliases are marked ``weak`` (refused only when no
    place has the name), since states are named by their countries and capitals.
    """
    out: dict[str, str] = {}
    with open(places_path, newline="", encoding="utf-8") as fh:
        for i, rec in enumerate(csv.DictReader(fh), start=1):
            if not rec.get("name") or not rec.get("kind"):
                raise DataFileError(places_path, i, "name" if not rec.get("name") else "kind", "is empty")
            out[rec["name"]] = rec["kind"]
    with open(actors_path, newline="", encoding="utf-8") as fh:
        for i, rec in enumerate(csv.DictReader(fh), start=1):
            if not rec.get("name"):
                raise DataFileError(actors_path, i, "name", "is empty")
            what = "person" if rec.get("kind") == "person" else "organisation"
            names = [rec["name"], *(rec.get("aliases") or "").split("|")]
            if rec.get("kind") == "state":
                # A state's name is its country, and aliases such as Tehran are cities: they are
                # refused only when no place carries them ("weak").
                names, what = names[1:], "weak " + what
            for n in names:
                if n.strip():
                    out.setdefault(n.strip(), what)
    return out
