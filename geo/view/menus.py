"""The dashboard's menus for a view: what each filter offers, how each choice is labelled, and
how many events each choice keeps.

A choice's value is plain (an actor's name, an ISO code) and so is its label (the name, a
country's full name): a label never holds a count, because a widget whose labels change between
reruns can hand a label back as its value ("Islamic Resistance in Iraq (2)"). The counts are
shown beside the menu (:meth:`Menus.counts_line`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import geopandas as gpd

from ..model import EVENT_TYPES, ISO_NUMERIC, SIDES, ActorTable, Bounds
from .summaries import actor_options, value_counts
from .timing import STEPS, WINDOWS, step_label, window_label
from .view import LINKED_AREA, PRECISION_CHOICES, WHOLE_REGION, View

__all__ = ["Menus"]


@dataclass(frozen=True)
class Menus:
    """The sidebar's choices for the events of a date window.

    >>> from datetime import date
    >>> from geo.model import curated_records, to_frame
    >>> m = Menus.build(to_frame(curated_records()), {"dates": (date(2020, 1, 1), date(2024, 3, 1)), "countries": ["YE"]}, {})
    >>> m.options["countries"]["YE"], m.label("countries", "YE"), m.label("sides", "US and partners")
    (0, 'Yemen', 'US and partners')
    >>> m.counts_line("sides", limit=1)
    'Iran and aligned 11 · …'

    >>> list(m.areas)
    ['Whole region']
    """

    #: The filter menus: widget key -> the label it is shown under.
    FILTERS = {"actors": "Actor (includes its members)", "sides": "Side", "types": "Event type", "countries": "Country"}
    PRECISION = PRECISION_CHOICES
    STEPS = STEPS
    WINDOWS = WINDOWS
    step_label = staticmethod(step_label)
    window_label = staticmethod(window_label)

    options: dict[str, dict[str, int]]
    areas: dict[str, str]

    @classmethod
    def build(cls, events: gpd.GeoDataFrame, state: Mapping[str, object], areas: Mapping[str, tuple[Bounds, int]], *,
              actors: ActorTable | None = None) -> Menus:
        """The menus for the date window ``state["dates"]``; a value already chosen in ``state``
        is always offered (with 0 when it keeps none), so a choice never vanishes."""
        table = actors or ActorTable.load()
        d_from, d_to = state["dates"]  # type: ignore[misc]
        mask = View(d_from, d_to).mask(events, actors=table)
        countries = value_counts(events, "country", ISO_NUMERIC, mask=mask)
        options = {"actors": actor_options(events, table, mask=mask), "sides": value_counts(events, "side", SIDES, mask=mask),
                   "types": value_counts(events, "event_type", EVENT_TYPES, mask=mask),
                   "countries": {c: n for c, n in countries.items() if n}}
        for key, got in options.items():
            chosen = state.get(key) or ()
            for v in chosen if isinstance(chosen, Iterable) and not isinstance(chosen, str) else ():
                got.setdefault(v, 0)
        menu = {WHOLE_REGION: WHOLE_REGION, **({LINKED_AREA: LINKED_AREA} if state.get("link_bbox") else {})}
        return cls(options, menu | {a: f"{a} ({n:,})" for a, (_, n) in areas.items()})

    def label(self, key: str, value: str) -> str:
        """How a menu shows a choice: its name (a country's full name), the same on every rerun."""
        return ISO_NUMERIC[value][1] if key == "countries" and value in ISO_NUMERIC else value

    def counts_line(self, key: str, *, limit: int = 8, chosen: Iterable[str] = ()) -> str:
        """The events each chosen value and each of the first ``limit`` choices keeps in the date
        window, in one line."""
        chosen = [v for v in chosen if v in self.options[key]]
        top = [v for v, n in self.options[key].items() if n and v not in chosen]
        line = " · ".join(f"{self.label(key, v)} {self.options[key][v]:,}" for v in [*chosen, *top[:limit]])
        return line + (" · …" if len(top) > limit else "")
