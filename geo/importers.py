"""Importers: ACLED CSV exports, UCDP GED CSV, GeoJSON and our own CSV, detected from the header.

Every importer yields ``(row number, mapping)`` in our schema's column names; validation and
completion happen once, in :func:`geo.events.normalise_rows`. A file with a bad row is refused
whole unless ``skip_bad``, which writes the good rows and a rejects file beside the input.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .events import EventValidationError
from .schema import EXTRA_COLUMNS, ValidationProblem

__all__ = ["FORMATS", "CHUNK_ROWS", "detect_format", "read_rows", "raw_chunks", "import_into", "ImportFormatError", "EventValidationError"]

FORMATS = ("acled", "ucdp", "geojson", "csv", "gpkg")
#: Rows validated and written at a time: memory stays flat however long the file.
CHUNK_ROWS = 50_000
_ACLED_SIGNATURE = {"event_id_cnty", "event_date", "event_type", "actor1"}
_UCDP_SIGNATURE = {"date_start", "date_end", "where_prec", "best", "side_a", "side_b"}
# UCDP where_prec (1 exact .. 7 country/international waters) -> ACLED geo_precision
_UCDP_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# UCDP type_of_violence -> ACLED event type / sub-event type
_UCDP_TYPE = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"), 3: ("Violence against civilians", "Attack")}


class ImportFormatError(ValueError):
    """The file's format cannot be read or recognised; the message names the file."""


def _encoding(path: Path) -> str:
    """'utf-8-sig' when the whole file is UTF-8, else 'cp1256' (Windows Arabic); read in blocks."""
    dec = codecs.getincrementaldecoder("utf-8")()
    blank = True
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            blank = blank and not block.strip()
            try:
                dec.decode(block)
            except UnicodeDecodeError:
                return "cp1256"
    if blank:
        raise ImportFormatError(f"{path}: the file is empty")
    try:
        dec.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1256"
    return "utf-8-sig"


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


def _head(path: Path) -> str:
    """The start of the file as text, enough to tell the format."""
    with open(path, "rb") as fh:
        data = fh.read(1 << 16)
    if not data.strip():
        _encoding(path)  # raises when the whole file is blank
    return data.decode("utf-8-sig", errors="replace")


def _csv_header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)), [])


def detect_format(path: str | Path) -> str:
    """'acled', 'ucdp', 'geojson', 'csv' or 'gpkg' from the file's content; ImportFormatError otherwise."""
    p = Path(path)
    with open(p, "rb") as fh:
        if fh.read(16) == b"SQLite format 3\x00":
            return "gpkg"
    text = _head(p)
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


