"""What a file is before it is read as events: its size, whether it is text, its encoding, how
its fields are separated, and whether its header has the columns its format must have.

Text is read as UTF-8 (a byte-order mark is dropped) or, when the file is not valid UTF-8, as
Windows-1256 (Arabic); a file that is UTF-8 up to a stray byte is refused, not garbled. A file
may be at most :func:`max_import_bytes` long. Each refusal is an :class:`ImportFormatError`
whose message names the file and says what to do: an image, an archive, a workbook or UTF-16
text is named as such; a header separated by semicolons, tabs or bars says so.

Also here, as the readers of every format share them: the key of an unreadable row
(``{"__problem__": (field, why, value)}``) and the problem of a field over
:data:`~geo.model.MAX_FIELD_CHARS` characters.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from common import settings

from ..model import text_problem

__all__ = ["ImportFormatError", "MAX_IMPORT_MB", "MAX_IMPORT_BYTES", "max_import_bytes", "max_import_columns"]

#: The largest file an import reads, in megabytes (MiB), unless ``STRIKEMAP_MAX_IMPORT_MB`` says
#: otherwise: 2 GB, room for a million-event ACLED export (about 400 MB; ``python -m geo bench
#: --events 1000000`` imports one). The dashboard's uploads stop sooner, at Streamlit's
#: ``server.maxUploadSize`` (200 MB unless configured), which Streamlit enforces.
MAX_IMPORT_MB = settings.MAX_IMPORT_MB
MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024
ACLED_SIGNATURE = {"event_id_cnty", "event_date", "event_type", "actor1"}
UCDP_SIGNATURE = {"date_start", "date_end", "where_prec", "best", "side_a", "side_b"}
# The columns a file of each format must have, whatever its rows hold.
_REQUIRED = {"acled": ("event_date", "event_type", "actor1"), "csv": ("event_date", "event_type", "actor1"),
             "ucdp": tuple(sorted(UCDP_SIGNATURE)), "gpkg": ("event_date", "event_type", "actor1")}
_FORMAT_NAMES = {"acled": "an ACLED export", "csv": "a strikemap CSV export", "ucdp": "a UCDP GED file",
                 "gpkg": "a GeoPackage of events", "geojson": "a GeoJSON file"}
SQLITE_MAGIC = b"SQLite format 3\x00"
# The first bytes of files people pick by mistake, and what they are.
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook is one: save it as CSV UTF-8)"),
          (b"PK\x05\x06", "an empty ZIP archive"), (b"\x1f\x8b", "a gzip archive: unpack it first"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook: save it as CSV UTF-8"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
          (SQLITE_MAGIC, "a SQLite database: give --format gpkg if it is a GeoPackage"))
_SEPARATORS = {";": "semicolons (';')", "\t": "tabs", "|": "bars ('|')"}
PROBLEM_KEY = "__problem__"  # the key of an unreadable row's (field, why, value)
# Bytes text never holds: C0 controls but tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class ImportFormatError(ValueError):
    """The file's format cannot be read or recognised; the message names the file."""


def max_import_bytes() -> int:
    """The largest file an import reads, in bytes: ``STRIKEMAP_MAX_IMPORT_MB`` megabytes (MiB, a
    fraction allowed) when set, else :data:`MAX_IMPORT_BYTES` (:data:`MAX_IMPORT_MB`, 2 GB).

    Raises
    ------
    ValueError
        When ``STRIKEMAP_MAX_IMPORT_MB`` is not a positive number.

    Examples
    --------
    >>> max_import_bytes() == MAX_IMPORT_BYTES or "STRIKEMAP_MAX_IMPORT_MB" in os.environ
    True
    >>> MAX_IMPORT_MB, MAX_IMPORT_BYTES
    (2048, 2147483648)
    """
    return max(1, int(settings.max_import_mb() * 1024 * 1024))


def max_import_columns() -> int:
    """The most columns a file to import may have (``STRIKEMAP_MAX_IMPORT_COLUMNS``, default 1,000)."""
    return settings.max_import_columns()


def _size(n: int) -> str:
    """A byte count for a person: '250 MB', '1.5 KB', '900 bytes'."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{n:,} bytes"


def check_size(path: Path, limit: int) -> None:
    """ImportFormatError when ``path`` is not a regular file (a device such as /dev/zero, a pipe,
    a folder: what it says of its size means nothing, and it may never end) or is over ``limit``."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        what = ("a folder" if stat.S_ISDIR(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                else "a pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a file")
        raise ImportFormatError(f"{path}: not a regular file ({what}, which may never end): give a file of events")
    size = st.st_size
    if size > limit:
        raise ImportFormatError(f"{path} is {_size(size)}, over the {_size(limit)} limit of one import: split the file, "
                                "or raise the limit with STRIKEMAP_MAX_IMPORT_MB")


def not_text(head: bytes) -> str | None:
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


def sniff_encoding(path: Path) -> str:
    """'utf-8-sig' when the whole file is UTF-8, else 'cp1256' (Windows Arabic); read in blocks.

    ImportFormatError when the file is blank, is not text, or is UTF-8 up to a byte that is not
    (a damaged file, or one that mixes encodings: read as Windows-1256, its Arabic would be
    garbled)."""
    dec = codecs.getincrementaldecoder("utf-8")()
    blank, utf8, first, at, lines, extra = True, True, True, 0, 1, 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            if first and (why := not_text(block[:1 << 16])):
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


def read_text_file(path: Path) -> str:
    return path.read_bytes().decode(sniff_encoding(path))


def shorten(names: list[str], n: int = 12) -> list[str]:
    return [x if len(x) <= 40 else x[:37] + "..." for x in names[:n]]


def sniff_separator(header: list[str]) -> str | None:
    """The separator of a header that is one column holding several names: ';', tab or '|'."""
    if len(header) == 1:
        for sep in _SEPARATORS:
            if header[0].count(sep) >= 2:
                return sep
    return None


def separator_error(path: Path, sep: str, header: list[str]) -> ImportFormatError:
    names = {h.strip() for h in header[0].split(sep)}
    like = next((f" (the header is {_FORMAT_NAMES[f]}'s)" for f, sig in (("ucdp", UCDP_SIGNATURE), ("acled", ACLED_SIGNATURE))
                 if sig <= names), "")
    return ImportFormatError(f"{path}: fields are separated by {_SEPARATORS[sep]}, not commas{like}: save the file as "
                             "comma-separated CSV (in Excel: CSV UTF-8 (Comma delimited))")


def check_header(path: Path, fmt: str, header: list[str], where: str = "the header") -> None:
    """ImportFormatError naming the missing columns when ``header`` lacks what ``fmt`` needs."""
    names = {str(h).strip() for h in header}
    missing = [c for c in _REQUIRED.get(fmt, ()) if c not in names]
    if not missing:
        return
    if sep := sniff_separator([str(h) for h in header]):
        raise separator_error(path, sep, [str(h) for h in header])
    raise ImportFormatError(f"{path}: {where} has no {', '.join(map(repr, missing))} column{'s' if len(missing) > 1 else ''}, "
                            f"which {_FORMAT_NAMES[fmt]} must have; it has {shorten(sorted(names))!r}")


def long_problem(field: str, value: str) -> tuple[str, str, str]:
    return field, f"{text_problem(value)} (a quote that never closes?)", value[:60] + "..."
