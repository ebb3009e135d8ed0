"""Server-side aggregation for maps of many events: events binned into grid cells, each cell with
its count, its count per side, its fatalities and a weekly histogram (so the time control can still
step through an aggregated map). Counts are preserved: the cells' counts add up to the events.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from .style import SIDE_COLOURS, event_sides

__all__ = ["grid_cells", "aggregate_features", "day_index", "DAY_MS"]

DAY_MS = 86_400_000


def day_index(dates: pd.Series) -> np.ndarray:
    """Days since 1970-01-01 (what the map's script steps through).

    >>> day_index(pd.Series(pd.to_datetime(["1970-01-02", "2024-02-02"]))).tolist()
    [1, 19755]
    """
    return (dates.to_numpy(dtype="datetime64[D]").astype("int64"))


def grid_cells(gdf: gpd.GeoDataFrame, *, max_cells: int = 400, start_deg: float = 0.1) -> tuple[np.ndarray, float]:
    """A cell id per event and the cell size in degrees: the smallest of ``start_deg`` x 2^k that
    leaves at most ``max_cells`` non-empty cells.

    >>> from shapely.geometry import Point
    >>> g = gpd.GeoDataFrame(geometry=[Point(44.0 + i / 100, 33.0) for i in range(100)], crs=4326)
    >>> ids, size = grid_cells(g, max_cells=3)
    >>> len(set(ids.tolist())) <= 3, size
    (True, 0.4)
    """
    if max_cells < 1:
        raise ValueError(f"max_cells was {max_cells!r} but is expected to be at least 1")
    lon, lat = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()  # geometry is (lon, lat)
    size = start_deg
    while True:
        ix = np.floor(lon / size).astype(np.int64)
        iy = np.floor(lat / size).astype(np.int64)
        ids = ix * 100_000 + iy
        if len(np.unique(ids)) <= max_cells or size >= 90:
            return ids, round(size, 6)
        size *= 2


def aggregate_features(gdf: gpd.GeoDataFrame, *, max_cells: int = 400) -> list[dict]:
    """GeoJSON features, one per non-empty cell, at the mean point of the cell's events, with
    properties ``n`` (events), ``sides`` (events per side), ``side`` (the side with most events),
    ``fatalities``, ``first`` / ``last`` (day indexes) and ``hist`` ([week start day, events] pairs).

    >>> from geo.curated import curated_records
    >>> from geo.events import to_frame, empty_frame
    >>> feats = aggregate_features(to_frame(curated_records()), max_cells=5)
    >>> sum(f["properties"]["n"] for f in feats), len(feats) <= 5
    (13, True)
    >>> aggregate_features(empty_frame())
    []
    """
    if len(gdf) == 0:
        return []
    ids, _ = grid_cells(gdf, max_cells=max_cells)
    days = day_index(gdf["event_date"])
    weeks = days - (days + 3) % 7  # the Monday that starts each event's week
    frame = pd.DataFrame({
        "cell": ids, "lon": gdf.geometry.x.to_numpy(), "lat": gdf.geometry.y.to_numpy(), "day": days, "week": weeks,
        "side": event_sides(gdf["side1"]), "fatalities": pd.to_numeric(gdf["fatalities"], errors="coerce").fillna(0).to_numpy(),
    })
    per_cell = frame.groupby("cell").agg(n=("day", "size"), lon=("lon", "mean"), lat=("lat", "mean"), first=("day", "min"),
                                         last=("day", "max"), fatalities=("fatalities", "sum"))
    sides = frame.groupby(["cell", "side"]).size().unstack(fill_value=0).reindex(columns=list(SIDE_COLOURS), fill_value=0)
    hist = frame.groupby(["cell", "week"]).size()
    hist_by_cell: dict[int, list[list[int]]] = {}
    for (cell, week), n in hist.items():
        hist_by_cell.setdefault(cell, []).append([int(week), int(n)])
    features = []
    for cell, row in per_cell.iterrows():
        counts = {s: int(sides.at[cell, s]) for s in SIDE_COLOURS if sides.at[cell, s]}
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(row.lon), 4), round(float(row.lat), 4)]},  # (lon, lat)
            "properties": {"n": int(row.n), "sides": counts, "side": max(counts, key=counts.get),
                           "fatalities": int(row.fatalities), "first": int(row["first"]), "last": int(row["last"]),
                           "hist": hist_by_cell[cell]},
        })
    return features
