"""Importers: ACLED CSV exports, UCDP GED CSV, GeoJSON, GeoPackage and our own CSV, detected
from the content.

Every importer yields ``(row number, mapping)`` in our schema's column names; validation and
completion happen once, in :func:`geo.model.normalise_rows`. A file with a bad row is refused
whole unless ``skip_bad``, which writes the good rows and a rejects file beside the input.

A file that cannot be read as events raises :class:`ImportFormatError` (the message names the
file); a file whose rows do not validate raises :class:`EventValidationError` (the message names
the file, row and field of each problem). Nothing else escapes an import but :class:`OSError`
(a file that cannot be opened), a store's own errors, and ValueError for a bad
``STRIKEMAP_MAX_IMPORT_MB``: an empty, binary, truncated, oversized or otherwise broken file gets
one of the two, and the store is left as it was.

Text is read as UTF-8 (a byte-order mark is dropped) or, when the file is not valid UTF-8, as
Windows-1256 (Arabic); a file that is UTF-8 up to a stray byte is refused, not garbled. A field
may hold at most :data:`~geo.model.MAX_FIELD_CHARS` characters, and a file may be at most
:func:`max_import_bytes` long (2 GB unless ``STRIKEMAP_MAX_IMPORT_MB`` says otherwise).

This module detects the format and runs an import; the readers live beside it:
:mod:`geo.formats` (size, encoding, text or not, separators, required columns),
:mod:`geo.formats` (CSV a chunk at a time), :mod:`geo.formats` (UCDP GED rows in our columns) and
:mod:`geo.formats` (GeoJSON and GeoPackage rows). The names in ``__all__`` are the API, and
stay importable from here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import check_output, safe_output, spreadsheet_safe

from ..model import ACLED_COLUMNS, EXTRA_COLUMNS, MAX_FIELD_CHARS, EventValidationError, ValidationProblem
from .csvread import csv_chunks
from .filecheck import (
    ACLED_SIGNATURE,
    MAX_IMPORT_BYTES,
    MAX_IMPORT_MB,
    PROBLEM_KEY,
    SQLITE_MAGIC,
    UCDP_SIGNATURE,
    ImportFormatError,
    check_size,
    max_import_bytes,
    not_text,
    read_text_file,
    separator_error,
    shorten,
    sniff_encoding,
    sniff_separator,
)
from .geofiles import geojson_rows, gpkg_layer, gpkg_rows
from .placecheck import outside_country, outside_note
from .registry import FORMATS
from .ucdp import UCDP_FIELD, ucdp_record

__all__ = ["CHUNK_ROWS", "MAX_IMPORT_MB", "MAX_IMPORT_BYTES", "max_import_bytes", "detect_format", "read_rows",
           "raw_chunks", "import_into", "ImportFormatError"]

#: How R (and so many ACLED and UCDP exports) writes a missing value.
MISSING_NA = "NA"
#: Rows validated and written at a time: memory stays flat however long the file.
CHUNK_ROWS = 50_000


def _format_of(names: set[str]) -> str | None:
    if UCDP_SIGNATURE <= names:
        return "ucdp"
    if ACLED_SIGNATURE <= names:
        return "csv" if {"sources", "conflicts"} & names else "acled"
    return None


def detect_format(path: str | Path) -> str:
    """The format of a file from its content: 'acled', 'ucdp', 'geojson', 'csv' or 'gpkg'.

    A SQLite file is a GeoPackage; text starting with ``{`` or ``[`` is GeoJSON; otherwise the
    CSV header decides (UCDP GED's columns, ACLED's, and ours: ACLED's plus ``sources`` or
    ``conflicts``).

    Raises
    ------
    ImportFormatError
        When the file is empty, is not text (an image, an archive, UTF-16), separates its fields
        with something other than commas, or has a header of none of the formats; the message
        names the file and says what to do.
    OSError
        When the file cannot be opened.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "export.csv"
    >>> _ = p.write_text("event_id_cnty,event_date,event_type,actor1,sources\\n", encoding="utf-8")
    >>> detect_format(p)
    'csv'
    >>> _ = p.write_text("event_id_cnty;event_date;event_type;actor1\\n", encoding="utf-8")
    >>> detect_format(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geo.formats.filecheck.ImportFormatError: .../export.csv: fields are separated by semicolons (';'), not commas ...: ...
    """
    p = Path(path)
    with open(p, "rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(SQLITE_MAGIC):
        return "gpkg"
    if not head.strip():
        sniff_encoding(p)  # raises when the whole file is blank
    if why := not_text(head):
        raise ImportFormatError(f"{p}: not a text file ({why}); expected a CSV or GeoJSON file, or a GeoPackage")
    text = head.decode("utf-8-sig", errors="replace")
    if text.lstrip().startswith(("{", "[")):
        return "geojson"
    try:
        header = next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error as err:
        raise ImportFormatError(f"{p}: not a readable CSV file (line 1: {err})") from err
    names = {h.strip() for h in header}
    if fmt := _format_of(names):
        return fmt
    if sep := sniff_separator(header):
        raise separator_error(p, sep, header)
    if len(names & set(ACLED_COLUMNS)) >= len(ACLED_COLUMNS) // 2:
        missing = sorted(ACLED_SIGNATURE - names)
        raise ImportFormatError(f"{p}: the header has {len(names & set(ACLED_COLUMNS))} of ACLED's columns but not "
                                f"{', '.join(map(repr, missing))}: is it an edited ACLED export? Restore the column names")
    raise ImportFormatError(
        f"{p}: header {shorten(sorted(names))!r} is neither ACLED's ({sorted(ACLED_SIGNATURE)}), "
        f"UCDP GED's ({sorted(UCDP_SIGNATURE)}) nor GeoJSON; pass --format to say which")


# -- all formats --------------------------------------------------------------------------------


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ImportFormatError(f"format was {fmt!r} but is expected to be one of {FORMATS}")


def raw_chunks(path: str | Path, fmt: str, *, chunk_rows: int | None = None) -> Iterator[tuple[list[int], list[dict[str, Any]] | Any, list]]:
    """(row numbers, raw rows, unreadable rows) of a file a chunk at a time (about ``chunk_rows``,
    default :data:`CHUNK_ROWS`), in our column names.

    Raw rows are a DataFrame of text for the CSV formats (ACLED, UCDP, ours) and a list of
    mappings otherwise; unreadable rows are ``(row, {"__problem__": (field, why, value), ...})``.
    ImportFormatError when the file cannot be read as ``fmt`` or holds no rows at all."""
    p = Path(path)
    _check_format(fmt)
    seen = 0
    for nums, raw, wrong in _chunks(p, fmt, chunk_rows or CHUNK_ROWS):
        seen += len(nums) + len(wrong)
        yield nums, raw, wrong
    if not seen:
        what = {"geojson": "its FeatureCollection has no features", "gpkg": "its layer has no rows"}.get(fmt, "it has a header and no rows")
        raise ImportFormatError(f"no events in {p}: {what}; nothing to import")


def _chunks(p: Path, fmt: str, chunk_rows: int) -> Iterator[tuple[list[int], list[dict[str, Any]] | Any, list]]:
    import pandas as pd

    if fmt in ("gpkg", "geojson"):
        for rows in (gpkg_rows(p, chunk_rows) if fmt == "gpkg" else [list(geojson_rows(p, read_text_file(p)))]):
            yield [i for i, r in rows if PROBLEM_KEY not in r], [r for _, r in rows if PROBLEM_KEY not in r], \
                [(i, r) for i, r in rows if PROBLEM_KEY in r]
        return
    for nums, raw, wrong in csv_chunks(p, fmt, chunk_rows):
        if fmt in ("acled", "ucdp"):  # R writes a missing value as NA (ACLED's own exports from R do): never an actor or a place
            raw = raw.where(raw != MISSING_NA, "")
        if fmt == "ucdp":
            converted = [ucdp_record(r) for r in raw.astype(object).to_dict("records")]
            wrong = sorted(wrong + [(i, {**r, PROBLEM_KEY: why}) for i, (r, why) in zip(nums, converted, strict=True) if why],
                           key=lambda x: x[0])
            nums = [i for i, (_, why) in zip(nums, converted, strict=True) if not why]
            raw = pd.DataFrame([r for r, why in converted if not why], dtype=object)
        elif fmt == "acled":  # an ACLED export's own columns only: our extras are not trusted from an ACLED file
            raw = raw.drop(columns=[c for c in raw.columns if c in EXTRA_COLUMNS])
        yield nums, raw, wrong


def read_rows(path: str | Path, format: str | None = None) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """The format and the raw rows of a file, in our column names (a small file's, in memory).

    Unreadable rows are among them, as ``(row, {"__problem__": (field, why, value), ...})``.

    Raises
    ------
    ImportFormatError
        When the file is not of a format this reads (see :func:`detect_format`), is empty, is not
        text, lacks a required column, or holds no rows.
    OSError
        When the file cannot be opened.
    """
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


def import_into(store, path: str | Path, *, format: str | None = None, skip_bad: bool = False, progress=False,
                max_bytes: int | None = None, force: bool = False, strict: bool = False):
    """Validate the whole file and write it in one transaction, a chunk at a time.

    Rows are validated and written in chunks of :data:`CHUNK_ROWS`, inside one transaction: when
    any row is bad (and ``skip_bad`` is false) the rest of the file is still read, so the error
    names every bad row, and then the transaction is rolled back.

    Parameters
    ----------
    store : EventStore
        Where the events go.
    path : path
        The file: an ACLED export, UCDP GED CSV, GeoJSON, GeoPackage or our CSV.
    format : str, optional
        One of :data:`FORMATS`; detected from the content when not given (:func:`detect_format`).
    skip_bad : bool
        Write the good rows, and the bad ones to ``<file>.rejects.csv`` beside the input. That
        file is written whole (:func:`common.safe_output`), never through a symbolic link, and
        over an existing one only with ``force``; both are checked before anything is imported.
    force : bool
        Replace an existing rejects file.
    strict : bool
        Refuse an event whose point lies more than 25 km outside the country it names (see
        :mod:`geo.formats.placecheck`), naming its row and the country; without it such an event
        is kept and the report's notes list it (and say when swapping latitude and longitude
        would put it inside).
    max_bytes : int, optional
        The largest file to read; default :func:`max_import_bytes` (2 GB, or
        ``STRIKEMAP_MAX_IMPORT_MB``).

    Raises
    ------
    ImportFormatError
        When the file cannot be read as the format: empty, not text (binary, UTF-16), over
        ``max_bytes``, fields separated by other than commas, a required column missing, no
        rows, invalid or non-GeoJSON JSON, a damaged GeoPackage. The message names the file; the
        store is untouched.
    EventValidationError
        When any row is bad and ``skip_bad`` is false: a wrong number of fields, a field over
        :data:`~geo.model.MAX_FIELD_CHARS` characters, a date that does not exist, coordinates
        out of range, an unknown code. The message names the file, row and field of each
        problem; the store is untouched.
    OSError
        When the file cannot be opened.
    ValueError
        When ``STRIKEMAP_MAX_IMPORT_MB`` is not a positive number.
    """
    from ..model import ActorTable, normalise_table

    p = Path(path)
    check_size(p, max_import_bytes() if max_bytes is None else max_bytes)
    if skip_bad:
        check_output(_rejects_path(p), force=force)  # before the import: refused, it would leave good rows written and no rejects
    fmt = format or detect_format(p)
    _check_format(fmt)
    problems: list[ValidationProblem] = []
    rejected: list[tuple[int, dict[str, Any]]] = []
    memo: dict = {}
    actors = ActorTable.load()
    layer = gpkg_layer(p) if fmt == "gpkg" else None  # counted with SQLite: what the file says of itself is only noted
    notes = [n for n in [layer.note(p)] if n] if layer else []
    outside: list = []
    total = layer.rows if layer else _estimate_rows(p, fmt)
    with store.importing(file=str(p), format=fmt, progress=progress, total=total) as imp:
        imp.report.notes += notes
        for nums, raw, wrong in raw_chunks(p, fmt):
            for i, r in wrong:
                field, why, value = r[PROBLEM_KEY]
                problems.append(ValidationProblem(str(p), i, field, value, why))
                rejected.append((i, r))
            is_frame = not isinstance(raw, list)
            frame = raw if is_frame else _frame_of(raw)
            table, bad = normalise_table(frame, nums, file=str(p), gazetteer=store._gz, actors=actors, memo=memo, text=is_frame)
            if bad:
                if fmt == "ucdp":  # name the UCDP column the analyst can find in the file
                    bad = [ValidationProblem(b.file, b.row, UCDP_FIELD.get(b.field, b.field), b.value, b.problem) for b in bad]
                problems += bad
                bad_rows = {pr.row for pr in bad}
                rows_of = frame.to_dict("records")
                rejected += [(i, r) for i, r in zip(nums, rows_of, strict=True) if i in bad_rows]
                good = [i for i in nums if i not in bad_rows]
            else:
                good = nums
            if far := outside_country(table, good):  # coordinates against the country they name
                if strict:
                    problems += [ValidationProblem(str(p), o.row, "latitude", f"{o.lat:g}, {o.lon:g}", o.problem) for o in far]
                    away = {o.row for o in far}
                    rejected += [(i, r) for i, r in zip(nums, frame.to_dict("records"), strict=True) if i in away]
                    keep = [k for k, i in enumerate(good) if i not in away]
                    table, good = table.iloc[keep].reset_index(drop=True), [good[k] for k in keep]
                else:
                    outside += far
            if fmt in ("csv", "geojson", "gpkg") and "layer" in frame:  # our own formats carry the layer an event came from
                layer = dict(zip(nums, frame["layer"].tolist(), strict=True))
                own = [layer[i] if isinstance(layer[i], str) and layer[i] in ("curated", "import", "ingest") else None for i in good]
                table["layer"] = [o or t for o, t in zip(own, table["layer"].tolist(), strict=True)]
            if problems and not skip_bad:
                continue  # keep reading: the error names every bad row; nothing is written
            imp.add(table)
        bad_rows = sorted({pr.row for pr in problems})
        imp.report.refused = len(bad_rows)
        if note := outside_note(str(p), outside):
            imp.report.notes.append(note)
        if problems and not skip_bad:
            raise EventValidationError(sorted(problems, key=lambda x: x.row))
    report = imp.report
    if bad_rows:
        report.rejects_path = str(_write_rejects(p, sorted(rejected, key=lambda x: x[0]), problems, force=force))
    return report


def _frame_of(rows: list[dict[str, Any]]):
    """Typed rows (GeoJSON's, a GeoPackage's) as a frame of Python objects, nothing converted."""
    import pandas as pd

    return pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame()


def _rejects_path(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


def _write_rejects(path: Path, raw: list[tuple[int, dict[str, Any]]], problems: list[ValidationProblem], *, force: bool) -> Path:
    out = _rejects_path(path)
    by_row: dict[int, list[str]] = {}
    for pr in problems:
        by_row.setdefault(pr.row, []).append(f"{pr.field}: {pr.problem}")
    rows = [(i, r) for i, r in raw if i in by_row]
    fields = ["row", "errors"] + sorted({str(k) for _, r in rows for k in r if k != PROBLEM_KEY})

    def cell(v: Any) -> Any:
        return spreadsheet_safe(v[:MAX_FIELD_CHARS] if isinstance(v, str) else v)

    with safe_output(out, force=force) as tmp, open(tmp, "w", newline="", encoding="utf-8", errors="backslashreplace") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for i, r in rows:
            w.writerow({"row": i, "errors": spreadsheet_safe("; ".join(by_row[i])), **{str(k): cell(v) for k, v in r.items() if k != PROBLEM_KEY}})
    return out
