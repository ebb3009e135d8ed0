"""Event files in and out: ACLED and UCDP exports, GeoJSON, GeoPackage, our CSV, KML.

One registry (:data:`REGISTRY`) says which formats are read and which written; :func:`reader`
and :func:`writer` give the function for a format. Reading checks a file before trusting it
(size, encoding, binary or not, separators, required columns) and hands rows to
:mod:`geo.model` for validation; an unreadable file raises :class:`ImportFormatError` naming the
file, row and field.

Imports ``geo.model`` and ``geo.outputs`` (KML descriptions are the map's popups).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .exporters import export_events, flat_frame
from .filecheck import MAX_IMPORT_BYTES, MAX_IMPORT_MB, ImportFormatError, max_import_bytes
from .importers import CHUNK_ROWS, detect_format, import_into, raw_chunks, read_rows
from .registry import EXPORT_FORMATS, FORMATS, REGISTRY, Format

__all__ = ["REGISTRY", "Format", "FORMATS", "EXPORT_FORMATS", "reader", "writer", "export_events", "flat_frame", "detect_format",
           "import_into", "raw_chunks", "read_rows", "CHUNK_ROWS", "ImportFormatError", "MAX_IMPORT_BYTES", "MAX_IMPORT_MB",
           "max_import_bytes"]


def reader(fmt: str) -> Callable:
    """The function that reads ``fmt``: ``reader("ucdp")(path)`` yields (row numbers, raw rows,
    unreadable rows) a chunk at a time.

    >>> reader("kml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: format was 'kml' but is expected to be one of ('acled', 'ucdp', 'geojson', 'csv', 'gpkg') to read
    """
    if fmt not in FORMATS:
        raise ValueError(f"format was {fmt!r} but is expected to be one of {FORMATS} to read")
    return partial(raw_chunks, fmt=fmt)


def writer(fmt: str) -> Callable:
    """The function that writes ``fmt``: ``writer("kml")(events, path, force=False)``.

    >>> writer("acled")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: format was 'acled' but is expected to be one of ('geojson', 'csv', 'gpkg', 'kml') to write
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format was {fmt!r} but is expected to be one of {EXPORT_FORMATS} to write")
    return lambda events, out, **kw: export_events(events, fmt, out, **kw)
