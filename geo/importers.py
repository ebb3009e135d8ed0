"""Importers: ACLED CSV exports, UCDP GED CSV, GeoJSON, GeoPackage and our own CSV, detected
from the content.

Every importer yields ``(row number, mapping)`` in our schema's column names; validation and
completion happen once, in :func:`geo.events.normalise_rows`. A file with a bad row is refused
whole unless ``skip_bad``, which writes the good rows and a rejects file beside the input.

A file that cannot be read as events raises :class:`ImportFormatError` (the message names the
file); a file whose rows do not validate raises :class:`EventValidationError` (the message names
the file, row and field of each problem). Nothing else escapes an import but :class:`OSError`
(a file that cannot be opened), a store's own errors, and ValueError for a bad
``STRIKEMAP_MAX_IMPORT_MB``: an empty, binary, truncated, oversized or otherwise broken file gets
one of the two, and the store is left as it was.

Text is read as UTF-8 (a byte-order mark is dropped) or, when the file is not valid UTF-8, as
Windows-1256 (Arabic); a file that is UTF-8 up to a stray byte is refused, not garbled. A field
may hold at most :data:`~geo.schema.MAX_FIELD_CHARS` characters, and a file may be at most
:func:`max_import_bytes` long.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import json
import math
import os
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .events import EventValidationError, parse_date
from .schema import ACLED_COLUMNS, COLUMNS, EXTRA_COLUMNS, MAX_FIELD_CHARS, ValidationProblem

__all__ = ["FORMATS", "CHUNK_ROWS", "MAX_IMPORT_MB", "MAX_IMPORT_BYTES", "max_import_bytes", "detect_format", "read_rows",
           "raw_chunks", "import_into", "ImportFormatError", "EventValidationError"]

FORMATS = ("acled", "ucdp", "geojson", "csv", "gpkg")
#: Rows validated and written at a time: memory stays flat however long the file.
CHUNK_ROWS = 50_000
#: The largest file an import reads, in megabytes (MiB), unless ``STRIKEMAP_MAX_IMPORT_MB`` says
#: otherwise: Streamlit's default upload limit, so the dashboard and the command line agree.
MAX_IMPORT_MB = 200
MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024
_ACLED_SIGNATURE = {"event_id_cnty", "event_date", "event_type", "actor1"}
_UCDP_SIGNATURE = {"date_start", "date_end", "where_prec", "best", "side_a", "side_b"}
# The columns a file of each format must have, whatever its rows hold.
_REQUIRED = {"acled": ("event_date", "event_type", "actor1"), "csv": ("event_date", "event_type", "actor1"),
             "ucdp": tuple(sorted(_UCDP_SIGNATURE)), "gpkg": ("event_date", "event_type", "actor1")}
_FORMAT_NAMES = {"acled": "an ACLED export", "csv": "a strikemap CSV export", "ucdp": "a UCDP GED file",
                 "gpkg": "a GeoPackage of events", "geojson": "a GeoJSON file"}
# UCDP where_prec (1 exact .. 7 country/international waters) -> ACLED geo_precision
_UCDP_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# UCDP type_of_violence -> ACLED event type / sub-event type
_UCDP_TYPE = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"), 3: ("Violence against civilians", "Attack")}
# Our column -> the UCDP column it comes from: problems name the column the analyst can see.
_UCDP_FIELD = {"event_date": "date_start", "actor1": "side_a", "actor2": "side_b", "fatalities": "best", "admin1": "adm_1",
               "admin2": "adm_2", "location": "where_coordinates", "notes": "source_headline", "event_id_cnty": "id"}
_SQLITE = b"SQLite format 3\x00"
# The first bytes of files people pick by mistake, and what they are.
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook is one: save it as CSV UTF-8)"),
          (b"PK\x05\x06", "an empty ZIP archive"), (b"\x1f\x8b", "a gzip archive: unpack it first"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook: save it as CSV UTF-8"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
          (_SQLITE, "a SQLite database: give --format gpkg if it is a GeoPackage"))
_SEPARATORS = {";": "semicolons (';')", "\t": "tabs", "|": "bars ('|')"}
_PROBLEM = "__problem__"  # the key of an unreadable row's (field, why, value)
# Bytes text never holds: C0 controls but tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class ImportFormatError(ValueError):
    """The file's format cannot be read or recognised; the message names the file."""


