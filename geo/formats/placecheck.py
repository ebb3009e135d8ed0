"""Coordinates against the country an event names: ``Baghdad, Iraq`` at 0, 0 is in the Gulf of
Guinea, and Al-Omar with latitude and longitude swapped is in Turkey.

An import keeps such an event and lists it in its report, or, with ``strict``, refuses it; when
swapping latitude and longitude puts the point inside its country, the message says so. Borders
are Natural Earth 1:10m admin-0 (:func:`geo.outputs.borders_path`), read for the countries a chunk
names only (about 0.1 s), and the test is vectorised: one ``contains_xy`` per country present,
and a geodesic distance (``pyproj.Geod``) for the points outside only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..model import country_code, country_name

__all__ = ["TOLERANCE_KM", "Outside", "outside_country", "outside_note"]

#: How far outside its country's border (1:10m) a point may lie before it is flagged: border
#: villages, coastal sites and the generalisation of the border itself.
TOLERANCE_KM = 25.0
_SHOWN = 10


@dataclass(frozen=True, slots=True)
class Outside:
    """An event whose point lies outside its stated country: its row, id, place, the country, the
    point, how far outside (km), the country it falls in (when known) and whether swapping
    latitude and longitude would put it inside."""

    row: int
    event_id: str
    location: str
    country: str
    lat: float
    lon: float
    km: float
    falls_in: str | None
    swapped_inside: bool

    @property
    def problem(self) -> str:
        where = f" (in {self.falls_in})" if self.falls_in else ""
        hint = (f"; swapping latitude and longitude puts it inside {self.country}: are they the wrong way round?"
                if self.swapped_inside else "")
        place = f"{self.location!r}, " if self.location else ""
        return (f"{place}{self.country} at latitude {self.lat:g}, longitude {self.lon:g} lies {self.km:,.0f} km outside "
                f"{self.country}{where}{hint}")


@lru_cache(maxsize=64)
def _shape(cc: str):
    """The prepared 1:10m shape of country ``cc`` (ISO 3166 alpha-2), or None when Natural Earth has none."""
    import pyogrio
    import shapely

    from ..outputs import borders_path

    if not cc.isalpha() or len(cc) != 2:
        return None
    df = pyogrio.read_dataframe(f"/vsizip/{borders_path()}", columns=["ISO_A2_EH"], where=f"ISO_A2_EH = '{cc}'")
    if not len(df):
        return None
    shape = shapely.union_all(df.geometry.to_numpy())
    shapely.prepare(shape)
    return shape


def _world():
    """Every country at full detail, read once (the map's borders, cached there)."""
    from ..outputs import country_borders

    return country_borders(None, tolerance=0.0)


def _falls_in(lon: float, lat: float) -> str | None:
    import shapely

    world = _world()
    hit = world.sindex.query(shapely.points(lon, lat), predicate="intersects")
    return str(world["name"].iloc[hit[0]]) if len(hit) else None


def outside_country(table: pd.DataFrame, rows: list[int], *, tolerance_km: float = TOLERANCE_KM) -> list[Outside]:
    """The events of ``table`` (a validated chunk, :func:`geo.model.normalise_table`; ``rows`` its
    row numbers) whose point lies more than ``tolerance_km`` outside the country they name.

    Events without coordinates or a known country, or in a country Natural Earth does not draw,
    are not checked.

    >>> t = pd.DataFrame({"event_id_cnty": ["A", "B"], "location": ["Baghdad", "Baghdad"], "country": ["Iraq", "Iraq"],
    ...                   "latitude": [0.0, 33.3152], "longitude": [0.0, 44.3661]})
    >>> [o.problem for o in outside_country(t, [1, 2])]  # doctest: +ELLIPSIS
    ["'Baghdad', Iraq at latitude 0, longitude 0 lies ... km outside Iraq"]
    """
    import shapely
    from pyproj import Geod

    if not len(table):
        return []
    lat = pd.to_numeric(table["latitude"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(table["longitude"], errors="coerce").to_numpy(dtype=float)
    names = table["country"].astype(object).where(table["country"].notna(), "")
    codes = names.map({n: country_code(n) or "" for n in pd.unique(names)}).to_numpy(dtype=object)
    found: list[Outside] = []
    for cc in pd.unique(codes):
        shape = _shape(cc) if cc else None
        if shape is None:
            continue
        idx = np.flatnonzero((codes == cc) & np.isfinite(lat) & np.isfinite(lon))
        out = idx[~shapely.contains_xy(shape, lon[idx], lat[idx])]
        if not len(out):
            continue
        # the nearest point of the border (planar nearest, then a geodesic length): enough to tell 25 km from 300
        near = shapely.get_coordinates(shapely.shortest_line(shape, shapely.points(lon[out], lat[out])).tolist())[0::2]
        km = Geod(ellps="WGS84").inv(near[:, 0], near[:, 1], lon[out], lat[out])[2] / 1000
        far = out[km > tolerance_km]
        swapped = shapely.contains_xy(shape, lat[far], lon[far]) & (np.abs(lat[far]) <= 180) & (np.abs(lon[far]) <= 90)
        for j, (i, d) in enumerate(zip(far, km[km > tolerance_km], strict=True)):
            found.append(Outside(int(rows[i]), str(table["event_id_cnty"].iloc[i]), str(table["location"].iloc[i] or ""),
                                 country_name(cc) or str(names.iloc[i]), float(lat[i]), float(lon[i]), float(d),
                                 _falls_in(lon[i], lat[i]) if len(found) < _SHOWN else None, bool(swapped[j])))
    return sorted(found, key=lambda o: o.row)


def outside_note(file: str, found: list[Outside], *, tolerance_km: float = TOLERANCE_KM) -> str | None:
    """One note for an import report: how many events lie outside their country, the first
    :data:`_SHOWN` by row, and how to refuse them (``--strict``)."""
    if not found:
        return None
    shown = "; ".join(f"row {o.row} ({o.event_id}): {o.problem}" for o in found[:_SHOWN])
    more = f"; and {len(found) - _SHOWN:,} more" if len(found) > _SHOWN else ""
    return (f"{file}: {len(found):,} event(s) lie more than {tolerance_km:g} km outside the country they name, kept as they are "
            f"(check them, or import with --strict to refuse them): {shown}{more}")
