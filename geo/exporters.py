"""Exporters: CSV (ACLED's columns first, ours after), GeoJSON, KML and GeoPackage through the
real writers (pyogrio/GDAL).

Structured columns (``sources``, ``conflicts``) are written as JSON text; dates as YYYY-MM-DD.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .schema import COLUMNS

__all__ = ["EXPORT_FORMATS", "export_events", "flat_frame"]

#: format -> (GDAL driver or None for pandas CSV, file suffix, text format)
EXPORT_FORMATS = {"csv": (None, ".csv", True), "geojson": ("GeoJSON", ".geojson", True),
                  "kml": ("KML", ".kml", True), "gpkg": ("GPKG", ".gpkg", False)}


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


def _csv(flat: gpd.GeoDataFrame, path: Path) -> None:
    pd.DataFrame(flat.drop(columns="geometry")).to_csv(path, index=False, encoding="utf-8")


def export_events(gdf: gpd.GeoDataFrame, fmt: str, out: str | Path) -> None:
    """Write events as ``fmt`` to ``out`` (a path, or ``-`` for standard output, text formats only)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format was {fmt!r} but is expected to be one of {tuple(EXPORT_FORMATS)}")
    driver, suffix, is_text = EXPORT_FORMATS[fmt]
    if str(out) == "-" and not is_text:
        raise ValueError(f"{fmt} is a binary format: give a file with -o PATH, not standard output")
    flat = flat_frame(gdf)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"events{suffix}" if str(out) == "-" else Path(out)
        if target.exists() and driver:
            target.unlink()
        if driver is None:
            _csv(flat, target)
        elif fmt == "kml":
            kml = flat.copy()
            kml.insert(0, "Name", (kml["event_date"] + " " + kml["location"] + ": " + kml["sub_event_type"]).tolist())
            kml.insert(1, "Description", kml["notes"].tolist())
            kml.to_file(target, driver="KML", engine="pyogrio", layer="events",
                        dataset_options={"NameField": "Name", "DescriptionField": "Description"})
        else:
            flat.to_file(target, driver=driver, engine="pyogrio", layer="events")
        if str(out) == "-":
            with open(target, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.flush()
