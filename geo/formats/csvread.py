"""Reading a CSV file (an ACLED export, a UCDP GED file, our own export) a chunk at a time, as
rows of text in the file's column names.

pyarrow's CSV reader does the parsing; the csv module reads what pyarrow cannot (a row longer
than pyarrow's block). A header over the import's column budget, a column named twice and a file
that ends inside a quoted field are refused before any row is read. Either way a row with the wrong number of
fields, or a field over :data:`~geo.model.MAX_FIELD_CHARS` characters, comes back as an
unreadable row naming its field, not as an error that stops the file; a file that is not CSV at
all raises :class:`~geo.formats.ImportFormatError`.

Files from the Humanitarian Data Exchange carry an HXL hashtag row right under the header
(``#date+start``, ``#geo+lat``, blank for untagged columns): it is recognised and skipped, so
data rows keep the numbers of a spreadsheet without it (the tag row is row 1). A row that is
half tags and half values, or a tag that breaks HXL's hashtag syntax, refuses the file, naming
the row and the column.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import MAX_FIELD_CHARS
from .filecheck import PROBLEM_KEY, ImportFormatError, check_header, long_problem, max_import_columns, sniff_encoding


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


#: An HXL hashtag with its attributes: ``#date+start``, ``#affected+killed``, ``#geo +lat``.
_HXL_TAG = re.compile(r"#[A-Za-z][A-Za-z0-9_]*(\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*")


def hxl_tag_row(path: Path, names: list[str], row: list[str] | None) -> bool:
    """Whether ``row`` (the first row under the header) is an HXL hashtag row; an
    ImportFormatError, naming row 1 and the column, when it is one only in part or holds a tag
    that is not HXL.

    >>> hxl_tag_row(Path("x.csv"), ["date_start", "best", "notes"], ["#date+start", "#affected+killed", ""])
    True
    >>> hxl_tag_row(Path("x.csv"), ["date_start", "notes"], ["2024-01-01", "#MeToo march"])
    False
    >>> hxl_tag_row(Path("x.csv"), ["date_start", "best", "notes"], ["#date+start", "12", "#description"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    geo.formats.filecheck.ImportFormatError: x.csv, row 1, field 'best': row 1 looks like an HXL tag row (2 of 3 cells are ...
    """
    cells = [(n, (v or "").strip()) for n, v in zip(names, row or [], strict=False)]
    filled = [(n, v) for n, v in cells if v]
    tags = [(n, v) for n, v in filled if v.startswith("#")]
    if not filled or len(tags) * 2 < len(filled) or len(tags) < 2 and len(filled) > 1:
        return False  # a data row (a stray '#' in a text is not a tag row)
    for n, v in filled:
        if not v.startswith("#"):
            raise ImportFormatError(f"{path}, row 1, field {n!r}: row 1 looks like an HXL tag row ({len(tags)} of {len(filled)} cells are "
                                    f"hashtags) but this cell holds {v[:60]!r}, not a hashtag: tag every column or leave its cell empty")
        if not _HXL_TAG.fullmatch(v):
            raise ImportFormatError(f"{path}, row 1, field {n!r}: {v[:60]!r} is not an HXL hashtag (expected '#tag' or '#tag+attribute', "
                                    "letters, digits and '_' only)")
    return True


def _width_problem(have: int, names: list[str]) -> tuple[str, str]:
    if have > len(names):
        return "*", f"the row has {have} fields, the header {len(names)} (a value with a comma, not in quotes?)"
    return names[have], f"is missing: the row has {have} of the header's {len(names)} fields (truncated? a quote that never closes?)"


@contextlib.contextmanager
def _csv_rows(path: Path, encoding: str) -> Iterator[tuple[list[str] | None, Iterator[list[str]]]]:
    """The header (the first line that is not blank; None when there is none) and a reader of the
    rows after it, with :func:`_field_limit`; a csv.Error while reading either is an
    ImportFormatError naming the line."""
    with _field_limit(), open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            while header == []:
                header = next(reader, None)
            yield header, reader
        except csv.Error as err:
            raise ImportFormatError(f"{path}: not a readable CSV file (line {reader.line_num}: {err})") from err


def _csv_header(path: Path, encoding: str) -> list[str]:
    _header_budget(path)
    with _csv_rows(path, encoding) as (header, _):
        pass  # the header is all this reads
    if not header:
        raise ImportFormatError(f"{path}: no header row")
    if any(len(h) > 1000 for h in header):
        raise ImportFormatError(f"{path}: the header holds a column name over 1,000 characters long: not a header row")
    names = [h.strip() for h in header]
    if len(set(names)) < len(names):
        seen: set[str] = set()
        twice = next(n for n in names if n in seen or seen.add(n))
        cols = [i + 1 for i, n in enumerate(names) if n == twice]
        raise ImportFormatError(f"{path}: the header names the column {twice!r} {len(cols)} times (columns "
                                f"{', '.join(map(str, cols))}): which one holds the values? Rename or remove the others")
    return header


_HEADER_TOKENS = re.compile(rb'["\n,]')


def _header_budget(path: Path) -> None:
    """ImportFormatError when the header (the first line that is not blank) has more columns than
    :func:`~geo.formats.max_import_columns`, or is longer than such a header can be; read in a
    bounded number of bytes, before any CSV reader sets memory aside for the columns."""
    limit = max_import_columns()
    cap = limit * 4004 + 4096  # each name at most 1,000 characters of at most 4 bytes, a comma and quotes
    with open(path, "rb") as fh:
        data = fh.read(cap + 1)
    start = len(data) - len(data.lstrip(b"\r\n\xef\xbb\xbf \t"))
    columns, quoted = 1, False
    for m in _HEADER_TOKENS.finditer(data, start):
        c = m.group(0)
        if c == b'"':
            quoted = not quoted
        elif quoted:
            continue
        elif c == b"\n":
            return
        else:
            columns += 1
            if columns > limit:
                raise ImportFormatError(f"{path}: the header has more than {limit:,} columns (the limit of one import; events "
                                        "have about 40): is it a header? Raise the limit with STRIKEMAP_MAX_IMPORT_COLUMNS if the file is right")
    if len(data) > cap:
        raise ImportFormatError(f"{path}: the header row is over {cap // 1024:,} KB long without ending (a quote that never "
                                "closes?): not a header row")


def _quote_ends_open(path: Path, encoding: str, names: list[str]) -> None:
    """ImportFormatError naming the row and field when the file ends inside a quoted field (a
    download cut short: ``...,"1707350`` and no closing quote). Cheap when the file holds an even
    number of quote characters (the usual case: it cannot end inside quotes then, unless a bare
    quote sits inside an unquoted field); otherwise the csv module reads the file strictly."""
    count = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 22):
            count += block.count(b'"')
    if count % 2 == 0:
        return
    with _field_limit(), open(path, encoding=encoding, newline="") as fh:
        try:
            for _ in csv.reader(fh, strict=True):
                pass
            return
        except csv.Error as err:
            if "end of data" not in str(err):
                return  # a quote in the middle: the readers name that row
    with _csv_rows(path, encoding) as (_, reader):
        row, last = 0, []
        for r in reader:
            if r:
                row, last = row + 1, r
    field = names[len(last) - 1] if 0 < len(last) <= len(names) else f"field {len(last)}"
    raise ImportFormatError(f"{path}, row {row}, field {field!r}: the file ends inside this quoted field, a quote that never "
                            f"closes (is the download cut short?); the value read so far is {str(last[-1] if last else '')[:40]!r}")


def csv_chunks(path: Path, fmt: str, chunk_rows: int) -> Iterator[tuple[list[int], Any, list[tuple[int, dict]]]]:
    """(row numbers, rows as a DataFrame of text, unreadable rows) a chunk at a time. Row 1 is
    the first data row; blank lines are not rows.

    pyarrow's CSV reader does the parsing (one thread, so each bad row's number is known); a row
    longer than pyarrow's block goes through the csv module instead. Before either reads a row,
    the header is checked against the import's budget (at most
    :func:`~geo.formats.max_import_columns` columns, each name at most 1,000 characters), a
    column named twice refuses the file (naming it), and so does a quote still open at the end of
    the file (a download cut short), naming the row and field."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    encoding = sniff_encoding(path)
    header = _csv_header(path, encoding)
    names = [h.strip() for h in header]
    check_header(path, fmt, header)
    _quote_ends_open(path, encoding, names)
    with _csv_rows(path, encoding) as (_, reader):
        skip = 1 if hxl_tag_row(path, names, next(reader, None)) else 0
    wrong: dict[int, tuple[int, dict]] = {}

    def bad_row(row) -> str:
        field, why = _width_problem(row.actual_columns, names)
        wrong[row.number - 1] = (row.number - 1, {"row_text": row.text[:2000], PROBLEM_KEY: (field, why, "")})
        return "skip"

    row, told = skip, set()
    try:
        stream = pacsv.open_csv(
            path, read_options=pacsv.ReadOptions(block_size=max(chunk_rows * 400, 1 << 20), use_threads=False, skip_rows_after_names=skip,
                                                 encoding="utf8" if encoding == "utf-8-sig" else encoding),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=bad_row),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.string() for h in header}, strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
    except pa.ArrowInvalid as err:
        if "straddl" in str(err):  # a row longer than a block: the csv module reads it
            yield from _csv_chunks_python(path, encoding, chunk_rows, names, after=skip)
            return
        if "Empty CSV" in str(err):  # a header without a line break, and nothing after it
            return
        raise ImportFormatError(f"{path}: not a readable CSV file ({err})") from err
    if stream.schema.names != header or any(f.type != pa.string() for f in stream.schema):
        yield from _csv_chunks_python(path, encoding, chunk_rows, names, after=skip)  # a header pyarrow reads differently
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
                    long.setdefault(k, long_problem(names[j], col[k].as_py()))
        if long:
            keep = [k for k in range(batch.num_rows) if k not in long]
            values = batch.take(pa.array(sorted(long), type=pa.int64())).to_pylist()
            late += [(nums[k], {**{n: v[:1000] for n, v in zip(names, vals.values(), strict=True)}, PROBLEM_KEY: long[k]})
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
    """As :func:`csv_chunks`, with the csv module, for the rows after row ``after``."""
    import pandas as pd

    keep = {n: i for i, n in enumerate(names)}  # names are unique: _csv_header refuses a repeated one
    width, row = len(names), 0
    with _csv_rows(path, encoding) as (_, reader):
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
                    wrong.append((row, {**dict(zip(names, (v[:1000] for v in r), strict=False)), PROBLEM_KEY: (field, why, "")}))
                elif max(map(len, r)) > MAX_FIELD_CHARS:
                    j = next(j for j, v in enumerate(r) if len(v) > MAX_FIELD_CHARS)
                    wrong.append((row, {**{n: v[:1000] for n, v in zip(names, r, strict=True)}, PROBLEM_KEY: long_problem(names[j], r[j])}))
                else:
                    nums.append(row)
                    good.append([r[i] for i in keep.values()])
            if nums or wrong:  # rows up to ``after`` were read already
                yield nums, pd.DataFrame(good, columns=list(keep), dtype=object), wrong
