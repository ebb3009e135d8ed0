"""Importers: ACLED CSV exports, UCDP GED CSV, GeoJSON and our own CSV, detected from the header.

Every importer yields ``(row number, mapping)`` in our schema's column names; validation and
completion happen once, in :func:`geo.events.normalise_rows`. A file with a bad row is refused
whole unless ``skip_bad``, which writes the good rows and a rejects file beside the input.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .events import EventValidationError, normalise_rows
from .schema import EXTRA_COLUMNS, ValidationProblem

__all__ = ["FORMATS", "detect_format", "read_rows", "import_into", "ImportFormatError", "EventValidationError"]

FORMATS = ("acled", "ucdp", "geojson", "csv", "gpkg")
_ACLED_SIGNATURE = {"event_id_cnty", "event_date", "event_type", "actor1"}
_UCDP_SIGNATURE = {"date_start", "date_end", "where_prec", "best", "side_a", "side_b"}
# UCDP where_prec (1 exact .. 7 country/international waters) -> ACLED geo_precision
_UCDP_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# UCDP type_of_violence -> ACLED event type / sub-event type
_UCDP_TYPE = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"), 3: ("Violence against civilians", "Attack")}


class ImportFormatError(ValueError):
    """The file's format cannot be read or recognised; the message names the file."""


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFormatError(f"{path}: the file is empty")
    for enc in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ImportFormatError(f"{path}: not UTF-8 or Windows-1256 text")


def _csv_header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)), [])


def detect_format(path: str | Path) -> str:
    """'acled', 'ucdp', 'geojson' or 'csv' from the file's content; ImportFormatError otherwise."""
    p = Path(path)
    with open(p, "rb") as fh:
        if fh.read(16) == b"SQLite format 3\x00":
            return "gpkg"
    text = _read_text(p)
    if text.lstrip().startswith("{"):
        return "geojson"
    header = {h.strip() for h in _csv_header(text)}
    if _UCDP_SIGNATURE <= header:
        return "ucdp"
    if _ACLED_SIGNATURE <= header:
        return "csv" if {"sources", "conflicts"} & header else "acled"
    raise ImportFormatError(
        f"{p}: header {sorted(header)[:12]!r} is neither ACLED's ({sorted(_ACLED_SIGNATURE)}), "
        f"UCDP GED's ({sorted(_UCDP_SIGNATURE)}) nor GeoJSON; pass --format to say which")


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise ImportFormatError(f"{path}: no header row")
    for i, row in enumerate(reader, start=1):
        if None in row:
            yield i, {"__problem__": ("*", "row has more fields than the header")}
            continue
        if any(v is None for v in row.values()):
            yield i, {"__problem__": ("*", "row has fewer fields than the header (truncated?)")}
            continue
        yield i, {k.strip(): v for k, v in row.items()}


def _ucdp(row: Mapping[str, str]) -> dict[str, Any]:
    start, end = row.get("date_start", "")[:10], row.get("date_end", "")[:10]
    try:
        tov = int(float(row.get("type_of_violence") or 0))
        prec = int(float(row.get("where_prec") or 0))
        date_prec = int(float(row.get("date_prec") or 1))
    except ValueError:
        tov, prec, date_prec = 0, 0, 1
    etype, sub = _UCDP_TYPE.get(tov, ("Battles", "Armed clash"))
    out: dict[str, Any] = {
        "event_id_cnty": f"UCDP{row.get('id', '').strip()}" if row.get("id", "").strip() else "",
        "event_date": start, "time_precision": 1 if start == end or not end else (2 if date_prec <= 3 else 3),
        "event_type": etype, "sub_event_type": sub, "actor1": row.get("side_a", ""), "actor2": row.get("side_b", ""),
        "country": row.get("country", ""), "admin1": row.get("adm_1", ""), "admin2": row.get("adm_2", ""),
        "location": row.get("where_coordinates", "") or row.get("where_description", ""),
        "latitude": row.get("latitude", ""), "longitude": row.get("longitude", ""),
        "geo_precision": _UCDP_GEO.get(prec, "") if prec else "", "fatalities": row.get("best", ""),
        "source": row.get("source_office", "") or row.get("source_article", "")[:200], "notes": row.get("source_headline", ""),
        "sources": json.dumps([{"outlet": row.get("source_office", ""), "date": row.get("source_date", "")[:10],
                                "claims": row.get("source_article", "")}]),
        "tags": f"ucdp:{row.get('conflict_name', '')}".rstrip(":"),
    }
    if start != end and end:
        out["conflicts"] = json.dumps({"event_date": {"UCDP date_start": start, "UCDP date_end": end}})
    if row.get("low") and row.get("high") and row.get("low") != row.get("high"):
        conflicts = json.loads(out.get("conflicts", "{}"))
        conflicts["fatalities"] = {"UCDP low": row["low"], "UCDP best": row.get("best", ""), "UCDP high": row["high"]}
        out["conflicts"] = json.dumps(conflicts)
    return out


