"""The masks a view is made of, vectorised: which rows pass each part of a filter.

Actor filters follow the hierarchy of the actor table: the Islamic Resistance in Iraq includes
Kata'ib Hezbollah. Category columns are matched per category, not per row, so a mask over a
million events costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from gazetteer import normalise

from ..model import ISO_NUMERIC, ActorTable, country_code

__all__ = ["events_mask", "category_mask", "ACTOR_COLUMNS"]

ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def category_mask(col: pd.Series, keep) -> np.ndarray:
    """Apply ``keep(value) -> bool`` once per category (or unique value) and broadcast."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = col.cat.categories
        ok = np.fromiter((bool(keep(c)) for c in cats), dtype=bool, count=len(cats))
        codes = col.cat.codes.to_numpy()
        return np.where(codes >= 0, ok[np.maximum(codes, 0)], False)
    values = col.astype(str)
    uniq = pd.unique(values)
    ok = dict(zip(uniq, (bool(keep(u)) for u in uniq), strict=True))
    return values.map(ok).to_numpy(dtype=bool)


def _actor_mask(gdf: gpd.GeoDataFrame, names: Iterable[str], table: ActorTable) -> np.ndarray:
    wanted: set[str] = set()
    canon: set[str] = set()
    for n in names:
        wanted |= table.names_matching(n)
        if table.canonical(n):
            canon |= table.descendants(n)

    def keep(cell: str) -> bool:  # an alias, or a name the table knows in ACLED's style ("Military Forces of Iraq (2022-)")
        return any(normalise(part) in wanted or table.canonical(part.strip()) in canon for part in str(cell).split(";") if part.strip())

    mask = np.zeros(len(gdf), dtype=bool)
    for c in ACTOR_COLUMNS:
        if c in gdf:
            mask |= category_mask(gdf[c], keep)
    return mask


def _country_mask(gdf: gpd.GeoDataFrame, countries: Iterable[str]) -> np.ndarray:
    isos, names = set(), set()
    for c in countries:
        cc = country_code(c)
        if cc:
            isos.add(ISO_NUMERIC[cc][0])
            names.add(ISO_NUMERIC[cc][1].casefold())
        names.add(c.strip().casefold())
    mask = gdf["iso"].isin(list(isos)).fillna(False).to_numpy(dtype=bool) if isos else np.zeros(len(gdf), dtype=bool)
    return mask | category_mask(gdf["country"], lambda v: str(v).casefold() in names)


def events_mask(gdf: gpd.GeoDataFrame, flt: Any, *, actors: ActorTable | None = None,
                within: np.ndarray | None = None) -> np.ndarray:
    """A boolean array: which rows of ``gdf`` pass the filter fields of ``flt`` (a
    :class:`geo.view.View`) and ``within``, when given. Nothing is copied."""
    mask = np.ones(len(gdf), dtype=bool) if within is None else within.copy()
    dates = gdf["event_date"].to_numpy()
    if flt.date_from:
        mask &= dates >= np.datetime64(flt.date_from, "ns")
    if flt.date_to:
        mask &= dates <= np.datetime64(flt.date_to, "ns")
    if flt.bbox is not None:
        w, s, e, n = flt.bbox
        lon, lat = gdf["longitude"].to_numpy(), gdf["latitude"].to_numpy()
        mask &= (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)
    if flt.actors:
        mask &= _actor_mask(gdf, flt.actors, actors or ActorTable.load())
    if flt.sides:
        sides = set(flt.sides)
        mask &= category_mask(gdf["side1"], sides.__contains__) | category_mask(gdf["side2"], sides.__contains__)
    if flt.event_types:
        mask &= category_mask(gdf["event_type"], set(flt.event_types).__contains__)
    if flt.sub_event_types:
        mask &= category_mask(gdf["sub_event_type"], set(flt.sub_event_types).__contains__)
    if flt.countries:
        mask &= _country_mask(gdf, flt.countries)
    if flt.min_precision is not None:
        mask &= (gdf["geo_precision"].fillna(3) <= flt.min_precision).to_numpy(dtype=bool)
    if flt.text:
        mask &= gdf["notes"].astype(str).str.contains(flt.text, case=False, regex=False).to_numpy(dtype=bool)
    return mask
