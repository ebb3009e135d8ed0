"""Every setting Strikemap reads from the environment, in one place.

Each function reads its variable when called (so a test or a long-running server sees a change),
checks it, and says what is wrong with a bad value. No other module reads ``os.environ`` for a
``STRIKEMAP_*`` variable. :data:`VARIABLES` lists them for the README and ``--help`` texts.

>>> sorted(VARIABLES)[:3]
['STRIKEMAP_BUSY_TIMEOUT', 'STRIKEMAP_CACHE', 'STRIKEMAP_DATA']
>>> max_import_mb({"STRIKEMAP_MAX_IMPORT_MB": "0.5"})
0.5
>>> max_import_mb({"STRIKEMAP_MAX_IMPORT_MB": "lots"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
ValueError: STRIKEMAP_MAX_IMPORT_MB was 'lots' but is expected to be a positive number of megabytes, e.g. 2048
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

__all__ = ["VARIABLES", "cache_dir", "data_dir", "gazetteer_countries", "geocoder_url", "geocoder_delay", "store_target",
           "sessions_dir", "tiles", "tiles_attribution", "max_import_mb", "MAX_IMPORT_MB", "max_import_columns", "MAX_IMPORT_COLUMNS",
           "max_ingest_kb", "MAX_INGEST_KB", "busy_timeout_s", "BUSY_TIMEOUT_S"]

#: The default largest file an import reads, in megabytes (MiB): a million ACLED rows fit.
MAX_IMPORT_MB = 2048

#: The default most columns a file to import may have: ACLED's export has 31, UCDP GED's 49. pyarrow's
#: CSV reader sets aside about 9 KB per column before it reads a row, so 400,000 columns cost 3.7 GB.
MAX_IMPORT_COLUMNS = 1000
#: The default largest article text ``python -m geo ingest`` and the dashboard read, in KB (KiB): a
#: long news article is 20-50 KB.
MAX_INGEST_KB = 512
#: The default seconds a write waits for another import to finish with the store before it gives up.
BUSY_TIMEOUT_S = 120

#: Every variable, with what it does (the README's configuration table says the same).
VARIABLES: dict[str, str] = {
    "STRIKEMAP_CACHE": "where built indexes, snapshots and geocoder answers are cached (default ~/.cache/strikemap)",
    "STRIKEMAP_DATA": "a folder of curated data files to use instead of the bundled ones (a file it lacks comes from the bundle)",
    "STRIKEMAP_GAZETTEER_COUNTRIES": "comma-separated ISO codes of populated places to index, or 'all'",
    "STRIKEMAP_GEOCODER_URL": "a Nominatim server for the online fallback",
    "STRIKEMAP_GEOCODER_DELAY": "seconds between two requests to that server (default 1.0)",
    "STRIKEMAP_DB": "the event store: a SQLite file, or a postgresql:// URL for a shared PostGIS store",
    "STRIKEMAP_SESSIONS": "where each dashboard session keeps its own store (default <cache>/sessions)",
    "STRIKEMAP_TILES": "map tiles: a URL template with {z}/{x}/{y}, an xyzservices provider name, or 'none' (default)",
    "STRIKEMAP_TILES_ATTR": "the attribution shown for a tile URL template",
    "STRIKEMAP_MAX_IMPORT_MB": f"the largest file an import reads, in megabytes (default {MAX_IMPORT_MB})",
    "STRIKEMAP_MAX_IMPORT_COLUMNS": f"the most columns a file to import may have (default {MAX_IMPORT_COLUMNS})",
    "STRIKEMAP_MAX_INGEST_KB": f"the largest article text ingest reads, per file or paste, in kilobytes (default {MAX_INGEST_KB})",
    "STRIKEMAP_BUSY_TIMEOUT": f"seconds a write waits for another import to release the store (default {BUSY_TIMEOUT_S})",
}

Environ = Mapping[str, str]


def _get(name: str, environ: Environ | None) -> str:
    env = os.environ if environ is None else environ
    return str(env.get(name, "") or "").strip()


def cache_dir(environ: Environ | None = None) -> Path:
    """Where built indexes are cached: ``$STRIKEMAP_CACHE`` or ``$XDG_CACHE_HOME/strikemap``.

    >>> cache_dir({"STRIKEMAP_CACHE": "/tmp/sm"})
    PosixPath('/tmp/sm')
    """
    own = _get("STRIKEMAP_CACHE", environ)
    if own:
        return Path(own)
    return Path(_get("XDG_CACHE_HOME", environ) or Path.home() / ".cache") / "strikemap"


def data_dir(environ: Environ | None = None) -> Path | None:
    """``$STRIKEMAP_DATA``, a folder of curated files to use instead of the bundled ones, or None."""
    own = _get("STRIKEMAP_DATA", environ)
    return Path(own) if own else None


def gazetteer_countries(default: tuple[str, ...], environ: Environ | None = None) -> tuple[str, ...] | None:
    """ISO codes of the populated places to index (``$STRIKEMAP_GAZETTEER_COUNTRIES``); None = the world.

    >>> gazetteer_countries(("IQ",), {"STRIKEMAP_GAZETTEER_COUNTRIES": "sy, jo"}), gazetteer_countries(("IQ",), {})
    (('SY', 'JO'), ('IQ',))
    """
    own = _get("STRIKEMAP_GAZETTEER_COUNTRIES", environ)
    if own.lower() == "all":
        return None
    return tuple(c.strip().upper() for c in own.split(",") if c.strip()) if own else default


def geocoder_url(environ: Environ | None = None) -> str:
    """``$STRIKEMAP_GEOCODER_URL``: a Nominatim server, or ``""`` (the online fallback is off)."""
    return _get("STRIKEMAP_GEOCODER_URL", environ)


def geocoder_delay(environ: Environ | None = None) -> float:
    """Seconds between two requests to the geocoder (``$STRIKEMAP_GEOCODER_DELAY``, default 1)."""
    own = _get("STRIKEMAP_GEOCODER_DELAY", environ)
    try:
        value = float(own) if own else 1.0
    except ValueError:
        value = math.nan
    if not value >= 0 or math.isinf(value):
        raise ValueError(f"STRIKEMAP_GEOCODER_DELAY was {own!r} but is expected to be a number of seconds, 0 or more")
    return value


def store_target(environ: Environ | None = None) -> str:
    """``$STRIKEMAP_DB`` (a SQLite file or a ``postgresql://`` URL), or the default file in the cache."""
    return _get("STRIKEMAP_DB", environ) or str(cache_dir(environ) / "strikemap.sqlite")


def sessions_dir(environ: Environ | None = None) -> Path:
    """Where session stores live: ``$STRIKEMAP_SESSIONS`` or ``<cache>/sessions``."""
    return Path(_get("STRIKEMAP_SESSIONS", environ) or cache_dir(environ) / "sessions")


def tiles(environ: Environ | None = None) -> str:
    """``$STRIKEMAP_TILES`` as written (``""`` when unset); :mod:`geo.outputs` parses it."""
    return _get("STRIKEMAP_TILES", environ)


def tiles_attribution(environ: Environ | None = None) -> str:
    """``$STRIKEMAP_TILES_ATTR``: the attribution for a tile URL template."""
    return _get("STRIKEMAP_TILES_ATTR", environ)


def max_import_mb(environ: Environ | None = None) -> float:
    """The largest file an import reads, in megabytes: ``$STRIKEMAP_MAX_IMPORT_MB`` or :data:`MAX_IMPORT_MB`.

    Raises
    ------
    ValueError
        When the variable is not a positive number.
    """
    own = _get("STRIKEMAP_MAX_IMPORT_MB", environ)
    if not own:
        return float(MAX_IMPORT_MB)
    try:
        value = float(own)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"STRIKEMAP_MAX_IMPORT_MB was {own!r} but is expected to be a positive number of megabytes, e.g. {MAX_IMPORT_MB}")
    return value


