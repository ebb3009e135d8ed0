"""The one table of file formats: what each is, and whether Strikemap reads it, writes it, or both.

:mod:`geo.formats.importers` reads the formats marked ``reads``; :mod:`geo.formats.exporters`
writes those marked ``writes``; the command line and the dashboard offer exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Format", "REGISTRY", "FORMATS", "EXPORT_FORMATS"]


@dataclass(frozen=True, slots=True)
class Format:
    """One file format: its name on the command line, what it is, its file suffix, whether it is
    text (can go to standard output), the GDAL driver that writes it (None: pandas' CSV writer or
    our own), and whether Strikemap reads and writes it."""

    name: str
    title: str
    suffix: str
    text: bool
    driver: str | None
    reads: bool
    writes: bool


REGISTRY: dict[str, Format] = {f.name: f for f in (
    Format("acled", "an ACLED export (CSV)", ".csv", True, None, reads=True, writes=False),
    Format("ucdp", "a UCDP GED export (CSV)", ".csv", True, None, reads=True, writes=False),
    Format("geojson", "a GeoJSON FeatureCollection of events", ".geojson", True, "GeoJSON", reads=True, writes=True),
    Format("csv", "Strikemap's CSV (ACLED columns with sources and conflicts)", ".csv", True, None, reads=True, writes=True),
    Format("gpkg", "a GeoPackage layer of events", ".gpkg", False, "GPKG", reads=True, writes=True),
    Format("kml", "KML placemarks with the popup as description", ".kml", True, "KML", reads=False, writes=True),
)}

#: The formats an import reads, in the order detection tries them.
FORMATS = tuple(name for name, f in REGISTRY.items() if f.reads)
#: The formats an export writes.
EXPORT_FORMATS = tuple(name for name, f in REGISTRY.items() if f.writes)
