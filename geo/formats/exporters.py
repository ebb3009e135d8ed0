"""Exporters: CSV (ACLED's columns first, ours after), GeoJSON, KML and GeoPackage through the
real writers (pyogrio/GDAL).

Structured columns (``sources``, ``conflicts``) are written as JSON text; dates as YYYY-MM-DD.

KML is read by Google Earth, which renders a Placemark's description, and its default balloon, as
HTML. So the description is the event's popup (:func:`geo.outputs.event_popup_html`: every string
escaped, links only http and https), the balloon shows the description and nothing else (a shared
``BalloonStyle``, so the raw data in ExtendedData is never shown as HTML), and the name, plain text,
isolates any bidi control (:func:`geo.outputs.isolate_bidi`). XML 1.0 cannot hold the C0 control
characters other than tab, newline and carriage return: KML leaves them out of every field.
"""

from __future__ import annotations

import errno
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd

from common import check_output, isolate_bidi, safe_output, spreadsheet_safe

from ..model import COLUMNS
from ..outputs import event_popup_html
from .registry import EXPORT_FORMATS, REGISTRY

__all__ = ["export_events", "flat_frame"]


def flat_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame with plain column types every writer takes: text, integers, floats."""
    out = gpd.GeoDataFrame(index=range(len(gdf)), geometry=gdf.geometry.to_numpy(), crs="EPSG:4326")
    for c in COLUMNS:
        s = gdf[c].reset_index(drop=True)
        if c in ("sources", "conflicts"):
            out[c] = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in s]
        elif c == "event_date":
            out[c] = s.dt.strftime("%Y-%m-%d")
        elif isinstance(s.dtype, pd.CategoricalDtype):
            out[c] = s.astype(str)
        else:
            out[c] = s
    return out[[*COLUMNS, "geometry"]]


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BALLOON_STYLE = '<Style id="sm-balloon"><BalloonStyle><text>$[description]</text></BalloonStyle></Style>'


def _xml_text(value: object) -> object:
    r"""A string without the characters XML 1.0 cannot hold; other values as they are.

    >>> _xml_text("a\x01b\x1fc\td"), _xml_text(3)
    ('abc\td', 3)
    """
    return _XML_INVALID.sub("", value) if isinstance(value, str) else value


def _kml(gdf: gpd.GeoDataFrame, flat: gpd.GeoDataFrame, path: Path) -> None:
    kml = flat.copy()
    names = [f"{d} {isolate_bidi(loc)}: {sub}" for d, loc, sub in zip(kml["event_date"], kml["location"], kml["sub_event_type"], strict=True)]
    kml.insert(0, "Name", names)
    kml.insert(1, "Description", [event_popup_html(ev) for ev in gdf.to_dict("records")])
    for c in kml.columns:
        if c != "geometry" and kml[c].dtype == object:
            kml[c] = kml[c].map(_xml_text)
    kml.to_file(path, driver="KML", engine="pyogrio", layer="events",
                dataset_options={"NameField": "Name", "DescriptionField": "Description"})
    # GDAL writes no styles: one balloon template for every Placemark, showing only the description.
    # styleUrl goes before ExtendedData, as KML orders a Feature's elements; data text is escaped, so
    # the tags matched here are GDAL's own.
    text = path.read_text(encoding="utf-8")
    text = text.replace('<Document id="root_doc">', f'<Document id="root_doc">\n{_BALLOON_STYLE}', 1)
    text = text.replace("\t<ExtendedData>", "\t<styleUrl>#sm-balloon</styleUrl>\n\t<ExtendedData>")
    path.write_text(text, encoding="utf-8")


def _csv(flat: gpd.GeoDataFrame, path: Path) -> None:
    """Our CSV, each text cell a spreadsheet would run as a formula neutralised (OWASP): a ``'``
    in front of ``=``, ``+``, ``-``, ``@``, tab or carriage return; numbers stay numbers. The
    ``'`` stays when the file is imported again: an import keeps every character it reads."""
    df = pd.DataFrame(flat.drop(columns="geometry"))
    for c in df.columns:
        if df[c].dtype == object or pd.api.types.is_string_dtype(df[c]):
            df[c] = df[c].map(spreadsheet_safe)
    df.to_csv(path, index=False, encoding="utf-8")


def export_events(gdf: gpd.GeoDataFrame, fmt: str, out: str | Path, *, force: bool = False) -> None:
    """Write events as ``fmt`` to ``out`` (a path, or ``-`` for standard output, text formats only).

    A file is written whole or not at all (:func:`common.safe_output`: beside the target, then
    moved into place), never through a symbolic link, and over an existing file only when
    ``force``: :class:`common.UnsafeOutput` (a ValueError) says which, before anything is written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format was {fmt!r} but is expected to be one of {tuple(EXPORT_FORMATS)}")
    f = REGISTRY[fmt]
    if str(out) == "-" and not f.text:
        raise ValueError(f"{fmt} is a binary format: give a file with -o PATH, not standard output")
    if str(out) != "-":
        check_output(out, force=force)  # before the work: a refused target costs nothing
    flat = flat_frame(gdf)
    if str(out) != "-":
        with safe_output(out, force=force) as target:
            try:
                _write(gdf, flat, fmt, target)
            except RuntimeError as err:  # GDAL's writers say only that a feature could not be written: a full disk, mostly
                raise OSError(errno.EIO, f"the {fmt} writer stopped ({err}); is the disk full? Nothing was written there, "
                                         "a previous file is as it was", str(out)) from err
        return
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"events{f.suffix}"
        _write(gdf, flat, fmt, target)
        with open(target, "rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.flush()


def _write(gdf: gpd.GeoDataFrame, flat: gpd.GeoDataFrame, fmt: str, target: Path) -> None:
    driver = REGISTRY[fmt].driver
    if driver is None:
        _csv(flat, target)
    elif fmt == "kml":
        _kml(gdf, flat, target)
    else:
        flat.to_file(target, driver=driver, engine="pyogrio", layer="events")
