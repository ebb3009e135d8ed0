"""Events in memory: validate raw rows, complete them from the gazetteer and the actor table, and
assemble the typed GeoDataFrame (EPSG:4326) everything downstream uses.

A raw row is a mapping of column -> value as read from a file (strings, or typed values). A row
that names a ``location`` without coordinates gets the gazetteer's point, precision and place id;
a location that does not resolve is a validation problem, never a silent drop or a guess.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from gazetteer import Gazetteer, normalise
from gazetteer.model import GEO_PRECISION

from .actors import ActorTable
from .countries import NAME_TO_CC, NUMERIC_TO_CC
from .schema import COLUMNS, EVENT_TYPES, ISO_NUMERIC, MAX_FIELD_CHARS, STATUSES, YEARS, EventValidationError, ValidationProblem

__all__ = ["normalise_rows", "to_frame", "empty_frame", "dedup_key", "parse_date", "text_problem", "EventValidationError", "INT_RULES"]

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%Y/%m/%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f")
INT_COLUMNS = ("year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp", "injuries")
#: Whole-number columns: (lowest, highest, default when blank); "now" is the time of the import.
#: The highest values keep every count inside a 32-bit database integer.
INT_RULES: dict[str, tuple[int | None, int | None, Any]] = {
    "time_precision": (1, 3, 1), "fatalities": (0, 10_000_000, 0), "geo_precision": (1, 3, None),
    "injuries": (0, 10_000_000, None), "iso": (0, 999, None), "timestamp": (0, 10**11, "now"), "year": (*YEARS, None)}
CATEGORY_COLUMNS = ("disorder_type", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
                    "inter1", "inter2", "interaction", "civilian_targeting", "region", "country", "admin1", "source_scale",
                    "side1", "side2", "status", "layer")


def _blank(v: Any) -> bool:
    if isinstance(v, str):
        return not v.strip()
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, (float, np.floating)) and math.isnan(v))


def parse_date(value: Any) -> date:
    """A date from ISO text, ACLED's '03 February 2024', or a date/datetime; ValueError otherwise.

    >>> parse_date("03 February 2024"), parse_date("2024-02-03")
    (datetime.date(2024, 2, 3), datetime.date(2024, 2, 3))
    >>> parse_date("2024-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2024-02-30' is not a date that exists (expected YYYY-MM-DD or '03 February 2024')
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date that exists (expected YYYY-MM-DD or '03 February 2024')")


def _int(value: Any, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool):
        raise ValueError("is not a whole number")
    if isinstance(value, (int, np.integer)):
        x = int(value)
    else:
        try:
            f = float(str(value).strip())
        except ValueError:
            raise ValueError("is not a whole number") from None
        if not math.isfinite(f) or f != int(f):
            raise ValueError("is not a whole number")
        x = int(f)
    if (lo is not None and x < lo) or (hi is not None and x > hi):
        raise ValueError(f"is outside [{lo}, {hi}]")
    return x


def _float(value: Any, lo: float, hi: float) -> float:
    """A finite number in [lo, hi]; ValueError saying what is wrong otherwise (never TypeError
    or OverflowError: a JSON ``true`` or a 400-digit integer is just not a coordinate)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, np.integer, np.floating)):
        raise ValueError("is not a number")
    try:
        x = float(value.strip() if isinstance(value, str) else value)
    except (ValueError, OverflowError):
        raise ValueError("is not a number") from None
    if not math.isfinite(x):
        raise ValueError(f"is {'NaN' if math.isnan(x) else 'infinite'}, outside [{lo}, {hi}]")
    if not lo <= x <= hi:
        raise ValueError(f"is outside [{lo}, {hi}]")
    return x


def _json(value: Any, kind: type) -> Any:
    if _blank(value):
        return kind()
    if isinstance(value, kind):
        parsed = value
    else:
        try:
            parsed = json.loads(str(value))
        except RecursionError:
            raise ValueError("is nested too deeply") from None
        if not isinstance(parsed, kind):
            raise ValueError(f"is JSON but not a {kind.__name__}")
    try:
        text = json.dumps(parsed, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        raise ValueError("holds values that are not JSON") from None
    why = text_problem(text, None)
    if why:
        raise ValueError(why)
    return parsed


def text_problem(value: str, max_chars: int | None = MAX_FIELD_CHARS) -> str | None:
    """Why a text value cannot be stored (a NUL, a lone surrogate), or is not accepted from a
    file (over ``max_chars`` characters, :data:`~geo.model.MAX_FIELD_CHARS`), or None.

    Validation checks what can be stored (``max_chars=None``): a value we derive may run longer
    than the field of the file it came from (UCDP's ``conflict_name`` becomes ``ucdp:<name>``).
    The importers check the length of the fields as the file holds them.

    >>> text_problem("Al Qaim") is None
    True
    >>> text_problem("a" + chr(0) + "b")
    'contains a NUL character (the file is damaged, or not text)'
    >>> text_problem("x" * 100_001)
    'is 100,001 characters long, over the limit of 100,000 characters a field may hold'
    >>> text_problem("x" * 100_001, None) is None
    True
    """
    if max_chars is not None and len(value) > max_chars:
        return f"is {len(value):,} characters long, over the limit of {max_chars:,} characters a field may hold"
    if "\x00" in value:
        return "contains a NUL character (the file is damaged, or not text)"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode text (it holds a lone surrogate)"
    return None


def dedup_key(rec: Mapping[str, Any]) -> str:
    """Date + place + actors, normalised: the identity of an event that carries no id."""
    place = rec.get("place_id") or normalise(str(rec.get("location") or "")) or f"{rec['latitude']:.3f},{rec['longitude']:.3f}"
    actors = sorted(normalise(str(rec.get(c) or "")) for c in ("actor1", "actor2"))
    return "|".join([str(rec["event_date"]), place, *actors])


def _interaction(i1: str, i2: str) -> str:
    return f"{i1}-{i2}" if i1 and i2 else (f"{i1} only" if i1 else "")


def normalise_rows(rows: Iterable[tuple[int, Mapping[str, Any]]], *, file: str, gazetteer: Gazetteer | None = None,
                   actors: ActorTable | None = None, layer: str = "import") -> tuple[list[dict[str, Any]], list[ValidationProblem]]:
    """Validate and complete raw rows.

    Parameters
    ----------
    rows : iterable of (row number, mapping)
        Row numbers as the user sees them (1 = first data row).
    file : str
        Named in every problem.

    Returns
    -------
    (records, problems)
        Complete, typed records of the valid rows, and every problem of the others.
    """
    gz = gazetteer or Gazetteer.default()
    at = actors or ActorTable.load()
    records, problems = [], []
    now = int(time.time())
    for row, raw in rows:
        rec, bad = validate_record(row, raw, file, gz, at, layer, now)
        if bad:
            problems += bad
        else:
            records.append(rec)
    return records, problems


def validate_record(row: int, raw: Mapping[str, Any], file: str, gz: Gazetteer, at: ActorTable, layer: str, now: int):
    bad: list[ValidationProblem] = []

    def problem(field: str, why: str) -> None:  # a message quotes values: keep it readable however long they are
        bad.append(ValidationProblem(file, row, field, _shown(raw.get(field)), why if len(why) <= 500 else why[:497] + "..."))

    def get(field: str) -> str:
        v = raw.get(field)
        return "" if _blank(v) else str(v).strip()

    rec: dict[str, Any] = {c: "" for c in COLUMNS}
    for c in COLUMNS:
        v = raw.get(c)
        why = None
        if isinstance(v, str):
            why = text_problem(v, None)
        elif c not in ("sources", "conflicts") and isinstance(v, (dict, list, tuple, set, bytes, bytearray)):
            what = "a list" if isinstance(v, (list, tuple, set)) else "an object" if isinstance(v, dict) else "binary data"
            why = f"is {what}, expected text or a number"
        if why:
            bad.append(ValidationProblem(file, row, c, _shown(v), why))
    if bad:
        return None, bad
    for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "admin1", "admin2", "admin3",
              "location", "source", "source_scale", "notes", "tags", "region", "country", "disorder_type", "inter1", "inter2",
              "interaction", "event_id_cnty", "place_id"):
        rec[c] = get(c)
    for field in ("event_date", "event_type", "actor1"):
        if not get(field):
            problem(field, "is required")
    if get("event_date"):
        try:
            rec["event_date"] = parse_date(raw["event_date"])
        except ValueError as err:
            problem("event_date", str(err))
        else:
            if not YEARS[0] <= rec["event_date"].year <= YEARS[1]:
                problem("event_date", f"is outside the years {YEARS[0]} to {YEARS[1]}")
    etype, sub = get("event_type"), get("sub_event_type")
    if etype and etype not in EVENT_TYPES:
        problem("event_type", f"is not one of ACLED's event types {tuple(EVENT_TYPES)}")
    elif etype and sub and sub not in EVENT_TYPES[etype]:
        problem("sub_event_type", f"is not a sub-event type of {etype!r}: {EVENT_TYPES[etype]}")
    rec["event_type"], rec["sub_event_type"] = etype, sub
    for field, (lo, hi, default) in INT_RULES.items():
        default = now if default == "now" else default
        if get(field):
            try:
                rec[field] = _int(raw[field], lo, hi)
            except ValueError as err:
                problem(field, f"{err}" if "outside" in str(err) else f"{err} (got {_shown(get(field))!r})")
                rec[field] = default
        else:
            rec[field] = default
    for field, kind in (("sources", list), ("conflicts", dict)):
        try:
            rec[field] = _json(raw.get(field), kind)
        except ValueError as err:
            problem(field, f"is not valid JSON {kind.__name__}: {err}")
    status = get("status") or "reported"
    if status not in STATUSES:
        problem("status", f"is not one of {STATUSES}")
    rec["status"] = status
    rec["layer"] = layer
    # -- where
    lat_s, lon_s = get("latitude"), get("longitude")
    if lat_s or lon_s:
        for field, other, lim in (("latitude", "longitude", 90), ("longitude", "latitude", 180)):
            if not get(field):
                problem(field, f"is blank but {other} is given: give both, or neither and a location")
                continue
            try:
                rec[field] = _float(raw.get(field), -lim, lim)
            except ValueError as err:
                problem(field, str(err))
    cc = _country_code(rec, raw)
    match = None
    if rec["location"] and not bad:
        match = gz.get(rec["location"], country=cc)
    if not (lat_s or lon_s):
        if not rec["location"]:
            problem("location", "is required when latitude and longitude are not given")
        elif match is None and not bad:
            try:
                gz.lookup(rec["location"], country=cc)
            except LookupError as err:
                problem("location", f"does not resolve to a place: {err}")
        elif match is not None:
            rec["latitude"], rec["longitude"] = match.lat, match.lon
            if rec["geo_precision"] is None:
                rec["geo_precision"] = GEO_PRECISION[match.precision]
    if bad:
        return None, bad
    if match is not None:
        rec["place_id"] = rec["place_id"] or match.place.id
        cc = cc or match.country
    if rec["geo_precision"] is None:
        rec["geo_precision"] = 1
    if cc and cc in ISO_NUMERIC:
        iso, country, region = ISO_NUMERIC[cc]
        rec["iso"] = rec["iso"] if rec["iso"] is not None else iso
        rec["country"] = rec["country"] or country
        rec["region"] = rec["region"] or region
    rec["iso"] = rec["iso"] if rec["iso"] is not None else 0
    rec["year"] = rec["event_date"].year
    rec["disorder_type"] = rec["disorder_type"] or ("Strategic developments" if etype == "Strategic developments" else "Political violence")
    for n in ("1", "2"):
        actor = rec[f"actor{n}"]
        if actor:
            canon = at.canonical(actor)
            rec[f"side{n}"] = at.side(actor)
            if not rec[f"inter{n}"] and canon:
                rec[f"inter{n}"] = at.actors[canon].inter
    rec["interaction"] = rec["interaction"] or _interaction(rec["inter1"], rec["inter2"])
    if not rec["event_id_cnty"]:
        rec["event_id_cnty"] = "SM" + hashlib.sha1(dedup_key(rec).encode()).hexdigest()[:12].upper()
        rec["_id_generated"] = True  # such a row is also a duplicate of any event with its date, place and actors
    return rec, []


def _shown(value: Any) -> str:
    """A value as a problem shows it: text, at most 200 characters."""
    if value is None:
        return ""
    try:
        text = value if isinstance(value, str) else str(value)
    except ValueError:  # an integer too long to print
        return f"({type(value).__name__})"
    return text if len(text) <= 200 else text[:197] + "..."


def _country_code(rec: dict[str, Any], raw: Mapping[str, Any]) -> str | None:
    if isinstance(rec.get("iso"), int) and rec["iso"] in NUMERIC_TO_CC:
        return NUMERIC_TO_CC[rec["iso"]]
    name = str(raw.get("country") or "").strip().casefold()
    return NAME_TO_CC.get(name)


def empty_frame() -> gpd.GeoDataFrame:
    """A typed frame with no rows: the schema's columns and an empty point geometry."""
    return to_frame([])


def to_frame(records: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Assemble records into the typed GeoDataFrame (EPSG:4326, lon/lat points).

    ``event_date`` is ``datetime64`` at midnight; categories are categoricals; counts are
    nullable integers; ``sources``/``conflicts`` stay Python objects.
    """
    df = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]")
    for c in INT_COLUMNS:
        df[c] = pd.array(df[c].where(df[c].notna(), None).tolist(), dtype="Int64")
    for c in ("latitude", "longitude"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in COLUMNS:
        if c in CATEGORY_COLUMNS:
            df[c] = df[c].fillna("").astype(str).astype("category")
        elif c not in INT_COLUMNS and c not in ("event_date", "latitude", "longitude", "sources", "conflicts"):
            df[c] = df[c].fillna("").astype(str)
    # points are (x=lon, y=lat)
    geometry = gpd.points_from_xy(df["longitude"], df["latitude"], crs="EPSG:4326")
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")