def _csv_chunks(path: Path, chunk_rows: int) -> Iterator[tuple[list[int], Any, list[tuple[int, dict]]]]:
    """(row numbers, rows as a DataFrame of text, rows with the wrong number of fields) a chunk
    at a time. Row 1 is the first data row; blank lines are not rows.

    pyarrow's CSV reader does the parsing (one thread, so each bad row's number is known); a
    header that repeats a column name goes through the csv module instead (its last value counts,
    as with :class:`csv.DictReader`)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = _encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        while header == []:
            header = next(reader, None)
    if not header:
        raise ImportFormatError(f"{path}: no header row")
    names = [h.strip() for h in header]
    if len(set(header)) < len(header) or len(set(names)) < len(names):
        yield from _csv_chunks_python(path, encoding, chunk_rows)
        return
    wrong: dict[int, tuple[int, dict]] = {}

    def bad_row(row) -> str:
        why = "row has more fields than the header" if row.actual_columns > len(names) else "row has fewer fields than the header (truncated?)"
        wrong[row.number - 1] = (row.number - 1, {"__problem__": ("*", why), "row_text": row.text[:2000]})
        return "skip"

    try:
        stream = pacsv.open_csv(
            path, read_options=pacsv.ReadOptions(block_size=max(chunk_rows * 400, 1 << 20), use_threads=False,
                                                 encoding="utf8" if encoding == "utf-8-sig" else encoding),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=bad_row),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.string() for h in header}, strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
        row, told = 0, set()
        for batch in stream:
            df = batch.to_pandas(types_mapper={pa.string(): pd.StringDtype()}.get)
            df.columns = names
            nums = []
            while len(nums) < len(df):
                row += 1
                if row not in wrong:
                    nums.append(row)
            late = [wrong[i] for i in sorted(wrong) if i not in told and i <= row]
            told.update(i for i, _ in late)
            yield nums, df, late
        rest = [wrong[i] for i in sorted(wrong) if i not in told]
        if rest:
            yield [], pd.DataFrame(columns=names, dtype=object), rest
    except pa.ArrowInvalid as err:
        raise ImportFormatError(f"{path}: not a readable CSV file ({err})") from err


def _csv_chunks_python(path: Path, encoding: str, chunk_rows: int) -> Iterator[tuple[list[int], Any, list[tuple[int, dict]]]]:
    import pandas as pd

    with open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        while header == []:
            header = next(reader, None)
        names = [h.strip() for h in header]
        keep = {n: i for i, n in enumerate(names)}  # a repeated column name: its last value counts
        width, row = len(names), 0
        while batch := list(itertools.islice(reader, chunk_rows)):
            nums, good, wrong = [], [], []
            for r in batch:
                if not r:
                    continue  # a blank line is not a row
                row += 1
                if len(r) == width:
                    nums.append(row)
                    good.append([r[i] for i in keep.values()])
                else:
                    why = "row has more fields than the header" if len(r) > width else "row has fewer fields than the header (truncated?)"
                    wrong.append((row, {"__problem__": ("*", why), **dict(zip(names, r, strict=False))}))
            yield nums, pd.DataFrame(good, columns=list(keep), dtype=object), wrong


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


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ImportFormatError(f"format was {fmt!r} but is expected to be one of {FORMATS}")


def raw_chunks(path: str | Path, fmt: str, *, chunk_rows: int = CHUNK_ROWS) -> Iterator[tuple[list[int], list[dict[str, Any]] | Any, list]]:
    """(row numbers, raw rows, unreadable rows) of a file a chunk at a time, in our column names.

    Raw rows are a DataFrame of text for the CSV formats (ACLED, UCDP, ours) and a list of
    mappings otherwise; unreadable rows are ``(row, {"__problem__": (field, why), ...})``."""
    import pandas as pd

    p = Path(path)
    _check_format(fmt)
    if fmt == "gpkg":
        rows = _gpkg_rows(p)
        yield [i for i, _ in rows], [r for _, r in rows], []
        return
    if fmt == "geojson":
        rows = list(_geojson_rows(p, _read_text(p)))
        yield [i for i, r in rows if "__problem__" not in r], [r for _, r in rows if "__problem__" not in r], \
            [(i, r) for i, r in rows if "__problem__" in r]
        return
    for nums, raw, wrong in _csv_chunks(p, chunk_rows):
        if fmt == "ucdp":
            raw = pd.DataFrame([_ucdp(r) for r in raw.astype(object).to_dict("records")], dtype=object)
        elif fmt == "acled":  # an ACLED export's own columns only: our extras are not trusted from an ACLED file
            raw = raw.drop(columns=[c for c in raw.columns if c in EXTRA_COLUMNS])
        yield nums, raw, wrong


def read_rows(path: str | Path, format: str | None = None) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """The format and the raw rows of a file, in our column names (a small file's, in memory)."""
    p = Path(path)
    fmt = format or detect_format(p)
    out: list[tuple[int, dict[str, Any]]] = []
    for nums, raw, wrong in raw_chunks(p, fmt):
        rows = raw if isinstance(raw, list) else raw.to_dict("records")
        out += list(zip(nums, rows, strict=True)) + list(wrong)
    return fmt, sorted(out, key=lambda x: x[0])


def _estimate_rows(path: Path, fmt: str) -> int:
    if fmt in ("gpkg", "geojson"):
        return 0
    lines = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            lines += block.count(b"\n")
    return max(lines - 1, 0)


def import_into(store, path: str | Path, *, format: str | None = None, skip_bad: bool = False, progress=False):
    """Validate the whole file and write it in one transaction, a chunk at a time.

    Rows are validated and written in chunks of :data:`CHUNK_ROWS`, inside one transaction: when
    any row is bad (and ``skip_bad`` is false) the rest of the file is still read, so the error
    names every bad row, and then the transaction is rolled back.

    Raises
    ------
    EventValidationError
        When any row is bad and ``skip_bad`` is false; the store is untouched.
    ImportFormatError
        When the file cannot be read as the format.
    """
    from .actors import ActorTable
    from .eventtable import normalise_table

    p = Path(path)
    fmt = format or detect_format(p)
    _check_format(fmt)
    problems: list[ValidationProblem] = []
    rejected: list[tuple[int, dict[str, Any]]] = []
    memo: dict = {}
    actors = ActorTable.load()
    with store.importing(file=str(p), format=fmt, progress=progress, total=_estimate_rows(p, fmt)) as imp:
        for nums, raw, wrong in raw_chunks(p, fmt):
            for i, r in wrong:
                field, why = r["__problem__"]
                problems.append(ValidationProblem(str(p), i, field, "", why))
                rejected.append((i, r))
            is_frame = not isinstance(raw, list)
            frame = raw if is_frame else _frame_of(raw)
            table, bad = normalise_table(frame, nums, file=str(p), gazetteer=store._gz, actors=actors, memo=memo, text=is_frame)
            if bad:
                problems += bad
                bad_rows = {pr.row for pr in bad}
                rows_of = frame.to_dict("records")
                rejected += [(i, r) for i, r in zip(nums, rows_of, strict=True) if i in bad_rows]
                good = [i for i in nums if i not in bad_rows]
            else:
                good = nums
            if fmt in ("csv", "geojson", "gpkg") and "layer" in frame:  # our own formats carry the layer an event came from
                layer = dict(zip(nums, frame["layer"].tolist(), strict=True))
                own = [layer[i] if layer[i] in ("curated", "import", "ingest") else None for i in good]
                table["layer"] = [o or t for o, t in zip(own, table["layer"].tolist(), strict=True)]
            if problems and not skip_bad:
                continue  # keep reading: the error names every bad row; nothing is written
            imp.add(table)
        bad_rows = sorted({pr.row for pr in problems})
        imp.report.refused = len(bad_rows)
        if problems and not skip_bad:
            raise EventValidationError(sorted(problems, key=lambda x: x.row))
    report = imp.report
    if bad_rows:
        report.rejects_path = str(_write_rejects(p, sorted(rejected, key=lambda x: x[0]), problems))
    return report


def _frame_of(rows: list[dict[str, Any]]):
    import pandas as pd

    return pd.DataFrame.from_records(rows) if rows else pd.DataFrame()


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

