"""Where things are on disk, for both packages: the curated data files and the cache."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from . import settings

__all__ = ["data_path", "cache_dir"]


def data_path(name: str) -> Path:
    """Path of a curated data file such as ``places.csv``: in ``STRIKEMAP_DATA`` when set, else in
    the bundled ``strikemap_data`` package (the repository's ``data/``).

    >>> data_path("places.csv").name
    'places.csv'
    """
    own = settings.data_dir()
    if own is not None:
        return own / name
    return Path(str(resources.files("strikemap_data") / name))


def cache_dir() -> Path:
    """Where built indexes, snapshots and answers are cached (:func:`common.settings.cache_dir`)."""
    return settings.cache_dir()
