"""The view: what an analyst chose to see, as one frozen value.

A :class:`View` is parsed from a URL and written back to one (a link reproduces the picture), is
read from and written to the dashboard's widgets through one table (:data:`FIELDS`), describes
itself in words for captions, legends and briefings, and filters events (a mask or a new frame).
The command line builds the same object from its options, so both count and title alike.

URL parameters: ``from``, ``to`` (YYYY-MM-DD); ``actor``, ``side``, ``type``, ``sub_type``,
``country`` (repeatable, or comma-separated but for ``actor``); ``prec`` (1, 2 or 3); ``text``;
``step`` and ``window`` for the map's time control (:mod:`geo.view.timing`); ``bbox``
(west,south,east,north in degrees) for a zoomed-in area. Parsing is defensive: a bad value is
dropped and reported in ``problems``, never an error page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np

from ..model import EVENT_TYPES, ISO_NUMERIC, PRECISION_LABELS, SIDES, ActorTable, Bounds, check_bounds, country_code
from .filters import events_mask
from .summaries import dense_window
from .timing import STEPS, WINDOWS, check_step, check_window

__all__ = ["View", "ViewField", "FIELDS", "WIDGET_KEYS", "WHOLE_REGION", "LINKED_AREA", "PRECISION_CHOICES"]

#: A link's bounds: values per parameter, characters per value, and the problems reported.
MAX_VALUES, MAX_VALUE_CHARS, MAX_PROBLEMS = 50, 200, 8
#: The area menu's first entries: no zoom, and the box a link carried.
WHOLE_REGION, LINKED_AREA = "Whole region", "Area from the link"
#: The location-precision menu: widget value -> label (0 = any).
PRECISION_CHOICES = {0: "any", 2: "2 or better", 1: "1 only"}


@dataclass(frozen=True, slots=True)
class ViewField:
    """One field of the view: its attribute, URL parameter, dashboard widget key (None: not a
    widget of its own) and the label that describes it."""

    name: str
    url: str
    widget: str | None
    label: str


#: The one table from attribute to URL parameter, widget key and label.
FIELDS = (
    ViewField("date_from", "from", None, "from"),
    ViewField("date_to", "to", None, "to"),
    ViewField("actors", "actor", "actors", "actor"),
    ViewField("sides", "side", "sides", "side"),
    ViewField("event_types", "type", "types", "type"),
    ViewField("sub_event_types", "sub_type", None, "sub-type"),
    ViewField("countries", "country", "countries", "country"),
    ViewField("min_precision", "prec", "prec", "location precision"),
    ViewField("text", "text", None, "notes contain"),
    ViewField("step", "step", "step", "step"),
    ViewField("window", "window", "window", "window"),
    ViewField("bbox", "bbox", None, "area"),
)
_BY_NAME = {f.name: f for f in FIELDS}
#: Every widget key the view owns: the date range, the fields with widgets, the area menu and the
#: box a link carried (reset clears exactly these).
WIDGET_KEYS = ("dates", *(f.widget for f in FIELDS if f.widget), "area", "link_bbox")
_LISTS = ("actors", "sides", "event_types", "sub_event_types", "countries")


@dataclass(frozen=True)
class View:
    """What to show. Empty fields filter nothing.

    ``min_precision`` keeps events located at least that well: 1 = only the named town or site,
    2 = also "near"/part of a region, 3 = everything. ``bbox`` keeps the events inside
    (west, south, east, north), edges included. ``step`` and ``window`` set the map's time control.

    >>> View(sides=("Martians",))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: side was 'Martians' but is expected to be one of ...
    >>> View(date_from=date(2024, 2, 2), actors=("Kata'ib Hezbollah",), countries=("SY", "IQ"), min_precision=2).describe()
    ['from 2024-02-02', "actor: Kata'ib Hezbollah", 'country: SY, IQ', 'location precision: 2 or better']
    """

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_precision: int | None = None
    text: str = ""
    bbox: Bounds | None = None
    step: str = "auto"
    window: str = "cumulative"
    problems: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        for name in _LISTS:
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, tuple):
                object.__setattr__(self, name, (value,) if isinstance(value, str) else tuple(value))
        for s in self.sides:
            if s not in SIDES:
                raise ValueError(f"side was {s!r} but is expected to be one of {SIDES}")
        if self.min_precision is not None and self.min_precision not in (1, 2, 3):
            raise ValueError(f"min_precision was {self.min_precision!r} but is expected to be 1, 2 or 3")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.bbox is not None:
            object.__setattr__(self, "bbox", check_bounds(self.bbox))
        check_step(self.step)
        check_window(self.window)

    # -- the URL ---------------------------------------------------------------------------------

    @classmethod
    def from_query(cls, query: Mapping[str, Sequence[str] | str], *, actors: ActorTable | None = None,
                   known_actors: Iterable[str] = ()) -> View:
        """The view a URL's parameters describe; bad values are left out and listed in ``problems``.
        An actor is kept when the actor table knows it (under its table name) or when it is one of
        ``known_actors`` (the actors of the data, as :func:`geo.view.actor_options` names them).

        Examples
        --------
        >>> v = View.from_query({"from": ["2024-02-03"], "to": ["2024-02-05"], "actor": ["Islamic Resistance in Iraq"],
        ...                      "side": ["Iran and aligned"], "type": ["Explosions/Remote violence"], "country": ["SY"]})
        >>> v.date_from, v.actors, v.countries
        (datetime.date(2024, 2, 3), ('Islamic Resistance in Iraq',), ('SY',))
        >>> v = View.from_query({"from": ["2024-02-30"], "side": ["Martians,Iran and aligned"], "prec": ["9"], "actor": ["kataib hezbollah"]})
        >>> v.date_from, v.sides, v.min_precision, v.actors
        (None, ('Iran and aligned',), None, ("Kata'ib Hezbollah",))
        >>> len(v.problems)
        3
        >>> View.from_query({"from": "2024-02-05", "to": "2024-02-01"}).date_to is None  # reversed range: 'to' dropped
        True
        """
        table = actors or ActorTable.load()
        problems: list[str] = []
        d_from, d_to = _date(query, "from", problems), _date(query, "to", problems)
        if d_from and d_to and d_from > d_to:
            problems.append(f"to={d_to} is before from={d_from}: ignored")
            d_to = None
        names, known = [], set(known_actors)
        for a in _values(query, "actor", split=False):
            c = table.canonical(a) or (a if a in known else None)
            if c is None:
                problems.append(f"actor={_short(a)!r} is neither in the actor table nor among the data's actors: ignored")
            else:
                names.append(c)
        sides = _keep(query, "side", SIDES, problems, "one of " + repr(SIDES))
        types = _keep(query, "type", EVENT_TYPES, problems, "an ACLED event type")
        subs = _values(query, "sub_type", split=True)
        countries = [country_code(c) or c for c in _values(query, "country", split=True)
                     if country_code(c) or problems.append(f"country={_short(c)!r} is not a known ISO code or country name: ignored")]
        prec = None
        for p in _values(query, "prec", split=False)[:1]:
            if p in ("1", "2", "3"):
                prec = int(p)
            else:
                problems.append(f"prec={p!r} is not 1, 2 or 3: ignored")
        step = _one_of(query, "step", STEPS, problems)
        window = _one_of(query, "window", WINDOWS, problems)
        text = next(iter(_values(query, "text", split=False)), "")
        bbox = None
        for b in _values(query, "bbox", split=False)[:1]:
            try:
                bbox = check_bounds(b.split(","))
            except ValueError:
                problems.append(f"bbox={b!r} is not west,south,east,north in degrees: ignored")
        if len(problems) > MAX_PROBLEMS:
            problems = [*problems[:MAX_PROBLEMS], f"… and {len(problems) - MAX_PROBLEMS:,} more values ignored "
                        f"(a link holds at most {MAX_VALUES} values per parameter)"]
        return cls(d_from, d_to, tuple(dict.fromkeys(names)), tuple(sides), tuple(types), tuple(subs), tuple(countries), prec, text,
                   bbox, step, window, tuple(problems))

    def to_query(self, *, full_range: tuple[date, date] | None = None) -> dict[str, list[str]]:
        """The URL parameters of this view. A date window other than the data's ``full_range`` is
        written with both ends, so a shared link keeps its window when more events arrive; the
        whole range and default settings are left out, so the plain URL shows everything.

        >>> View(date_from=date(2024, 2, 3), actors=("Kata'ib Hezbollah",), countries=("SY", "IQ"), min_precision=2).to_query()
        {'from': ['2024-02-03'], 'actor': ["Kata'ib Hezbollah"], 'country': ['SY', 'IQ'], 'prec': ['2']}
        >>> View(date_from=date(2024, 2, 3), date_to=date(2024, 2, 5)).to_query(full_range=(date(2020, 1, 3), date(2024, 2, 5)))
        {'from': ['2024-02-03'], 'to': ['2024-02-05']}
        >>> View(date_from=date(2020, 1, 3), date_to=date(2024, 2, 5)).to_query(full_range=(date(2020, 1, 3), date(2024, 2, 5)))
        {}
        """
        q: dict[str, list[str]] = {}
        if (self.date_from, self.date_to) != tuple(full_range or (None, None)):
            if self.date_from:
                q["from"] = [self.date_from.isoformat()]
            if self.date_to:
                q["to"] = [self.date_to.isoformat()]
        for name in _LISTS:
            if getattr(self, name):
                q[_BY_NAME[name].url] = list(getattr(self, name))
        if self.min_precision is not None:
            q["prec"] = [str(self.min_precision)]
        if self.text:
            q["text"] = [self.text]
        if self.step != "auto":
            q["step"] = [self.step]
        if self.window != "cumulative":
            q["window"] = [self.window]
        if self.bbox is not None:
            q["bbox"] = [",".join(f"{x:.6f}".rstrip("0").rstrip(".") for x in self.bbox)]  # a town-sized box keeps its width
        return q

    # -- the dashboard's widgets -----------------------------------------------------------------

    def widget_state(self, areas: Mapping[str, tuple[Bounds, int]]) -> dict[str, Any]:
        """The dashboard's widget values for this view (:data:`WIDGET_KEYS`): the date range, each
        field's widget, and the area menu (a named area whose box is the view's, else the link's box).

        >>> View(date_from=date(2024, 2, 1), date_to=date(2024, 2, 5), sides=("US and partners",)).widget_state({})["sides"]
        ['US and partners']
        """
        state: dict[str, Any] = {"dates": (self.date_from, self.date_to)}
        for f in FIELDS:
            if f.widget:
                value = getattr(self, f.name)
                state[f.widget] = list(value) if isinstance(value, tuple) else value
        state["prec"] = self.min_precision or 0
        state["area"] = next((a for a, (box, _) in areas.items() if box == self.bbox), LINKED_AREA) if self.bbox else WHOLE_REGION
        state["link_bbox"] = self.bbox
        return state

    @classmethod
    def from_widgets(cls, state: Mapping[str, Any], areas: Mapping[str, tuple[Bounds, int]], *, actors: ActorTable | None = None,
                     known_actors: Iterable[str] = ()) -> View:
        """The view the dashboard's widgets hold (the inverse of :meth:`widget_state`), read by the
        same rules as a URL: a value no menu offers (an unknown side, a label in place of a value)
        is left out and listed in ``problems``, never an error page.

        >>> v = View.from_widgets({"dates": (date(2024, 2, 1), date(2024, 2, 5)), "sides": ["US and allies (0)", "Other"]}, {})
        >>> v.sides, v.problems
        (('Other',), ("side='US and allies (0)' is not one of ('US and partners', 'Iran and aligned', 'Other'): ignored",))
        """
        d_from, d_to = state["dates"]
        query: dict[str, list[str]] = {"from": [str(d_from)] if d_from else [], "to": [str(d_to)] if d_to else []}
        for f in FIELDS:
            if f.widget and f.widget in state and state[f.widget] is not None:
                value = state[f.widget]
                query[f.url] = [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)] if value else []
        query["prec"] = [str(state["prec"])] if state.get("prec") else []
        area = state.get("area")
        box = areas[area][0] if area in areas else state.get("link_bbox") if area == LINKED_AREA else None
        query["bbox"] = [",".join(str(x) for x in box)] if box else []
        return cls.from_query(query, actors=actors, known_actors=known_actors)

    # -- words -----------------------------------------------------------------------------------

    def describe(self, *, dates: bool = True) -> list[str]:
        """One line per active filter, for legends, captions and briefing images; ``[]`` when none
        is set. ``dates=False`` leaves out the date window (shown apart).

        >>> View().describe()
        []
        >>> View(date_from=date(2024, 2, 2), event_types=("Battles",), bbox=(38, 33, 42, 37)).describe(dates=False)
        ['type: Battles', 'area: 38.00°E–42.00°E, 33.00°N–37.00°N']
        """
        lines = []
        if dates and self.date_from:
            lines.append(f"from {self.date_from:%Y-%m-%d}")
        if dates and self.date_to:
            lines.append(f"to {self.date_to:%Y-%m-%d}")
        for name in _LISTS:
            if getattr(self, name):
                lines.append(f"{_BY_NAME[name].label}: {', '.join(getattr(self, name))}")
        if self.min_precision is not None:
            lines.append(f"location precision: {self.min_precision} or better")
        if self.text:
            lines.append(f"notes contain: {self.text}")
        if self.bbox is not None:
            w, s, e, n = self.bbox
            lines.append(f"area: {w:.2f}°E–{e:.2f}°E, {s:.2f}°N–{n:.2f}°N")
        return lines

    def title(self, events: gpd.GeoDataFrame | None = None) -> str:
        """The title of a briefing of this view, the same from the dashboard and the command line:
        "Attacks and strikes", with the countries the view keeps, or else those of ``events``
        when they lie in three countries or fewer.

        >>> View(countries=("SY", "IQ")).title()
        'Attacks and strikes: Syria and Iraq'
        >>> View().title()
        'Attacks and strikes'
        """
        names = [ISO_NUMERIC[c][1] if c in ISO_NUMERIC else c for c in self.countries]
        if not names and events is not None and len(events):
            counts = events["country"].astype(str).value_counts()
            counts = counts[counts.index != ""]
            names = list(counts.index) if 0 < len(counts) <= 3 else []
        if not names:
            return "Attacks and strikes"
        return "Attacks and strikes: " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])

    @staticmethod
    def precision_help() -> str:
        """What the precision codes mean, for the precision menu's help."""
        return "; ".join(f"{k} = {v}" for k, v in PRECISION_LABELS.items())

    # -- events ----------------------------------------------------------------------------------

    def mask(self, gdf: gpd.GeoDataFrame, *, actors: ActorTable | None = None, within: np.ndarray | None = None) -> np.ndarray:
        """A boolean array: which rows of ``gdf`` this view keeps (and ``within``, when given).
        Nothing is copied, so counting over a million events stays in milliseconds.

        >>> from geo.model import empty_frame
        >>> View(sides=("US and partners",)).mask(empty_frame()).tolist()
        []
        """
        return events_mask(gdf, self, actors=actors, within=within)

    def apply(self, gdf: gpd.GeoDataFrame, *, actors: ActorTable | None = None) -> gpd.GeoDataFrame:
        """The events of ``gdf`` this view keeps, as a new frame (the input is not changed).

        >>> from geo.model import empty_frame
        >>> len(View(actors=("Islamic Resistance in Iraq",)).apply(empty_frame()))
        0
        """
        return gdf.iloc[np.flatnonzero(self.mask(gdf, actors=actors))]

    def only_dates(self) -> View:
        """This view's date window alone (the sidebar counts what each choice would keep within it)."""
        return View(date_from=self.date_from, date_to=self.date_to)

    def open_on(self, events: gpd.GeoDataFrame, *, actors: ActorTable | None = None, everything: tuple[date, date] | None = None) -> View:
        """This view as a page opens it on ``events``: dates clamped to the data's range and, when
        the view names no dates, the densest run of dates among the events its other filters keep
        (:func:`geo.view.dense_window`), so ``?country=BJ`` opens on Benin's events, not on the
        campaign that fills the rest of the store.
        """
        if len(events) == 0:
            return self
        lo, hi = events["event_date"].min().date(), events["event_date"].max().date()
        return self.clamp(lo, hi, opening=self.opening_window(events, actors=actors, everything=everything))

    def opening_window(self, events: gpd.GeoDataFrame, *, actors: ActorTable | None = None,
                       everything: tuple[date, date] | None = None) -> tuple[date, date] | None:
        """The dates this view opens on when it names none: the densest run of all the events
        (:func:`geo.view.dense_window`) when the view's other filters keep any event in it, else
        the densest run among the events they keep (``?country=BJ`` in a store of the 2024
        campaign opens on Benin's events). A link leaves these dates out (:meth:`to_query`).
        ``everything``: the densest run of all the events, when the caller keeps it already."""
        everything = everything or dense_window(events)
        if everything is None:
            return None
        kept = replace(self, date_from=None, date_to=None).mask(events, actors=actors)
        days = events["event_date"].to_numpy()
        inside = (days >= np.datetime64(everything[0], "ns")) & (days <= np.datetime64(everything[1], "ns"))
        if not kept.any() or (kept & inside).any():
            return everything
        return dense_window(events.iloc[np.flatnonzero(kept)])

    def clamp(self, lo: date, hi: date, *, opening: tuple[date, date] | None = None) -> View:
        """This view with its dates clamped to the data's range [lo, hi], so a link made on more
        data still opens; a window wholly outside the data gives the whole range, and says so. A
        view with no dates at all opens on ``opening`` when given (:func:`geo.view.dense_window`).

        >>> View().clamp(date(2020, 1, 3), date(2024, 2, 5), opening=(date(2024, 1, 28), date(2024, 2, 5))).date_from
        datetime.date(2024, 1, 28)

        >>> v = View(date_from=date(2019, 1, 1), date_to=date(2024, 2, 3)).clamp(date(2020, 1, 3), date(2024, 2, 5))
        >>> v.date_from, v.date_to, v.problems
        (datetime.date(2020, 1, 3), datetime.date(2024, 2, 3), ())
        >>> v = View(date_to=date(1999, 1, 1)).clamp(date(2020, 1, 3), date(2024, 2, 5))
        >>> v.date_from, v.date_to, len(v.problems)
        (datetime.date(2020, 1, 3), datetime.date(2024, 2, 5), 1)
        """
        if opening and self.date_from is None and self.date_to is None:
            return replace(self, date_from=max(opening[0], lo), date_to=min(opening[1], hi))
        if (self.date_to and self.date_to < lo) or (self.date_from and self.date_from > hi):
            problem = f"the link's dates lie outside the data ({lo} to {hi}): showing all"
            return replace(self, date_from=lo, date_to=hi, problems=(*self.problems, problem))
        d_from = min(max(self.date_from or lo, lo), hi)
        d_to = max(min(self.date_to or hi, hi), d_from)
        return replace(self, date_from=d_from, date_to=d_to)


