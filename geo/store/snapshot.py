"""A columnar copy of an event frame on disk (Parquet), tagged with the store version it was made
from: how a big store's frame loads in seconds (see :meth:`geo.store.EventStore.frame`).

Nothing here is the truth: a copy whose tag differs from the store's version, or that cannot be
read, is ignored (and replaced). Writes go to a temporary file renamed into place, so a reader never
sees half a copy.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["read_snapshot", "write_snapshot"]

_TAG = b"strikemap-version"
_JSON = {"sources": (list, "[]"), "conflicts": (dict, "{}")}


def write_snapshot(gdf: gpd.GeoDataFrame, path: Path, version: str) -> None:
    """Write ``gdf`` (without its geometry, which is its longitude and latitude) tagged ``version``.

    >>> from geo.model import curated_records
    >>> from geo.model import to_frame
    >>> d = Path(tempfile.mkdtemp())
    >>> g = to_frame(curated_records())
    >>> write_snapshot(g, d / "f.parquet", "v1")
    >>> back = read_snapshot(d / "f.parquet", "v1")
    >>> back.drop(columns="geometry").equals(g.drop(columns="geometry")), bool(back.geometry.equals(g.geometry))
    (True, True)
    >>> read_snapshot(d / "f.parquet", "v2") is None  # the store changed
    True
    """
    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    for c, (_, empty) in _JSON.items():
        df[c] = [json.dumps(v, ensure_ascii=False) if v else empty for v in df[c].tolist()]
    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), _TAG: version.encode()})
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_snapshot(path: Path, version: str) -> gpd.GeoDataFrame | None:
    """The frame stored at ``path`` when it is tagged ``version``; None otherwise."""
    try:
        meta = pq.read_schema(path).metadata or {}
        if meta.get(_TAG) != version.encode():
            return None
        df = pq.read_table(path).to_pandas()
    except (OSError, pa.ArrowException):
        return None
    for c, (kind, empty) in _JSON.items():
        df[c] = pd.Series([kind() if v == empty or not v else json.loads(v) for v in df[c].tolist()], dtype=object)
    geometry = gpd.points_from_xy(df["longitude"], df["latitude"], crs="EPSG:4326")  # points are (x=lon, y=lat)
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")
