"""Rows of a GeoJSON FeatureCollection or a GeoPackage layer, in our column names.

A GeoJSON feature that is not an object, has a geometry other than a Point, or nests its
sources too deeply comes back as an unreadable row naming its field; a file that is not JSON,
not a FeatureCollection, or not a readable GeoPackage (damaged, a SQLite file of another kind,
several layers and none named 'events') raises :class:`~geo.formats.ImportFormatError`.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import COLUMNS, MAX_FIELD_CHARS
from .filecheck import PROBLEM_KEY, SQLITE_MAGIC, ImportFormatError, check_header, long_problem, not_text, shorten


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _bad(field: str, why: str, value: Any = "") -> dict[str, Any]:
    return {PROBLEM_KEY: (field, why, value if isinstance(value, str) else "")}


def geojson_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(f"{path}: not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from err
    except RecursionError as err:
        raise ImportFormatError(f"{path}: not GeoJSON: the JSON is nested too deeply to read") from err
    except ValueError as err:  # an integer of more than 4,300 digits
        why = "it holds a number of more than 4,300 digits" if "digits" in str(err) else str(err)
        raise ImportFormatError(f"{path}: not valid JSON ({why})") from err
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        what = (f"a GeoJSON {doc['type']!r}" if isinstance(doc, dict) and isinstance(doc.get("type"), str) and len(doc["type"]) < 40
                else f"a JSON {_kind(doc).removeprefix('a ').removeprefix('an ')}")
        raise ImportFormatError(f"{path}: not a GeoJSON FeatureCollection (it is {what}); expected "
                                '{"type": "FeatureCollection", "features": [...]}')
    for i, feat in enumerate(doc["features"], start=1):
        if not isinstance(feat, dict):
            yield i, _bad("feature", f"is {_kind(feat)}, expected a GeoJSON Feature (an object)")
            continue
        props, geom = feat.get("properties"), feat.get("geometry")
        if props is not None and not isinstance(props, dict):
            yield i, _bad("properties", f"is {_kind(props)}, expected an object of column: value")
            continue
        props = {k: v for k, v in (props or {}).items() if k in COLUMNS}
        if geom is not None and not isinstance(geom, dict):
            yield i, _bad("geometry", f"is {_kind(geom)}, expected a GeoJSON geometry (an object)")
            continue
        if geom:
            kind, xy = geom.get("type"), geom.get("coordinates")
            if kind != "Point":
                yield i, _bad("geometry", f"is a {kind!r}, expected a Point" if isinstance(kind, str) and len(kind) < 40
                              else "has no geometry type, expected a Point")
                continue
            if not (isinstance(xy, list) and len(xy) >= 2 and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in xy[:2])):
                yield i, _bad("geometry", "a Point's coordinates are expected to be [longitude, latitude], two numbers")
                continue
            # GeoJSON is (lon, lat); the point fills coordinates the properties leave blank
            if props.get("longitude") in ("", None):
                props["longitude"] = xy[0]
            if props.get("latitude") in ("", None):
                props["latitude"] = xy[1]
        try:
            for c in ("sources", "conflicts"):
                if isinstance(props.get(c), (list, dict)):
                    props[c] = json.dumps(props[c], ensure_ascii=False)
        except (RecursionError, ValueError):
            yield i, _bad(c, "is nested too deeply")
            continue
        yield i, _long_value(props) or props


def _long_value(props: dict[str, Any]) -> dict[str, Any] | None:
    """An unreadable row for the first text value over :data:`MAX_FIELD_CHARS`, or None."""
    for k, v in props.items():
        if isinstance(v, str) and len(v) > MAX_FIELD_CHARS:
            return {PROBLEM_KEY: long_problem(k, v)}
    return None


def _missing(v: Any) -> bool:
    import pandas as pd

    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _gpkg_layer(path: Path) -> str:
    """The layer to read ('events', or the only one); ImportFormatError for a damaged file, a
    SQLite file that is not a GeoPackage, or one with several layers and none named 'events'."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    if not head.startswith(SQLITE_MAGIC):
        why = not_text(head) or "it is text: give its format, or none to detect it"
        raise ImportFormatError(f"{path}: not a GeoPackage ({why}; a GeoPackage is a SQLite file)")
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            check = [r[0] for r in con.execute("PRAGMA quick_check")]
            if check != ["ok"]:
                raise ImportFormatError(f"{path}: not a readable GeoPackage: the file is damaged ({'; '.join(check[:3])})")
            if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'").fetchone():
                raise ImportFormatError(f"{path}: not a GeoPackage: a SQLite database without a gpkg_contents table "
                                        "(an event store? import exported files, not stores)")
            layers = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError) as err:  # a damaged file's names need not be UTF-8
        raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
    if "events" in layers or len(layers) == 1:
        return "events" if "events" in layers else layers[0]
    raise ImportFormatError(f"{path}: the GeoPackage has " + (f"layers {shorten(layers)!r} and none is named 'events'" if layers
                                                               else "no layers") + "; export events with python -m geo export")


def gpkg_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    import pyogrio

    layer = _gpkg_layer(path)
    try:
        df = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
        check_header(path, "gpkg", [str(c) for c in df.columns], where=f"the layer {layer!r}")
        records = df.to_dict("records")
    except ImportFormatError:
        raise
    except Exception as err:  # GDAL's errors are many; all mean the same here
        raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
    rows = [{k: ("" if _missing(v) else v) for k, v in row.items() if k in COLUMNS} for row in records]
    return [(i, _long_value(row) or row) for i, row in enumerate(rows, start=1)]