def _values(query: Mapping[str, Sequence[str] | str], key: str, *, split: bool) -> list[str]:
    """The values of ``key``: unique, in order, at most :data:`MAX_VALUES`, each cut to
    :data:`MAX_VALUE_CHARS` (a link is typed or pasted by a person: a longer one is an attack or
    an accident, and must not freeze the page)."""
    raw = query.get(key, [])
    raw = [raw] if isinstance(raw, str) else list(raw)[:MAX_VALUES]
    out: list[str] = []
    for v in raw:
        parts = str(v)[: MAX_VALUES * MAX_VALUE_CHARS].split(",", MAX_VALUES) if split else [str(v)]
        out += [p.strip()[:MAX_VALUE_CHARS] for p in parts[:MAX_VALUES] if p.strip()]
    return list(dict.fromkeys(out))[:MAX_VALUES]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _keep(query, key: str, allowed: Iterable[str], problems: list[str], what: str) -> list[str]:
    allowed = set(allowed)
    return [v for v in _values(query, key, split=True) if v in allowed or problems.append(f"{key}={_short(v)!r} is not {what}: ignored")]


def _one_of(query, key: str, allowed: tuple[str, ...], problems: list[str]) -> str:
    value = next(iter(_values(query, key, split=False)), allowed[0])
    if value not in allowed:
        problems.append(f"{key}={value!r} is not one of {allowed}: ignored")
        return allowed[0]
    return value


def _date(query, key: str, problems: list[str]) -> date | None:
    values = _values(query, key, split=False)
    if not values:
        return None
    try:
        return date.fromisoformat(values[0][:10])
    except ValueError:
        problems.append(f"{key}={values[0]!r} is not a date (expected YYYY-MM-DD): ignored")
        return None

