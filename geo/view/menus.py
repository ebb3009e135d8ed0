"""The dashboard's menus for a view: what each filter offers, with the events each choice keeps,
and how each choice is labelled. The values offered are plain (an actor's name, an ISO code);
counts live in the labels only, so a widget's value never depends on the data.
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
    >>> m.options["countries"]["YE"], m.label("countries", "YE"), m.label("sides", "US and partners").startswith("US and partners (")
    (0, 'Yemen (0)', True)
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
        """How a menu shows a choice: its name (a country's full name) and the events it keeps."""
        name = ISO_NUMERIC[value][1] if key == "countries" and value in ISO_NUMERIC else value
        return f"{name} ({self.options[key].get(value, 0)})"
