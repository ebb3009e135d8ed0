"""How an event looks, the same on the dashboard map, the standalone HTML map and the briefing PNG.

- **Colour by side** of the event's first actor (``side1``): US and partners, Iran and aligned,
  other; or, on the maps, by ACLED event type (:data:`EVENT_TYPE_COLOURS`) or by actor. A disrupted
  weapon (ACLED codes the one who shot it down first) takes the side whose weapon it was (``side2``,
  when known) unless the Iran-aligned side shot it down: a militia drone shot down over a US base
  is drawn as the militia's attack, a US drone the militias shot down as theirs (:func:`drawn_sides`).
- **Symbol by kind** (:func:`event_kinds`), one per ACLED event type, with explosions split by who
  acts: an attack (triangle), a strike (diamond), a battle (pentagon), violence against civilians
  (cross), a protest (circle), a riot (star), a strategic development (square).
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
    "SIDE_COLOURS", "OTHER_SIDE", "KINDS", "KIND_SYMBOLS", "KIND_LABELS", "EVENT_TYPE_COLOURS",
    "ACTOR_PALETTE", "PRECISION_RADIUS_KM", "event_kinds", "event_sides", "side_codes", "drawn_sides", "drawn_actors", "DISRUPTED",
    "marker_radius", "hollow", "place_scopes", "FIELD_WORDS", "DISRUPTED_WORDS", "field_words", "PRECISION_LABELS", "TIME_PRECISION_LABELS",
]

OTHER_SIDE = "Other"
#: Fill colour per side: blue and vermilion stay apart for colour-blind readers (Okabe-Ito), grey for the rest.
SIDE_COLOURS: dict[str, str] = {"US and partners": "#0072B2", "Iran and aligned": "#D55E00", OTHER_SIDE: "#7A7A7A"}
KINDS = ("attack", "strike", "battle", "violence against civilians", "protest", "riot", "strategic development")
#: Symbol per kind: an SVG shape name for the web maps and a matplotlib marker for the PNG.
KIND_SYMBOLS: dict[str, tuple[str, str]] = {
    "attack": ("triangle", "^"), "strike": ("diamond", "D"), "battle": ("pentagon", "p"),
    "violence against civilians": ("cross", "X"), "protest": ("circle", "o"), "riot": ("star", "*"),
    "strategic development": ("square", "s"),
}
#: What each kind stands for, in a legend.
KIND_LABELS: dict[str, str] = {
    "attack": "attack (drone, rocket, missile, IED)", "strike": "strike (air/drone strike, shelling)",
    "battle": "battle (armed clash)", "violence against civilians": "violence against civilians", "protest": "protest",
    "riot": "riot", "strategic development": "strategic development",
}
_KIND_OF_TYPE = {"Battles": "battle", "Violence against civilians": "violence against civilians", "Protests": "protest",
                 "Riots": "riot", "Strategic developments": "strategic development"}
#: Fill colour per ACLED event type (Okabe-Ito, distinct for colour-blind readers), for colouring by type.
EVENT_TYPE_COLOURS: dict[str, str] = {
    "Battles": "#E69F00", "Explosions/Remote violence": "#D55E00", "Violence against civilians": "#CC79A7",
    "Protests": "#56B4E9", "Riots": "#0072B2", "Strategic developments": "#009E73",
}
#: Colours for the most frequent actors when colouring by actor; the rest are grey.
ACTOR_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#000000")
#: Radius drawn around a point for each ``geo_precision``: 2 = within about 25 km, 3 = a region of about 100 km.
PRECISION_RADIUS_KM: dict[int, float] = {2: 25.0, 3: 100.0}
#: The words a person reads for a field of the schema (conflicting reports, tables).
FIELD_WORDS = {
    "event_date": "date", "time_precision": "how well the date is known", "event_type": "event type", "sub_event_type": "weapon or kind",
    "actor1": "who acted", "assoc_actor_1": "acting with", "actor2": "target", "assoc_actor_2": "target, with", "location": "place",
    "latitude": "latitude", "longitude": "longitude", "geo_precision": "how well the place is known", "admin1": "province",
    "fatalities": "killed", "injuries": "wounded", "notes": "what happened", "source": "sources", "status": "status",
}


#: The actors' fields in words for a disrupted weapon, in ACLED's order: who stopped it, whose it was.
DISRUPTED_WORDS = {"actor1": "stopped by", "actor2": "weapon of", "assoc_actor_1": "stopped with", "assoc_actor_2": "weapon of, with"}


def field_words(field: object, sub_event_type: object = None) -> str:
    """The schema field ``field`` in words ("event_date" -> "date"); an unknown name as it is. For a
    disrupted weapon (``sub_event_type``) the actors are who stopped it and whose weapon it was.

    >>> field_words("event_date"), field_words("actor1"), field_words("weather")
    ('date', 'who acted', 'weather')
    >>> field_words("actor2", "Disrupted weapons use")
    'weapon of'
    """
    if sub_event_type == DISRUPTED and str(field) in DISRUPTED_WORDS:
        return DISRUPTED_WORDS[str(field)]
    return FIELD_WORDS.get(str(field), str(field).replace("_", " "))


PRECISION_LABELS = {1: "the named town or site", 2: "near a town / part of a region", 3: "only a larger region"}
TIME_PRECISION_LABELS = {1: "exact day", 2: "known to the week", 3: "known to the month"}

_STRIKE_SUB_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack"}
#: ACLED's sub-event type for a weapon shot down, intercepted or defused: actor1 stopped it, actor2's it was.
DISRUPTED = "Disrupted weapons use"


def drawn_actors(frame: pd.DataFrame) -> pd.Series:
    """The actor each event is coloured for on the maps' "by actor" view: ``actor1``, except a
    disrupted weapon's owner (``actor2``), as :func:`drawn_sides` does for sides.

    >>> f = pd.DataFrame({"sub_event_type": ["Disrupted weapons use", "Air/drone strike"], "actor1": ["United States", "United States"],
    ...                   "actor2": ["Houthis", "Houthis"], "side1": ["US and partners"] * 2, "side2": ["Iran and aligned"] * 2})
    >>> drawn_actors(f).tolist()
    ['Houthis', 'United States']
    """
    return _turned(frame, "actor1", "actor2")


def drawn_sides(frame: pd.DataFrame) -> pd.Series:
    """The side each event is drawn and counted for (map colours, symbols, timeline, campaign count):
    ``side1``, except a disrupted weapon stopped by anyone but the Iran-aligned side. ACLED codes a
    disrupted weapon with the one who stopped it first; an attack stopped is still the attacker's, so
    such a row takes ``side2`` when it names one. A drone the Iran-aligned side shot down (a US MQ-9)
    stays theirs. A frame without ``side2`` or ``sub_event_type`` keeps ``side1``.

    >>> f = pd.DataFrame({"sub_event_type": ["Disrupted weapons use"] * 3 + ["Air/drone strike"],
    ...                   "side1": ["US and partners", "US and partners", "Iran and aligned", "US and partners"],
    ...                   "side2": ["Iran and aligned", "", "US and partners", "Iran and aligned"]})
    >>> drawn_sides(f).tolist()
    ['Iran and aligned', 'US and partners', 'Iran and aligned', 'US and partners']
    """
    return _turned(frame, "side1", "side2")


#: A disrupted weapon whose first actor is on this side is that side's act (it shot down the other side's drone).
_STOPPER_ACTS = "Iran and aligned"


def _turned(frame: pd.DataFrame, first: str, second: str) -> pd.Series:
    """``frame[first]``, with ``frame[second]`` in its place on the disrupted weapons that name a
    second actor and whose first is not on the Iran-aligned side; only those rows are read, so a
    million rows with a few thousand such weapons cost a few milliseconds."""
    one = frame[first]
    if second not in frame or "sub_event_type" not in frame or len(frame) == 0:
        return one
    hit = np.flatnonzero((frame["sub_event_type"] == DISRUPTED).to_numpy(dtype=bool))
    if len(hit) == 0:
        return one
    seconds = frame[second].iloc[hit].astype("object").to_numpy(dtype=object)
    stoppers = frame["side1"].iloc[hit].astype("object").to_numpy(dtype=object) if "side1" in frame else np.full(len(hit), None)
    ok = np.fromiter((isinstance(b, str) and b != "" and a != _STOPPER_ACTS for a, b in zip(stoppers, seconds, strict=True)),
                     dtype=bool, count=len(hit))
    if not ok.any():
        return one
    values = seconds[ok]
    if isinstance(one.dtype, pd.CategoricalDtype):
        new = [v for v in dict.fromkeys(values) if v not in one.cat.categories]
        out = one.cat.add_categories(new) if new else one.copy()
    else:
        out = one.astype("object").copy()
    out.iloc[hit[ok]] = values
    return out


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
    """The kind of each event, one per ACLED event type (:data:`KINDS`); explosions and remote
    violence are a ``strike`` for an air/drone strike or shelling by anyone but the Iran-aligned
    side (US, Israeli, Turkish strikes) and an ``attack`` otherwise (militia drones, rockets, IEDs),
    as is an event of no known type.

    >>> et = pd.Series(["Explosions/Remote violence", "Explosions/Remote violence", "Strategic developments", "Battles", "Riots", ""])
    >>> st = pd.Series(["Air/drone strike", "Air/drone strike", "Other", "Armed clash", "Mob violence", ""])
    >>> sd = pd.Series(["US and partners", "Iran and aligned", "US and partners", "", "", ""])
    >>> event_kinds(et, st, sd).tolist()
    ['strike', 'attack', 'strategic development', 'battle', 'riot', 'attack']
    >>> event_kinds(pd.Series([], dtype=str), pd.Series([], dtype=str), pd.Series([], dtype=str)).tolist()
    []
    >>> many = [s.repeat(400) for s in (et, st, sd)]  # over a thousand rows: each combination decided once, same answers
    >>> bool((event_kinds(*many) == event_kinds(et, st, sd).repeat(400)).all())
    True
    """
    if len(event_type) > 1000:  # a million rows hold a few dozen combinations: decide each once
        codes = [pd.factorize(pd.Series(c).reset_index(drop=True), use_na_sentinel=False) for c in (event_type, sub_event_type, side1)]
        sizes = [max(len(u), 1) for _, u in codes]
        key = (codes[0][0].astype(np.int64) * sizes[1] + codes[1][0]) * sizes[2] + codes[2][0]
        space = sizes[0] * sizes[1] * sizes[2]
        if space <= 1_000_000:  # a lookup table, no sort
            seen = np.zeros(space, dtype=bool)
            seen[key] = True
            combos = np.flatnonzero(seen)
            where = np.empty(space, dtype=np.int64)
            where[combos] = np.arange(len(combos))
            inverse = where[key]
        else:
            combos, inverse = np.unique(key, return_inverse=True)
        parts = [combos // (sizes[1] * sizes[2]), combos // sizes[2] % sizes[1], combos % sizes[2]]
        small = [pd.Series(np.asarray(u, dtype=object)[i]) for (_, u), i in zip(codes, parts, strict=True)]
        return event_kinds(*small)[inverse]
    et = event_type.astype("object").fillna("").astype(str).to_numpy()
    st = sub_event_type.astype("object").fillna("").astype(str).to_numpy()
    sides = event_sides(side1)
    strike = np.isin(st, list(_STRIKE_SUB_TYPES)) & (sides != "Iran and aligned")
    by_type = pd.Series(et).map(_KIND_OF_TYPE).to_numpy(dtype=object)
    return np.where(pd.isna(by_type), np.where(strike, "strike", "attack"), by_type).astype(str)


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


def place_scopes(gdf: pd.DataFrame) -> np.ndarray:
    """How well each event's place is known, for drawing: ``point`` (a town or site, or near one:
    geo_precision 1 or 2), ``region`` (only a province or a larger region: geo_precision 3) or
    ``country`` (the place named is the whole country: "a statement in Iraq"). A country-level
    event is not a located point: maps list it beside the map instead of drawing it.

    >>> df = pd.DataFrame({"location": ["Tower 22", "Akashat", "Iraq", "Hong Kong", "Benin"],
    ...                    "country": ["Jordan", "Iraq", "Iraq", "Hong Kong", "Benin"], "geo_precision": [1, 3, 3, 2, 1]})
    >>> place_scopes(df).tolist()
    ['point', 'region', 'country', 'country', 'country']
    """
    from .countries import country_code

    loc, country = (pd.Categorical(gdf[c]) if not isinstance(gdf[c].dtype, pd.CategoricalDtype) else gdf[c].array
                    for c in ("location", "country"))
    cc_loc = np.array([country_code(str(v)) or "" for v in loc.categories] + [""], dtype=object)  # decided once per category
    cc_country = np.array([country_code(str(v)) or "" for v in country.categories] + [""], dtype=object)
    a, b = cc_loc[loc.codes], cc_country[country.codes]  # code -1 (missing) takes the last entry: no country
    same = (a != "") & (a == b)
    gp = pd.to_numeric(gdf["geo_precision"], errors="coerce").fillna(1).to_numpy()
    return np.where(same, "country", np.where(gp >= 3, "region", "point"))
