"""One filter for everything that shows events (CLI, exports, dashboard), vectorised.

Actor filters follow the hierarchy of the actor table: the Islamic Resistance in Iraq includes
Kata'ib Hezbollah. Category columns are matched per category, not per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from gazetteer import normalise

from .actors import ActorTable
from .schema import ISO_NUMERIC, SIDES

__all__ = ["EventFilter", "filter_events", "filter_mask", "describe_filter", "ACTOR_COLUMNS", "Bounds"]

#: (west, south, east, north) in degrees.
Bounds = tuple[float, float, float, float]

ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


@dataclass(frozen=True)
class EventFilter:
    """What to show. Empty fields filter nothing.

    ``min_precision`` keeps events located at least that well: 1 = only the named town or site,
    2 = also "near"/part of a region, 3 = everything. ``bbox`` keeps the events inside
    (west, south, east, north), edges included: the map's zoomed view.
    """

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_precision: int | None = None
    text: str = ""
    bbox: Bounds | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for s in self.sides:
            if s not in SIDES:
                raise ValueError(f"side was {s!r} but is expected to be one of {SIDES}")
        if self.min_precision is not None and self.min_precision not in (1, 2, 3):
            raise ValueError(f"min_precision was {self.min_precision!r} but is expected to be 1, 2 or 3")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.bbox is not None:
            w, s, e, n = self.bbox
            if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
                raise ValueError(f"bbox was {self.bbox!r} but is expected to be (west, south, east, north) with west < east, "
                                 "south < north, inside (-180, -90, 180, 90)")


def _category_mask(col: pd.Series, keep) -> np.ndarray:
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
            mask |= _category_mask(gdf[c], keep)
    return mask


def _country_mask(gdf: gpd.GeoDataFrame, countries: Iterable[str]) -> np.ndarray:
    isos, names = set(), set()
    for c in countries:
        c = c.strip()
        if c.upper() in ISO_NUMERIC:
            isos.add(ISO_NUMERIC[c.upper()][0])
            names.add(ISO_NUMERIC[c.upper()][1].casefold())
        else:
            names.add(c.casefold())
    mask = gdf["iso"].isin(list(isos)).fillna(False).to_numpy(dtype=bool) if isos else np.zeros(len(gdf), dtype=bool)
    return mask | _category_mask(gdf["country"], lambda v: str(v).casefold() in names)


def filter_mask(gdf: gpd.GeoDataFrame, flt: EventFilter, *, actors: ActorTable | None = None,
                within: np.ndarray | None = None) -> np.ndarray:
    """A boolean array: which rows of ``gdf`` pass ``flt`` (and ``within``, when given). Nothing is
    copied, so counting over a million events stays in milliseconds.

    >>> from geo.events import empty_frame
    >>> filter_mask(empty_frame(), EventFilter(sides=("US and partners",))).tolist()
    []
    """
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
        mask &= _category_mask(gdf["side1"], sides.__contains__) | _category_mask(gdf["side2"], sides.__contains__)
    if flt.event_types:
        mask &= _category_mask(gdf["event_type"], set(flt.event_types).__contains__)
    if flt.sub_event_types:
        mask &= _category_mask(gdf["sub_event_type"], set(flt.sub_event_types).__contains__)
    if flt.countries:
        mask &= _country_mask(gdf, flt.countries)
    if flt.min_precision is not None:
        mask &= (gdf["geo_precision"].fillna(3) <= flt.min_precision).to_numpy(dtype=bool)
    if flt.text:
        mask &= gdf["notes"].astype(str).str.contains(flt.text, case=False, regex=False).to_numpy(dtype=bool)
    return mask


def filter_events(gdf: gpd.GeoDataFrame, flt: EventFilter, *, actors: ActorTable | None = None) -> gpd.GeoDataFrame:
    """The events of ``gdf`` that pass ``flt``, as a new frame (the input is not changed).

    Examples
    --------
    >>> from geo.events import empty_frame
    >>> len(filter_events(empty_frame(), EventFilter(actors=("Islamic Resistance in Iraq",))))
    0
    """
    mask = filter_mask(gdf, flt, actors=actors)
    return gdf.iloc[np.flatnonzero(mask)]


def describe_filter(flt: EventFilter) -> list[str]:
    """One line per active filter, for legends, captions and briefing images; ``[]`` when none is set.

    >>> describe_filter(EventFilter())
    []
    >>> describe_filter(EventFilter(date_from=date(2024, 2, 2), actors=("Kata'ib Hezbollah",), countries=("SY", "IQ"), min_precision=2))
    ['from 2024-02-02', "actor: Kata'ib Hezbollah", 'country: SY, IQ', 'location precision: 2 or better']
    """
    lines = []
    if flt.date_from:
        lines.append(f"from {flt.date_from:%Y-%m-%d}")
    if flt.date_to:
        lines.append(f"to {flt.date_to:%Y-%m-%d}")
    for label, values in (("actor", flt.actors), ("side", flt.sides), ("type", flt.event_types),
                          ("sub-type", flt.sub_event_types), ("country", flt.countries)):
        if values:
            lines.append(f"{label}: {', '.join(values)}")
    if flt.min_precision is not None:
        lines.append(f"location precision: {flt.min_precision} or better")
    if flt.text:
        lines.append(f"notes contain: {flt.text}")
    if flt.bbox is not None:
        lines.append(f"area: {flt.bbox[0]:.2f}°E–{flt.bbox[2]:.2f}°E, {flt.bbox[1]:.2f}°N–{flt.bbox[3]:.2f}°N")
    return lines