def _positive(name: str, default: float, what: str, environ: Environ | None, *, integer: bool = False) -> float:
    own = _get(name, environ)
    if not own:
        return default
    try:
        value = float(own.replace("_", ""))
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)) or (integer and value != int(value)):
        raise ValueError(f"{name} was {own!r} but is expected to be a positive {'whole ' if integer else ''}number of {what}, e.g. {default:g}")
    return int(value) if integer else value


def max_import_columns(environ: Environ | None = None) -> int:
    """The most columns a file to import may have: ``$STRIKEMAP_MAX_IMPORT_COLUMNS`` or :data:`MAX_IMPORT_COLUMNS`.

    >>> max_import_columns({}), max_import_columns({"STRIKEMAP_MAX_IMPORT_COLUMNS": "5000"})
    (1000, 5000)
    """
    return int(_positive("STRIKEMAP_MAX_IMPORT_COLUMNS", MAX_IMPORT_COLUMNS, "columns", environ, integer=True))


def max_ingest_kb(environ: Environ | None = None) -> float:
    """The largest article text ingest reads, in KB: ``$STRIKEMAP_MAX_INGEST_KB`` or :data:`MAX_INGEST_KB`.

    >>> max_ingest_kb({"STRIKEMAP_MAX_INGEST_KB": "64"})
    64.0
    """
    return float(_positive("STRIKEMAP_MAX_INGEST_KB", MAX_INGEST_KB, "kilobytes", environ))


def busy_timeout_s(environ: Environ | None = None) -> float:
    """Seconds a write waits for another import: ``$STRIKEMAP_BUSY_TIMEOUT`` or :data:`BUSY_TIMEOUT_S`."""
    return float(_positive("STRIKEMAP_BUSY_TIMEOUT", BUSY_TIMEOUT_S, "seconds", environ))