def _geojson_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(f"{path}: not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from err
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise ImportFormatError(f"{path}: not a GeoJSON FeatureCollection")
    for i, feat in enumerate(doc["features"], start=1):
        props = dict((feat or {}).get("properties") or {})
        geom = (feat or {}).get("geometry") or {}
        if geom.get("type") == "Point" and isinstance(geom.get("coordinates"), list) and len(geom["coordinates"]) >= 2:
            # GeoJSON is (lon, lat); the point fills coordinates the properties leave blank
            if props.get("longitude") in ("", None):
                props["longitude"] = geom["coordinates"][0]
            if props.get("latitude") in ("", None):
                props["latitude"] = geom["coordinates"][1]
        elif geom:
            yield i, {"__problem__": ("geometry", f"is a {geom.get('type')!r}, expected a Point")}
            continue
        for c in ("sources", "conflicts"):
            if isinstance(props.get(c), (list, dict)):
                props[c] = json.dumps(props[c])
        yield i, props


def _gpkg_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    import pyogrio

    try:
        df = pyogrio.read_dataframe(path, read_geometry=False)
    except Exception as err:  # GDAL's errors are many; all mean the same here
        raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
    return [(i, {k: ("" if v is None or v != v else v) for k, v in row.items()}) for i, row in
            enumerate(df.to_dict("records"), start=1)]


def read_rows(path: str | Path, format: str | None = None) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """The format and the raw rows of a file, in our column names."""
    p = Path(path)
    fmt = format or detect_format(p)
    if fmt not in FORMATS:
        raise ImportFormatError(f"format was {fmt!r} but is expected to be one of {FORMATS}")
    if fmt == "gpkg":
        return fmt, _gpkg_rows(p)
    text = _read_text(p)
    if fmt == "geojson":
        return fmt, list(_geojson_rows(p, text))
    rows = list(_csv_rows(p, text))
    if fmt == "ucdp":
        rows = [(i, r if "__problem__" in r else _ucdp(r)) for i, r in rows]
    elif fmt == "acled":
        # an ACLED export's own columns only: our extras are not trusted from an ACLED file
        rows = [(i, {k: v for k, v in r.items() if k not in EXTRA_COLUMNS or k == "__problem__"}) for i, r in rows]
    return fmt, rows


def import_into(store, path: str | Path, *, format: str | None = None, skip_bad: bool = False, progress: bool = False):
    """Validate the whole file, then write it in one transaction.

    Raises
    ------
    EventValidationError
        When any row is bad and ``skip_bad`` is false; the store is untouched.
    ImportFormatError
        When the file cannot be read as the format.
    """
    p = Path(path)
    fmt, raw = read_rows(p, format)
    problems: list[ValidationProblem] = []
    ok_rows = []
    for i, r in raw:
        if "__problem__" in r:
            field, why = r["__problem__"]
            problems.append(ValidationProblem(str(p), i, field, "", why))
        else:
            ok_rows.append((i, r))
    records, bad = normalise_rows(ok_rows, file=str(p), gazetteer=store._gz)
    if fmt in ("csv", "geojson", "gpkg"):  # our own formats carry the layer an event came from
        layers = {i: r.get("layer") for i, r in ok_rows}
        good_rows = [i for i, _ in ok_rows if i not in {pr.row for pr in bad}]
        for rec, i in zip(records, good_rows, strict=True):
            if layers.get(i) in ("curated", "import", "ingest"):
                rec["layer"] = layers[i]
    problems += bad
    if problems and not skip_bad:
        raise EventValidationError(sorted(problems, key=lambda x: x.row))
    rejects_path = None
    bad_rows = sorted({pr.row for pr in problems})
    if bad_rows:
        rejects_path = _write_rejects(p, raw, problems)
    report = store.add_records(records, file=str(p), format=fmt, refused=len(bad_rows), progress=progress)
    report.rejects_path = str(rejects_path) if rejects_path else None
    return report


def _write_rejects(path: Path, raw: list[tuple[int, dict[str, Any]]], problems: list[ValidationProblem]) -> Path:
    out = path.with_name(path.name + ".rejects.csv")
    by_row: dict[int, list[str]] = {}
    for pr in problems:
        by_row.setdefault(pr.row, []).append(f"{pr.field}: {pr.problem}")
    rows = [(i, r) for i, r in raw if i in by_row]
    fields = ["row", "errors"] + sorted({k for _, r in rows for k in r if k != "__problem__"})
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for i, r in rows:
            w.writerow({"row": i, "errors": "; ".join(by_row[i]), **{k: v for k, v in r.items() if k != "__problem__"}})
    return out

