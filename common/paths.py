"""Where things are on disk, for both packages: the curated data files and the cache."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from . import settings

__all__ = ["data_path", "bundled_data_path", "cache_dir"]


def data_path(name: str) -> Path:
    """Path of a curated data file such as ``places.csv``: in ``STRIKEMAP_DATA`` when that folder
    holds it, else in the bundled ``strikemap_data`` package (the repository's ``data/``), so a
    folder may replace one file (a team's own events) and keep the bundled places and actors.

    >>> data_path("places.csv").name
    'places.csv'
    """
    own = settings.data_dir()
    if own is not None and (own / name).exists():
        return own / name
    return bundled_data_path(name)


def bundled_data_path(name: str) -> Path:
    """Path of a data file as shipped, whatever ``STRIKEMAP_DATA`` says."""
    return Path(str(resources.files("strikemap_data") / name))


def cache_dir() -> Path:
    """Where built indexes, snapshots and answers are cached (:func:`common.settings.cache_dir`)."""
    return settings.cache_dir()
