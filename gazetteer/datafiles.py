"""Where the curated data files are: the ``strikemap_data`` package (the repository's ``data/``),
or the folder named by ``STRIKEMAP_DATA``."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

__all__ = ["data_path"]


def data_path(name: str) -> Path:
    """Path of a curated data file such as ``places.csv``."""
    env = os.environ.get("STRIKEMAP_DATA")
    if env:
        return Path(env) / name
    return Path(str(resources.files("strikemap_data") / name))
