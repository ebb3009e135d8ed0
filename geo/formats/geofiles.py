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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import COLUMNS, MAX_FIELD_CHARS
from .filecheck import PROBLEM_KEY, SQLITE_MAGIC, ImportFormatError, check_header, long_problem, max_import_columns, not_text, shorten


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


@dataclass(frozen=True, slots=True)
class GpkgLayer:
    """The layer a GeoPackage import reads, as SQLite itself says (never what the file says of
    itself): its name, its integer key column (None for a view), its columns, the rows it really
    holds, and the feature count the file stores (``gpkg_ogr_contents``; None when absent)."""

    name: str
    key: str | None
    columns: tuple[str, ...]
    rows: int
    stored_count: int | None

    def note(self, path: Path) -> str | None:
        """What to say when the stored count is not the real one (GDAL would have trusted it)."""
        if self.stored_count is None or self.stored_count == self.rows:
            return None
        return (f"{path}: the GeoPackage says its layer {self.name!r} has {self.stored_count:,} features, but it has "
                f"{self.rows:,} rows: all {self.rows:,} were read (the stored count is wrong)")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def gpkg_layer(path: Path) -> GpkgLayer:
    """The layer to read ('events', or the only one), counted with SQLite; ImportFormatError for
    a damaged file, a SQLite file that is not a GeoPackage, one with several layers and none named
    'events', or a layer with more columns than :func:`max_import_columns`."""
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
            if not ("events" in layers or len(layers) == 1):
                raise ImportFormatError(f"{path}: the GeoPackage has " + (f"layers {shorten(layers)!r} and none is named 'events'" if layers
                                                                           else "no layers") + "; export events with python -m geo export")
            name = "events" if "events" in layers else layers[0]
            info = con.execute(f"PRAGMA table_info({_quoted(name)})").fetchall()
            if not info:
                raise ImportFormatError(f"{path}: the GeoPackage names a layer {name!r} that it does not hold")
            limit = max_import_columns()
            if len(info) > limit:
                raise ImportFormatError(f"{path}: the layer {name!r} has {len(info):,} columns, over the limit of {limit:,} "
                                        "(events have about 40): raise it with STRIKEMAP_MAX_IMPORT_COLUMNS if the file is right")
            key = next((r[1] for r in info if r[5] == 1 and str(r[2]).upper() == "INTEGER"), None)
            rows = con.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0]
            stored = None
            if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'").fetchone():
                got = con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE lower(table_name) = lower(?)", (name,)).fetchone()
                stored = int(got[0]) if got and isinstance(got[0], int) else None
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError) as err:  # a damaged file's names need not be UTF-8
        raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
    return GpkgLayer(name, key, tuple(str(r[1]) for r in info), int(rows), stored)


def gpkg_rows(path: Path, chunk_rows: int = 50_000) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """The rows of a GeoPackage's events layer a chunk at a time, numbered from 1.

    The rows are counted with SQLite and read ``chunk_rows`` at a time by key (``fid > last``,
    at most ``chunk_rows``), so the count the file stores for itself
    (``gpkg_ogr_contents.feature_count``, which GDAL trusts) decides nothing: a file that
    understates it loses no row, one that claims millions of rows costs the memory of the rows
    it really holds, a chunk at a time."""
    import pyogrio

    layer = gpkg_layer(path)
    check_header(path, "gpkg", list(layer.columns), where=f"the layer {layer.name!r}")
    done, last = 0, None
    while done < layer.rows:
        want = min(chunk_rows, layer.rows - done) if layer.key else layer.rows
        where = f"{_quoted(layer.key)} > {int(last)}" if layer.key and last is not None else None
        try:
            df = pyogrio.read_dataframe(path, layer=layer.name, read_geometry=False, where=where, max_features=want, fid_as_index=True)
        except Exception as err:  # GDAL's errors are many; all mean the same here
            raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
        if len(df) == 0:
            break
        last = int(df.index.max())
        records = df.to_dict("records")
        rows = [{k: ("" if _missing(v) else v) for k, v in row.items() if k in COLUMNS} for row in records]
        yield [(i, _long_value(row) or row) for i, row in enumerate(rows, start=done + 1)]
        done += len(rows)
        if not layer.key:
            break
