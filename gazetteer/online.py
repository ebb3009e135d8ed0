"""An optional online fallback through geopy's Nominatim client, for names the offline index lacks.

Off unless configured: ``STRIKEMAP_GEOCODER_URL`` names the server (a Nominatim instance of
your own, or a public one whose usage policy you accept). Requests are rate-limited (one per
second by default, the public Nominatim policy), answers and misses are cached on disk, and
every answer is marked ``layer="online"`` with the server in its source.
"""

from __future__ import annotations

import json
import os
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from geopy.exc import GeopyError
from geopy.geocoders import Nominatim

from common import cache_dir, settings

from .model import Place
from .normalise import normalise

__all__ = ["OnlineGeocoder", "GeocoderConfigError"]

_PRECISION = {
    "city": ("town", "exact"), "town": ("town", "exact"), "village": ("town", "exact"), "hamlet": ("town", "exact"),
    "suburb": ("district", "area"), "neighbourhood": ("district", "area"), "county": ("district", "area"),
    "municipality": ("district", "area"), "district": ("district", "area"),
    "state": ("province", "province"), "province": ("province", "province"), "region": ("province", "province"),
    "country": ("country", "country"),
}


class GeocoderConfigError(ValueError):
    """The online geocoder is asked for but not configured."""


class OnlineGeocoder:
    """Nominatim-speaking geocoder with a rate limit and a disk cache.

    Parameters
    ----------
    url : str
        Base URL of the server, e.g. ``http://127.0.0.1:8080``.
    min_delay_seconds : float
        Least time between two requests.
    cache_path : path, optional
        JSON file of past answers; default ``<cache dir>/online-geocoder.json``.
    """

    def __init__(self, url: str, *, user_agent: str = "strikemap/0.1", min_delay_seconds: float = 1.0,
                 cache_path: str | Path | None = None, timeout: float = 10.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise GeocoderConfigError(f"url was {url!r} but is expected to be an http(s) URL such as 'http://127.0.0.1:8080'")
        self.url = url
        self._client = Nominatim(domain=parts.netloc + parts.path.rstrip("/"), scheme=parts.scheme, user_agent=user_agent, timeout=timeout)
        self.min_delay = float(min_delay_seconds)
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "online-geocoder.json"
        self._cache: dict[str, dict | None] = self._read_cache()
        self._lock = threading.Lock()
        self._last = 0.0
        self.requests = 0

    @classmethod
    def from_env(cls) -> OnlineGeocoder:
        url = settings.geocoder_url()
        if not url:
            raise GeocoderConfigError("set STRIKEMAP_GEOCODER_URL to a Nominatim server's base URL to use the online fallback")
        return cls(url, min_delay_seconds=settings.geocoder_delay())

    def _read_cache(self) -> dict[str, dict | None]:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write_cache(self) -> None:
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._cache, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.cache_path)
        except OSError:
            pass

    def geocode(self, query: str, countries=frozenset()) -> Place | None:
        """The server's best place for ``query`` (restricted to ``countries`` when given), or None."""
        cc = sorted(c.lower() for c in countries)
        key = json.dumps([self.url, normalise(query), cc])
        with self._lock:
            if key not in self._cache:
                wait = self.min_delay - (time.monotonic() - self._last)
                if wait > 0:
                    time.sleep(wait)
                try:
                    loc = self._client.geocode(query, exactly_one=True, addressdetails=True, country_codes=cc or None)
                except GeopyError:
                    return None  # a failing service is not an answer: nothing cached, try again later
                finally:
                    self._last = time.monotonic()
                    self.requests += 1
                self._cache[key] = None if loc is None else {**loc.raw, "retrieved": date.today().isoformat()}
                self._write_cache()
            raw = self._cache[key]
        return None if raw is None else self._place(raw)

    def _place(self, raw: dict) -> Place:
        kind, precision = _PRECISION.get(raw.get("addresstype") or raw.get("type") or "", ("site", "approximate"))
        country = ((raw.get("address") or {}).get("country_code") or "").upper()
        return Place(
            id=f"online:{raw.get('osm_type', '')}:{raw.get('osm_id', raw.get('place_id', ''))}",
            name=raw.get("name") or raw.get("display_name", "").split(",")[0],
            country=country, kind=kind, lat=float(raw["lat"]), lon=float(raw["lon"]), precision=precision,
            source=f"online geocoder {self.url} (OpenStreetMap data, ODbL), retrieved {raw.get('retrieved', '')}",
            layer="online", note=raw.get("display_name", ""), raw=raw,
        )