def max_import_bytes() -> int:
    """The largest file an import reads: ``STRIKEMAP_MAX_IMPORT_MB`` megabytes (MiB, a fraction
    allowed) when set, else :data:`MAX_IMPORT_BYTES` (200 MB).

    Raises
    ------
    ValueError
        When ``STRIKEMAP_MAX_IMPORT_MB`` is not a positive number.

    Examples
    --------
    >>> max_import_bytes() == MAX_IMPORT_BYTES or "STRIKEMAP_MAX_IMPORT_MB" in os.environ
    True
    """
    env = os.environ.get("STRIKEMAP_MAX_IMPORT_MB", "").strip()
    if not env:
        return MAX_IMPORT_BYTES
    try:
        mb = float(env)
    except ValueError:
        mb = math.nan
    if not (math.isfinite(mb) and mb > 0):
        raise ValueError(f"STRIKEMAP_MAX_IMPORT_MB was {env!r} but is expected to be a positive number of megabytes, e.g. 200")
    return max(1, int(mb * 1024 * 1024))


def _size(n: int) -> str:
    """A byte count for a person: '250 MB', '1.5 KB', '900 bytes'."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{n:,} bytes"


def _check_size(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        raise ImportFormatError(f"{path} is {_size(size)}, over the {_size(limit)} limit of one import: split the file, "
                                "or raise the limit with STRIKEMAP_MAX_IMPORT_MB")


def _not_text(head: bytes) -> str | None:
    """Why the start of a file shows it is not text (it is an image, an archive, UTF-16...), or None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"it is {what}"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 8 and head[1::2].count(0) > len(head) // 4):
        return "it is UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8)"
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"it holds NUL bytes, the first at byte {nul}, as binary files do"
    controls = sum(head.count(c) for c in _CONTROL)
    if controls > max(2, len(head) // 100):
        return f"{controls} of its first {len(head)} bytes are control characters, as in binary files"
    return None


def _encoding(path: Path) -> str:
    """'utf-8-sig' when the whole file is UTF-8, else 'cp1256' (Windows Arabic); read in blocks.

    ImportFormatError when the file is blank, is not text, or is UTF-8 up to a byte that is not
    (a damaged file, or one that mixes encodings: read as Windows-1256, its Arabic would be
    garbled)."""
    dec = codecs.getincrementaldecoder("utf-8")()
    blank, utf8, first, at, lines, extra = True, True, True, 0, 1, 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            if first and (why := _not_text(block[:1 << 16])):
                raise ImportFormatError(f"{path}: not a text file ({why}); expected a CSV or GeoJSON file")
            if (nul := block.find(b"\x00")) >= 0:
                raise ImportFormatError(f"{path}: not a text file (a NUL byte at byte {at + nul}: the file is damaged or binary)")
            if first and block.startswith(codecs.BOM_UTF8):
                extra += 16  # a byte-order mark says UTF-8 as clearly as text does
            if utf8:
                held = dec.getstate()[0]
                try:
                    extra += len(block) - len(dec.decode(block))  # the bytes beyond one per character: UTF-8 seen
                except UnicodeDecodeError as err:
                    done = (held + block)[:err.start]
                    extra += len(done) - len(done.decode("utf-8", errors="ignore"))
                    if extra >= 16:
                        line, byte = lines + done.count(b"\n"), at - len(held) + err.start
                        raise ImportFormatError(
                            f"{path}: line {line}: byte {byte} is not UTF-8, though the "
                            "text before it is: the file is damaged or mixes encodings; save it again as UTF-8") from err
                    utf8 = False
            first, at, lines = False, at + len(block), lines + block.count(b"\n")
            blank = blank and not block.strip()
    if blank:
        raise ImportFormatError(f"{path}: the file is empty" + (" (only blank space)" if at else ""))
    if utf8:
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            if extra:  # UTF-8 up to its last, incomplete, character
                raise ImportFormatError(f"{path}: the file ends in the middle of a UTF-8 character (truncated?)") from None
            utf8 = False
    return "utf-8-sig" if utf8 else "cp1256"


def _read_text(path: Path) -> str:
    return path.read_bytes().decode(_encoding(path))


def _shorten(names: list[str], n: int = 12) -> list[str]:
    return [x if len(x) <= 40 else x[:37] + "..." for x in names[:n]]


def _separator(header: list[str]) -> str | None:
    """The separator of a header that is one column holding several names: ';', tab or '|'."""
    if len(header) == 1:
        for sep in _SEPARATORS:
            if header[0].count(sep) >= 2:
                return sep
    return None


def _separator_error(path: Path, sep: str, header: list[str]) -> ImportFormatError:
    names = {h.strip() for h in header[0].split(sep)}
    like = next((f" (the header is {_FORMAT_NAMES[f]}'s)" for f, sig in (("ucdp", _UCDP_SIGNATURE), ("acled", _ACLED_SIGNATURE))
                 if sig <= names), "")
    return ImportFormatError(f"{path}: fields are separated by {_SEPARATORS[sep]}, not commas{like}: save the file as "
                             "comma-separated CSV (in Excel: CSV UTF-8 (Comma delimited))")


def _format_of(names: set[str]) -> str | None:
    if _UCDP_SIGNATURE <= names:
        return "ucdp"
    if _ACLED_SIGNATURE <= names:
        return "csv" if {"sources", "conflicts"} & names else "acled"
    return None


def _check_header(path: Path, fmt: str, header: list[str], where: str = "the header") -> None:
    """ImportFormatError naming the missing columns when ``header`` lacks what ``fmt`` needs."""
    names = {str(h).strip() for h in header}
    missing = [c for c in _REQUIRED.get(fmt, ()) if c not in names]
    if not missing:
        return
    if sep := _separator([str(h) for h in header]):
        raise _separator_error(path, sep, [str(h) for h in header])
    raise ImportFormatError(f"{path}: {where} has no {', '.join(map(repr, missing))} column{'s' if len(missing) > 1 else ''}, "
                            f"which {_FORMAT_NAMES[fmt]} must have; it has {_shorten(sorted(names))!r}")


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
    geo.importers.ImportFormatError: .../export.csv: fields are separated by semicolons (';'), not commas (the header is an ACLED export's): ...
    """
    p = Path(path)
    with open(p, "rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(_SQLITE):
        return "gpkg"
    if not head.strip():
        _encoding(p)  # raises when the whole file is blank
    if why := _not_text(head):
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
    if sep := _separator(header):
        raise _separator_error(p, sep, header)
    if len(names & set(ACLED_COLUMNS)) >= len(ACLED_COLUMNS) // 2:
        missing = sorted(_ACLED_SIGNATURE - names)
        raise ImportFormatError(f"{p}: the header has {len(names & set(ACLED_COLUMNS))} of ACLED's columns but not "
                                f"{', '.join(map(repr, missing))}: is it an edited ACLED export? Restore the column names")
    raise ImportFormatError(
        f"{p}: header {_shorten(sorted(names))!r} is neither ACLED's ({sorted(_ACLED_SIGNATURE)}), "
        f"UCDP GED's ({sorted(_UCDP_SIGNATURE)}) nor GeoJSON; pass --format to say which")


# -- CSV ----------------------------------------------------------------------------------------


@contextlib.contextmanager
def _field_limit() -> Iterator[None]:
    """The csv module's field size limit (131,072 characters) raised for the duration: a longer
    field is refused by :data:`MAX_FIELD_CHARS`, with its row and field, not by a csv.Error."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, (1 << 31) - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _width_problem(have: int, names: list[str]) -> tuple[str, str]:
    if have > len(names):
        return "*", f"the row has {have} fields, the header {len(names)} (a value with a comma, not in quotes?)"
    return names[have], f"is missing: the row has {have} of the header's {len(names)} fields (truncated? a quote that never closes?)"


def _long_problem(field: str, value: str) -> tuple[str, str, str]:
    return field, (f"is {len(value):,} characters long, over the limit of {MAX_FIELD_CHARS:,} characters a field may hold "
                   "(a quote that never closes?)"), value[:60] + "..."


def _csv_header(path: Path, encoding: str) -> list[str]:
    with _field_limit(), open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            while header == []:
                header = next(reader, None)
        except csv.Error as err:
            raise ImportFormatError(f"{path}: not a readable CSV file (line {reader.line_num}: {err})") from err
    if not header:
        raise ImportFormatError(f"{path}: no header row")
    if any(len(h) > 1000 for h in header):
        raise ImportFormatError(f"{path}: the header holds a column name over 1,000 characters long: not a header row")
    return header


def _csv_chunks(path: Path, fmt: str, chunk_rows: int) -> Iterator[tuple[list[int], Any, list[tuple[int, dict]]]]:
    """(row numbers, rows as a DataFrame of text, unreadable rows) a chunk at a time. Row 1 is
    the first data row; blank lines are not rows.

    pyarrow's CSV reader does the parsing (one thread, so each bad row's number is known); a
    header that repeats a column name, or a row longer than pyarrow's block, goes through the
    csv module instead (a repeated column's last value counts, as with :class:`csv.DictReader`)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    encoding = _encoding(path)
    header = _csv_header(path, encoding)
    names = [h.strip() for h in header]
    _check_header(path, fmt, header)
    if len(set(header)) < len(header) or len(set(names)) < len(names):
        yield from _csv_chunks_python(path, encoding, chunk_rows, names)
        return
    wrong: dict[int, tuple[int, dict]] = {}

    def bad_row(row) -> str:
        field, why = _width_problem(row.actual_columns, names)
        wrong[row.number - 1] = (row.number - 1, {"row_text": row.text[:2000], _PROBLEM: (field, why, "")})
        return "skip"

    row, told = 0, set()
    try:
        stream = pacsv.open_csv(
            path, read_options=pacsv.ReadOptions(block_size=max(chunk_rows * 400, 1 << 20), use_threads=False,
                                                 encoding="utf8" if encoding == "utf-8-sig" else encoding),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=bad_row),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.string() for h in header}, strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
    except pa.ArrowInvalid as err:
        if "straddl" in str(err):  # a row longer than a block: the csv module reads it
            yield from _csv_chunks_python(path, encoding, chunk_rows, names)
            return
        if "Empty CSV" in str(err):  # a header without a line break, and nothing after it
            return
        raise ImportFormatError(f"{path}: not a readable CSV file ({err})") from err
    if stream.schema.names != header or any(f.type != pa.string() for f in stream.schema):
        yield from _csv_chunks_python(path, encoding, chunk_rows, names)  # a header pyarrow reads differently
        return
    while True:
        try:
            batch = stream.read_next_batch()
        except StopIteration:
            break
        except pa.ArrowInvalid as err:
            if "straddl" not in str(err):
                raise ImportFormatError(f"{path}: not a readable CSV file (after row {row}: {err})") from err
            yield from _csv_chunks_python(path, encoding, chunk_rows, names, after=row)
            return
        nums = []
        while len(nums) < batch.num_rows:
            row += 1
            if row not in wrong:
                nums.append(row)
        late = [wrong[i] for i in sorted(wrong) if i not in told and i <= row]
        told.update(i for i, _ in late)
        long: dict[int, tuple[str, str, str]] = {}
        for j, col in enumerate(batch.columns):
            if len(col) and pc.max(pc.utf8_length(col)).as_py() > MAX_FIELD_CHARS:
                for k in pc.indices_nonzero(pc.greater(pc.utf8_length(col), MAX_FIELD_CHARS)).to_pylist():
                    long.setdefault(k, _long_problem(names[j], col[k].as_py()))
        if long:
            keep = [k for k in range(batch.num_rows) if k not in long]
            values = batch.take(pa.array(sorted(long), type=pa.int64())).to_pylist()
            late += [(nums[k], {**{n: v[:1000] for n, v in zip(names, vals.values(), strict=True)}, _PROBLEM: long[k]})
                     for k, vals in zip(sorted(long), values, strict=True)]
            late.sort(key=lambda x: x[0])
            batch, nums = batch.take(pa.array(keep, type=pa.int64())), [nums[k] for k in keep]
        df = batch.to_pandas(types_mapper={pa.string(): pd.StringDtype()}.get)
        df.columns = names
        yield nums, df, late
    rest = [wrong[i] for i in sorted(wrong) if i not in told]
    if rest:
        yield [], pd.DataFrame(columns=names, dtype=object), rest


def _csv_chunks_python(path: Path, encoding: str, chunk_rows: int, names: list[str],
                       after: int = 0) -> Iterator[tuple[list[int], Any, list[tuple[int, dict]]]]:
    """As :func:`_csv_chunks`, with the csv module, for the rows after row ``after``."""
    import pandas as pd

    keep = {n: i for i, n in enumerate(names)}  # a repeated column name: its last value counts
    width, row = len(names), 0
    with _field_limit(), open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            while header == []:
                header = next(reader, None)
            while batch := list(itertools.islice(reader, chunk_rows)):
                nums, good, wrong = [], [], []
                for r in batch:
                    if not r:
                        continue  # a blank line is not a row
                    row += 1
                    if row <= after:
                        continue
                    if len(r) != width:
                        field, why = _width_problem(len(r), names)
                        wrong.append((row, {**dict(zip(names, (v[:1000] for v in r), strict=False)), _PROBLEM: (field, why, "")}))
                    elif max(map(len, r)) > MAX_FIELD_CHARS:
                        j = next(j for j, v in enumerate(r) if len(v) > MAX_FIELD_CHARS)
                        wrong.append((row, {**{n: v[:1000] for n, v in zip(names, r, strict=True)}, _PROBLEM: _long_problem(names[j], r[j])}))
                    else:
                        nums.append(row)
                        good.append([r[i] for i in keep.values()])
                if nums or wrong:  # rows up to ``after`` were read already
                    yield nums, pd.DataFrame(good, columns=list(keep), dtype=object), wrong
        except csv.Error as err:
            raise ImportFormatError(f"{path}: not a readable CSV file (line {reader.line_num}: {err})") from err


def _code(row: Mapping[str, str], field: str, allowed: range, default: int) -> tuple[int, tuple[str, str, str] | None]:
    """A UCDP code column's value, or the default and the problem when it is not one of ``allowed``."""
    text = (row.get(field) or "").strip()
    if not text:
        return default, None
    try:
        x = float(text)
    except ValueError:
        x = math.nan
    if math.isfinite(x) and x == int(x) and int(x) in allowed:
        return int(x), None
    return default, (field, f"is not one of UCDP's {field} codes ({allowed[0]} to {allowed[-1]})", text[:200])


def _ucdp(row: Mapping[str, str]) -> tuple[dict[str, Any], tuple[str, str, str] | None]:
    """A UCDP GED row in our columns, and the first problem of its UCDP-only columns (or None)."""
    start, end = (row.get("date_start") or "")[:10], (row.get("date_end") or "")[:10]
    tov, p1 = _code(row, "type_of_violence", range(1, 4), 1)
    prec, p2 = _code(row, "where_prec", range(1, 8), 0)
    date_prec, p3 = _code(row, "date_prec", range(1, 6), 1)
    problem = p1 or p2 or p3
    dates = []
    for field, text in (("date_start", start), ("date_end", end)):
        try:
            dates.append(parse_date(text) if text else None)
        except ValueError as err:
            problem = problem or (field, str(err), (row.get(field) or "")[:200])
            dates.append(None)
    if dates[0] and dates[1] and dates[1] < dates[0]:
        problem = problem or ("date_end", f"is before date_start ({start})", end)
    etype, sub = _UCDP_TYPE[tov]
    out: dict[str, Any] = {
        "event_id_cnty": f"UCDP{row.get('id', '').strip()}" if row.get("id", "").strip() else "",
        "event_date": start, "time_precision": 1 if start == end or not end else (2 if date_prec <= 3 else 3),
        "event_type": etype, "sub_event_type": sub, "actor1": row.get("side_a", ""), "actor2": row.get("side_b", ""),
        "country": row.get("country", ""), "admin1": row.get("adm_1", ""), "admin2": row.get("adm_2", ""),
        "location": row.get("where_coordinates", "") or row.get("where_description", ""),
        "latitude": row.get("latitude", ""), "longitude": row.get("longitude", ""),
        "geo_precision": _UCDP_GEO.get(prec, "") if prec else "", "fatalities": row.get("best", ""),
        "source": row.get("source_office", "") or (row.get("source_article") or "")[:200], "notes": row.get("source_headline", ""),
        "sources": json.dumps([{"outlet": row.get("source_office", ""), "date": (row.get("source_date") or "")[:10],
                                "claims": row.get("source_article", "")}], ensure_ascii=False),
        "tags": f"ucdp:{row.get('conflict_name', '')}".rstrip(":"),
    }
    if start != end and end:
        out["conflicts"] = json.dumps({"event_date": {"UCDP date_start": start, "UCDP date_end": end}})
    if row.get("low") and row.get("high") and row.get("low") != row.get("high"):
        conflicts = json.loads(out.get("conflicts", "{}"))
        conflicts["fatalities"] = {"UCDP low": row["low"], "UCDP best": row.get("best", ""), "UCDP high": row["high"]}
        out["conflicts"] = json.dumps(conflicts, ensure_ascii=False)
    return out, problem


# -- GeoJSON and GeoPackage ---------------------------------------------------------------------


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _bad(field: str, why: str, value: Any = "") -> dict[str, Any]:
    return {_PROBLEM: (field, why, value if isinstance(value, str) else "")}


def _geojson_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
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
            return {_PROBLEM: _long_problem(k, v)}
    return None


def _missing(v: Any) -> bool:
    import pandas as pd

    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _gpkg_layer(path: Path) -> str:
    """The layer to read ('events', or the only one); ImportFormatError for a damaged file, a
    SQLite file that is not a GeoPackage, or one with several layers and none named 'events'."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    if not head.startswith(_SQLITE):
        why = _not_text(head) or "it is text: give its format, or none to detect it"
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
    raise ImportFormatError(f"{path}: the GeoPackage has " + (f"layers {_shorten(layers)!r} and none is named 'events'" if layers
                                                               else "no layers") + "; export events with python -m geo export")


def _gpkg_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    import pyogrio

    layer = _gpkg_layer(path)
    try:
        df = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
        _check_header(path, "gpkg", [str(c) for c in df.columns], where=f"the layer {layer!r}")
        records = df.to_dict("records")
    except ImportFormatError:
        raise
    except Exception as err:  # GDAL's errors are many; all mean the same here
        raise ImportFormatError(f"{path}: not a readable GeoPackage ({err})") from err
    rows = [{k: ("" if _missing(v) else v) for k, v in row.items() if k in COLUMNS} for row in records]
    return [(i, _long_value(row) or row) for i, row in enumerate(rows, start=1)]


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
        rows = _gpkg_rows(p) if fmt == "gpkg" else list(_geojson_rows(p, _read_text(p)))
        yield [i for i, r in rows if _PROBLEM not in r], [r for _, r in rows if _PROBLEM not in r], \
            [(i, r) for i, r in rows if _PROBLEM in r]
        return
    for nums, raw, wrong in _csv_chunks(p, fmt, chunk_rows):
        if fmt == "ucdp":
            converted = [_ucdp(r) for r in raw.astype(object).to_dict("records")]
            wrong = sorted(wrong + [(i, {**r, _PROBLEM: why}) for i, (r, why) in zip(nums, converted, strict=True) if why],
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
                max_bytes: int | None = None):
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
        Write the good rows, and the bad ones to ``<file>.rejects.csv`` beside the input.
    max_bytes : int, optional
        The largest file to read; default :func:`max_import_bytes` (200 MB, or
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
        :data:`~geo.schema.MAX_FIELD_CHARS` characters, a date that does not exist, coordinates
        out of range, an unknown code. The message names the file, row and field of each
        problem; the store is untouched.
    OSError
        When the file cannot be opened.
    ValueError
        When ``STRIKEMAP_MAX_IMPORT_MB`` is not a positive number.
    """
    from .actors import ActorTable
    from .eventtable import normalise_table

    p = Path(path)
    _check_size(p, max_import_bytes() if max_bytes is None else max_bytes)
    fmt = format or detect_format(p)
    _check_format(fmt)
    problems: list[ValidationProblem] = []
    rejected: list[tuple[int, dict[str, Any]]] = []
    memo: dict = {}
    actors = ActorTable.load()
    with store.importing(file=str(p), format=fmt, progress=progress, total=_estimate_rows(p, fmt)) as imp:
        for nums, raw, wrong in raw_chunks(p, fmt):
            for i, r in wrong:
                field, why, value = r[_PROBLEM]
                problems.append(ValidationProblem(str(p), i, field, value, why))
                rejected.append((i, r))
            is_frame = not isinstance(raw, list)
            frame = raw if is_frame else _frame_of(raw)
            table, bad = normalise_table(frame, nums, file=str(p), gazetteer=store._gz, actors=actors, memo=memo, text=is_frame)
            if bad:
                if fmt == "ucdp":  # name the UCDP column the analyst can find in the file
                    bad = [ValidationProblem(b.file, b.row, _UCDP_FIELD.get(b.field, b.field), b.value, b.problem) for b in bad]
                problems += bad
                bad_rows = {pr.row for pr in bad}
                rows_of = frame.to_dict("records")
                rejected += [(i, r) for i, r in zip(nums, rows_of, strict=True) if i in bad_rows]
                good = [i for i in nums if i not in bad_rows]
            else:
                good = nums
            if fmt in ("csv", "geojson", "gpkg") and "layer" in frame:  # our own formats carry the layer an event came from
                layer = dict(zip(nums, frame["layer"].tolist(), strict=True))
                own = [layer[i] if isinstance(layer[i], str) and layer[i] in ("curated", "import", "ingest") else None for i in good]
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
    """Typed rows (GeoJSON's, a GeoPackage's) as a frame of Python objects, nothing converted."""
    import pandas as pd

    return pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame()


def _write_rejects(path: Path, raw: list[tuple[int, dict[str, Any]]], problems: list[ValidationProblem]) -> Path:
    out = path.with_name(path.name + ".rejects.csv")
    by_row: dict[int, list[str]] = {}
    for pr in problems:
        by_row.setdefault(pr.row, []).append(f"{pr.field}: {pr.problem}")
    rows = [(i, r) for i, r in raw if i in by_row]
    fields = ["row", "errors"] + sorted({str(k) for _, r in rows for k in r if k != _PROBLEM})

    def cell(v: Any) -> Any:
        return v[:MAX_FIELD_CHARS] if isinstance(v, str) else v

    with open(out, "w", newline="", encoding="utf-8", errors="backslashreplace") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for i, r in rows:
            w.writerow({"row": i, "errors": "; ".join(by_row[i]), **{str(k): cell(v) for k, v in r.items() if k != _PROBLEM}})
    return out
