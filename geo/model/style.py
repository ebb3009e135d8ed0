"""How an event looks, the same on the dashboard map, the standalone HTML map and the briefing PNG.

- **Colour by side** of the event's first actor (``side1``): US and partners, Iran and aligned, other.
- **Symbol by kind** (:func:`event_kinds`): an attack (triangle), a strike (diamond), a strategic
  development (square).
- **Size by fatalities**: the symbol's area grows with the reported (lowest) figure.
- **Place precision drawn**: ``geo_precision`` 2 (near a town, part of a region) adds a ring of
  :data:`PRECISION_RADIUS_KM` [2] around the point; 3 (only a larger region) a wider translucent area.
  ACLED gives no radius for its codes: these are ours, stated in every legend.
- **Date precision drawn**: an event dated only to the week or month (``time_precision`` 2 or 3) is
  drawn hollow.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "SIDE_COLOURS", "OTHER_SIDE", "KINDS", "KIND_SYMBOLS", "PRECISION_RADIUS_KM", "event_kinds", "event_sides", "side_codes",
    "marker_radius", "hollow", "PRECISION_LABELS", "TIME_PRECISION_LABELS",
]

OTHER_SIDE = "Other"
#: Fill colour per side: blue and vermilion stay apart for colour-blind readers (Okabe-Ito), grey for the rest.
SIDE_COLOURS: dict[str, str] = {"US and partners": "#0072B2", "Iran and aligned": "#D55E00", OTHER_SIDE: "#7A7A7A"}
KINDS = ("attack", "strike", "strategic development")
#: Symbol per kind: an SVG shape name for the web maps and a matplotlib marker for the PNG.
KIND_SYMBOLS: dict[str, tuple[str, str]] = {"attack": ("triangle", "^"), "strike": ("diamond", "D"),
                                            "strategic development": ("square", "s")}
#: Radius drawn around a point for each ``geo_precision``: 2 = within about 25 km, 3 = a region of about 100 km.
PRECISION_RADIUS_KM: dict[int, float] = {2: 25.0, 3: 100.0}
PRECISION_LABELS = {1: "the named town or site", 2: "near a town / part of a region", 3: "only a larger region"}
TIME_PRECISION_LABELS = {1: "exact day", 2: "known to the week", 3: "known to the month"}

_STRIKE_SUB_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack"}


def event_sides(side1: pd.Series) -> np.ndarray:
    """The side each event is coloured by: ``side1``, or ``Other`` when empty or unknown.

    >>> event_sides(pd.Series(["US and partners", "", None, "Iran and aligned", "Martians"])).tolist()
    ['US and partners', 'Other', 'Other', 'Iran and aligned', 'Other']
    """
    return np.array(list(SIDE_COLOURS), dtype=object)[side_codes(side1)]


def side_codes(side1: pd.Series) -> np.ndarray:
    """:func:`event_sides` as positions in :data:`SIDE_COLOURS` (decided once per category).

    >>> side_codes(pd.Series(["Iran and aligned", "", "US and partners"], dtype="category")).tolist()
    [1, 2, 0]
    """
    names = list(SIDE_COLOURS)
    other = names.index(OTHER_SIDE)
    cat = side1 if isinstance(side1.dtype, pd.CategoricalDtype) else side1.astype("object").astype("category")
    lookup = np.array([names.index(c) if c in SIDE_COLOURS else other for c in cat.cat.categories] + [other], dtype=np.int8)
    return lookup[cat.cat.codes.to_numpy()]  # code -1 (missing) takes the last entry: Other


def event_kinds(event_type: pd.Series, sub_event_type: pd.Series, side1: pd.Series) -> np.ndarray:
    """The kind of each event: ``strategic development`` for ACLED's Strategic developments, ``strike``
    for an air/drone strike or shelling by anyone but the Iran-aligned side (US, Israeli, Turkish
    strikes), ``attack`` for everything else (militia drones, rockets, IEDs, clashes).

    >>> et = pd.Series(["Explosions/Remote violence", "Explosions/Remote violence", "Strategic developments", "Battles"])
    >>> st = pd.Series(["Air/drone strike", "Air/drone strike", "Other", "Armed clash"])
    >>> sd = pd.Series(["US and partners", "Iran and aligned", "US and partners", ""])
    >>> event_kinds(et, st, sd).tolist()
    ['strike', 'attack', 'strategic development', 'attack']
    >>> event_kinds(pd.Series([], dtype=str), pd.Series([], dtype=str), pd.Series([], dtype=str)).tolist()
    []
    """
    et = event_type.astype("object").fillna("").astype(str).to_numpy()
    st = sub_event_type.astype("object").fillna("").astype(str).to_numpy()
    sides = event_sides(side1)
    strike = np.isin(st, list(_STRIKE_SUB_TYPES)) & (sides != "Iran and aligned")
    return np.where(et == "Strategic developments", "strategic development", np.where(strike, "strike", "attack"))


def marker_radius(fatalities: pd.Series | np.ndarray, *, base: float = 6.0, cap: float = 22.0) -> np.ndarray:
    """Symbol radius in pixels: ``base`` plus the square root of the fatalities (area grows with the
    figure), capped so a mass-casualty event does not hide its neighbours. Missing counts as 0.

    >>> marker_radius(pd.Series([0, 4, 40, None], dtype="Int64")).round(1).tolist()
    [6.0, 11.0, 21.8, 6.0]
    >>> float(marker_radius(np.array([10_000]))[0])
    22.0
    """
    f = pd.to_numeric(pd.Series(np.asarray(fatalities, dtype=object)), errors="coerce").fillna(0).clip(lower=0).to_numpy(float)
    return np.minimum(base + 2.5 * np.sqrt(f), cap)


def hollow(time_precision: pd.Series) -> np.ndarray:
    """True where the date is known only to the week or month (time_precision 2 or 3).

    >>> hollow(pd.Series([1, 2, 3, None], dtype="Int64")).tolist()
    [False, True, True, False]
    """
    return (pd.to_numeric(time_precision, errors="coerce").fillna(1) >= 2).to_numpy(dtype=bool)
